using System.Globalization;
using Kopdes.Shu.Policies;
using Kopdes.Shu.Results;
using Value = Kopdes.Shu.IO.Results.ResultTables.Value;

namespace Kopdes.Shu.IO.Results;

/// <summary>
/// What the result workbook adds to the tables of <see cref="ResultTables"/> for the members' meeting (RAT): captions
/// a member reads, a title block, the members' totals and the chair's page. Words only: every figure comes from the
/// result, and readers find the tables by their codes, which stay in the row under the captions.
/// </summary>
internal static class RatLayout
{
    private static readonly CultureInfo Indonesia = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>The caption of each column of the members table, in the run's language.</summary>
    public static string[] MemberCaptions(ShuResult result, Language language)
    {
        var en = language == Language.English;
        var captions = new List<string> { en ? "Member No." : "No. Anggota", en ? "Name" : "Nama", "Status", en ? "Eligible" : "Berhak" };
        foreach (var pool in result.Pools)
        {
            captions.Add(en ? $"{pool.Name} weight" : $"Bobot {pool.Name}");
            captions.Add($"{pool.Name} (Rp)");
        }

        captions.AddRange(en
            ? ["Gross SHU", "Tax", "Net SHU", "Paid in Cash", "To Voluntary Savings", "Note"]
            : ["SHU Kotor", "Pajak", "SHU Bersih", "Dibayar Tunai", "Ke Simpanan Sukarela", "Catatan"]);
        return [.. captions];
    }

    public static string[] FundCaptions(Language language) => language == Language.English
        ? ["Code", "Fund", "Percent (%)", "Amount (Rp)", "Part of", "% of SHU"]
        : ["Kode", "Nama Dana", "Persen (%)", "Jumlah (Rp)", "Bagian dari", "% dari SHU"];

    public static string[] SummaryCaptions(Language language) => language == Language.English
        ? ["Item", "Value", "Description"]
        : ["Kode", "Nilai", "Keterangan"];

    /// <summary>The page footer: "Halaman 2 dari 7".</summary>
    public static string Footer(Language language) => language == Language.English ? "&CPage &P of &N" : "&CHalaman &P dari &N";

    /// <summary>The title block of a sheet: what it is, the cooperative and year, the RAT decision, the SHU, the date.</summary>
    public static IReadOnlyList<Value[]> Title(ShuResult result, ResultContext context, string indonesian, string english)
    {
        var en = context.Language == Language.English;
        var policy = result.Policy;
        var year = policy.Year is { } y ? y.ToString(CultureInfo.InvariantCulture) : "-";
        List<Value[]> rows =
        [
            [new Value((en ? english : indonesian) + (en ? $", financial year {year}" : $" tahun buku {year}"), Bold: true)],
            [new Value(policy.Cooperative ?? "-", Bold: true)],
            [en ? "RAT decision" : "Keputusan RAT", policy.Decision ?? "-"],
            [en ? "SHU to distribute" : "SHU yang dibagi", Value.Rupiah(result.Shu)],
        ];
        if (context.CalculatedOn is { } date)
        {
            rows.Add([en ? "Calculated on" : "Tanggal perhitungan", en ? date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : date.ToString("d MMMM yyyy", Indonesia)]);
        }

        return rows;
    }

    /// <summary>
    /// The totals row under the members table: the sum of every number column, "Jumlah" in the name column and no
    /// member number, so that nobody takes it for a member. The verifier checks it against the same sums.
    /// </summary>
    public static Value[] MemberTotals(ShuResult result, Language language, MemberShareList list)
    {
        var width = ResultTables.MemberWidth(result);
        var sums = new decimal[width];
        var isAmount = new bool[width];
        var row = new Value[width];
        foreach (var member in list)
        {
            ResultTables.FillMemberNumbers(row, member, result.Pools.Count);
            for (var c = 4; c < width - 1; c++)
            {
                sums[c] += row[c].Amount ?? row[c].Number ?? 0m;
            }
        }

        // Weights and amounts alternate a pool; the payout columns after them are amounts.
        for (var c = 4; c < width - 1; c++)
        {
            isAmount[c] = c >= 4 + (2 * result.Pools.Count) || (c - 4) % 2 == 1;
        }

        var totals = new Value[width];
        var count = ReferenceEquals(list, result.Partners)
            ? list.Count.ToString("N0", language == Language.English ? CultureInfo.InvariantCulture : Indonesia) + (language == Language.English ? (list.Count == 1 ? " capital partner" : " capital partners") : " penyerta modal")
            : Count(list.Count, language);
        totals[1] = new Value(language == Language.English ? $"Total ({count})" : $"Jumlah ({count})", Bold: true);
        for (var c = 4; c < width - 1; c++)
        {
            totals[c] = isAmount[c] ? Value.Rupiah(sums[c]) : Value.Weight(sums[c]);
        }

        return totals;
    }

