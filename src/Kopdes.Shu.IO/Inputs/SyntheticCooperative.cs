using System.Globalization;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;

namespace Kopdes.Shu.IO.Inputs;

/// <summary>
/// A realistic made-up cooperative for trials and benchmarks: a Kopdes policy with a village fund and
/// per-unit <i>jasa usaha</i>, members with statuses and join dates, skewed purchases in three units, and
/// month-end balances. The same seed always gives the same cooperative.
/// </summary>
public static class SyntheticCooperative
{
    private static readonly string[] Units = ["sembako", "apotek", "simpan_pinjam"];

    private static readonly string[] GivenNames =
        ["Budi", "Siti", "Wayan", "Rina", "Agus", "Dewi", "Made", "Sri", "Joko", "Ani", "Putu", "Yusuf", "Nur", "Eko", "Lestari", "Bayu", "Intan", "Rudi", "Maya", "Hendra"];

    private static readonly string[] FamilyNames =
        ["Santoso", "Rahayu", "Saputra", "Wijaya", "Hidayat", "Lestari", "Pratama", "Kurniawan", "Nugroho", "Susanti", "Setiawan", "Harahap"];

    /// <summary>A typical Kopdes/Kel Merah Putih policy: reserve 25%, village 20%, board 5%, staff 5%, education 5%, members 40%.</summary>
    public static ShuPolicy TypicalKopdesPolicy(string cooperative, int year, decimal[] unitShu) => new()
    {
        Cooperative = cooperative,
        Year = year,
        Decision = $"Keputusan RAT No. 01/RAT/{year + 1}, {year + 1}-02-14",
        Kopdes = true,
        // The SHU stated beside the units it sums: the Kebijakan sheet shows the figure the treasurer checks.
        Shu = unitShu.Sum(),
        Units = [.. Units.Select((code, i) => new BusinessUnit(code, unitShu[i]))],
        CashUnit = 1_000m,
        Funds =
        [
            new FundPolicy("cadangan", 25) { Name = "Dana Cadangan", Reserve = true },
            new FundPolicy("desa", 20) { Name = "Dana Pembangunan Desa", Village = true },
            new FundPolicy("pengurus", 5) { Name = "Dana Pengurus" },
            new FundPolicy("karyawan", 5) { Name = "Dana Karyawan" },
            new FundPolicy("pendidikan", 5) { Name = "Dana Pendidikan" },
            new FundPolicy("anggota", 40)
            {
                Name = "Bagian Anggota",
                Funds =
                [
                    new FundPolicy("jasa_modal", 40) { Name = "Jasa Modal", Basis = [ColumnNames.SavingsPrincipal, ColumnNames.SavingsMandatory] },
                    new FundPolicy("jasa_usaha", 60) { Name = "Jasa Usaha", Basis = [ColumnNames.Transactions], PerUnit = true },
                ],
            },
        ],
    };

    /// <summary>Generates a cooperative of <paramref name="members"/> members for financial year <paramref name="year"/>.</summary>
    public static (ShuPolicy Policy, MemberLedger Ledger, IReadOnlyList<InputWriter.BalanceRow> Balances) Generate(
        int members, int seed = 2025, int year = 2025, string cooperative = "Koperasi Kelurahan Merah Putih Contoh", bool withBalances = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(members);
        var random = new Random(seed);
        var columns = new[] { ColumnNames.SavingsPrincipal, ColumnNames.SavingsMandatory, ColumnNames.SavingsVoluntary, ColumnNames.Transactions }
            .Concat(Units.Select(ColumnNames.UnitTransactions)).ToArray();
        var builder = new MemberLedgerBuilder(columns);
        var balances = new List<InputWriter.BalanceRow>();
        var amounts = new decimal[columns.Length];
        var start = new DateOnly(year, 1, 1);
        // Member numbers all as wide as the largest (at least five digits), as a register issues them: KMP-0000001
        // in a million-member file, so the file sorts by number as real member lists do.
        var digits = $"D{Math.Max(5, members.ToString(CultureInfo.InvariantCulture).Length)}";
        for (var i = 0; i < members; i++)
        {
            var status = random.Next(100) switch
            {
                < 88 => MemberStatus.Anggota,
                < 95 => MemberStatus.Calon,
                < 97 => MemberStatus.LuarBiasa,
                _ => MemberStatus.Keluar,
            };
            var joined = random.Next(100) < 70 ? start.AddDays(-random.Next(1, 3000)) : start.AddDays(random.Next(0, 330));
            DateOnly? exited = status == MemberStatus.Keluar ? joined.AddDays(random.Next(30, 400)) : null;
            var monthsHeld = joined < start ? 12 : 12 - joined.Month + 1;
            var mandatory = 10_000m * monthsHeld * random.Next(1, 4);
            amounts[0] = 100_000m;
            amounts[1] = mandatory;
            amounts[2] = random.Next(100) < 40 ? random.Next(0, 200) * 5_000m : 0m;
            decimal total = 0;
            for (var u = 0; u < Units.Length; u++)
            {
                // Most members buy a little, a few buy a lot: the cube of a uniform number.
                var share = random.NextDouble();
                var scale = u == 0 ? 30_000_000m : u == 1 ? 4_000_000m : 10_000_000m;
                var buys = random.Next(100) < (u == 0 ? 90 : 40);
                amounts[4 + u] = buys ? decimal.Round((decimal)(share * share * share) * scale, 0) : 0m;
                total += amounts[4 + u];
            }

            amounts[3] = total;
            var id = "KMP-" + (i + 1).ToString(digits, CultureInfo.InvariantCulture);
            var name = $"{GivenNames[random.Next(GivenNames.Length)]} {FamilyNames[random.Next(FamilyNames.Length)]}";
            builder.Add(id, name, status, joined, exited, amounts);
            if (withBalances)
            {
                for (var month = 13 - monthsHeld; month <= 12; month++)
                {
                    var paid = 10_000m * (month - (13 - monthsHeld) + 1) * (mandatory / (10_000m * monthsHeld));
                    balances.Add(new InputWriter.BalanceRow(id, month, new Dictionary<string, decimal>
                    {
                        [ColumnNames.SavingsPrincipal] = 100_000m,
                        [ColumnNames.SavingsMandatory] = decimal.Round(paid, 0),
                    }));
                }
            }
        }

        var unitShu = new[] { 18_000m * members, 5_000m * members, random.Next(100) < 20 ? -2_000m * members : 7_000m * members };
        return (TypicalKopdesPolicy(cooperative, year, unitShu), builder.Build(), balances);
    }
}
