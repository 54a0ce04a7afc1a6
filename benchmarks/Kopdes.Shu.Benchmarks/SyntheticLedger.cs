using Kopdes.Shu.Ledger;

namespace Kopdes.Shu.Benchmarks;

/// <summary>A reproducible ledger shaped like a real cooperative: skewed purchases, some candidates and exits.</summary>
public static class SyntheticLedger
{
    public static MemberLedger Create(int members, int seed = 2025)
    {
        var random = new Random(seed);
        var builder = new MemberLedgerBuilder([ColumnNames.SavingsPrincipal, ColumnNames.SavingsMandatory, ColumnNames.Transactions]);
        Span<decimal> amounts = stackalloc decimal[3];
        for (var i = 0; i < members; i++)
        {
            var status = random.Next(100) switch
            {
                < 90 => MemberStatus.Anggota,
                < 95 => MemberStatus.Calon,
                < 98 => MemberStatus.LuarBiasa,
                _ => MemberStatus.Keluar,
            };
            amounts[0] = 100_000m;
            amounts[1] = 10_000m * random.Next(0, 121);

            // Purchases are skewed: most members buy a little, a few buy a lot.
            var scale = random.NextDouble();
            amounts[2] = decimal.Round((decimal)(scale * scale * scale) * 50_000_000m, 2);
            builder.Add($"M{i:D7}", null, status, null, null, amounts);
        }

        return builder.Build();
    }
}