    /// <summary>"1 anggota", "300 anggota"; "1 member", "300 members".</summary>
    public static string Count(int members, Language language) =>
        language == Language.English
            ? members.ToString("N0", CultureInfo.InvariantCulture) + (members == 1 ? " member" : " members")
            : members.ToString("N0", Indonesia) + " anggota";

    /// <summary>
    /// The page the chair shows the meeting: the SHU, every fund with its share and amount, the members' share and
    /// what each rupiah of savings or purchases earned, the members paid, the cash to prepare, what goes to savings,
    /// and whether it all reconciles. Columns: what, the figure, a note.
    /// </summary>
    public static IReadOnlyList<Value[]> ChairPage(ShuResult result, ResultContext context)
    {
        var en = context.Language == Language.English;
        var culture = en ? CultureInfo.InvariantCulture : Indonesia;
        string OfShu(decimal percent) => percent.ToString("0.####", culture) + (en ? "% of the SHU" : "% dari SHU");
        List<Value[]> rows =
        [
            [new Value(en ? "Distribution of the SHU" : "Pembagian SHU", Bold: true), new Value(en ? "Amount" : "Jumlah", Bold: true), new Value(en ? "Note" : "Keterangan", Bold: true)],
            [new Value(en ? "SHU to distribute" : "SHU yang dibagi", Bold: true), Value.Rupiah(result.Shu)],
        ];
        foreach (var fund in result.Funds)
        {
            rows.Add([new string(' ', 4 * (fund.Depth + 1)) + fund.Name, Value.Rupiah(fund.Amount), OfShu(fund.PercentOfShu)]);
        }

        var membersShare = result.Pools.Sum(p => p.Amount);
        rows.Add([
            new Value(en ? "Members' share" : "Bagian anggota", Bold: true), Value.Rupiah(membersShare),
            result.Shu == 0 ? null : OfShu(Math.Round(100m * membersShare / result.Shu, 4)),
        ]);
        foreach (var pool in result.Pools.Where(p => p.TotalWeight > 0))
        {
            // What one rupiah of the pool's basis earned: the index textbooks and RAT slides show.
            var basis = Basis(result.Policy, pool.Code, en);
            rows.Add([
                $"    {pool.Name}: SHU per Rp1", Value.Plain(Math.Round(pool.Distributed / pool.TotalWeight, 6)),
                en ? $"rupiah of SHU for each Rp1 of {basis}" : $"rupiah SHU tiap Rp1 {basis}",
            ]);
        }

        rows.Add([]);
        rows.Add([en ? "Members paid" : "Anggota yang menerima SHU", Value.Plain(result.MembersPaid), (en ? "of " : "dari ") + Count(result.Members.Count, context.Language)]);
        rows.Add([new Value(en ? "Cash to prepare" : "Uang tunai yang disiapkan", Bold: true), Value.Rupiah(result.Totals.Cash)]);
        rows.Add([en ? "Credited to voluntary savings" : "Masuk simpanan sukarela", Value.Rupiah(result.Totals.ToVoluntarySavings)]);
        if (result.Partners.Count > 0)
        {
            rows.Add([en ? "Owed to capital partners" : "Utang SHU kepada penyerta modal", Value.Rupiah(result.PartnerTotals.Net), en ? $"{result.Partners.Count} not members" : $"{result.Partners.Count} bukan anggota"]);
        }
        if (result.Totals.Tax > 0)
        {
            rows.Add([en ? "Tax withheld" : "Pajak dipotong", Value.Rupiah(result.Totals.Tax)]);
        }

        var passed = result.Checks.Count(c => c.Passed);
        rows.Add([
            new Value(en ? "Reconciliation" : "Rekonsiliasi", Bold: true),
            new Value(passed == result.Checks.Count ? (en ? "balanced" : "cocok") : (en ? "NOT BALANCED" : "TIDAK COCOK"), Bold: true),
            en ? $"{passed} of {result.Checks.Count} checks passed: the funds and the members' amounts add up to the SHU to the rupiah"
               : $"{passed} dari {result.Checks.Count} pemeriksaan lulus: dana dan bagian anggota berjumlah tepat SHU sampai rupiah",
        ]);
        return rows;
    }

    // What a pool weighs, in words: savings, purchases (transactions) or both.
    private static string Basis(ShuPolicy policy, string pool, bool en)
    {
        var fund = policy.AllFunds().FirstOrDefault(f => f.Code == pool);
        var columns = fund?.Basis ?? [];
        var savings = columns.Any(c => c.StartsWith("simpanan", StringComparison.Ordinal));
        var business = columns.Any(c => !c.StartsWith("simpanan", StringComparison.Ordinal));
        return (savings, business, fund?.Savings == SavingsBasis.MonthlyAverage) switch
        {
            (true, false, true) => en ? "month-end savings, summed over the months" : "saldo simpanan akhir bulan, dijumlah semua bulan",
            (true, false, false) => en ? "savings" : "simpanan",
            (false, true, _) => en ? "purchases and business" : "pembelian dan transaksi",
            _ => en ? "weight" : "bobot",
        };
    }
}
