using Kopdes.Shu.Results;

namespace Kopdes.Shu.Engine;

/// <summary>
/// Step 10: sums computed along different paths that must agree to the rupiah. Funds against the SHU,
/// children against parents, members against pools, and every payout step against the one before.
/// </summary>
internal static class Reconciliation
{
    public static List<ReconciliationCheck> Check(
        decimal distributable,
        decimal unit,
        List<FundNode> nodes,
        List<FundAllocation> funds,
        List<PoolAllocation> pools,
        long[] poolSums,
        long[] allocated,
        MemberTotals totals)
    {
        var checks = new List<ReconciliationCheck>
        {
            new(
                "funds.top",
                "Dana tingkat atas berjumlah SHU dalam satuan pembulatan",
                "Top-level funds add up to the SHU in whole rounding units",
                distributable - funds.Single(f => f.IsReserve).Dust,
                funds.Where(f => f.Depth == 0).Sum(f => f.Apportioned)),
        };

        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Fund.IsParent)
            {
                checks.Add(new(
                    "funds.children:" + funds[i].Code,
                    $"Sub-dana {funds[i].Code} berjumlah dana induknya",
                    $"The funds under {funds[i].Code} add up to it",
                    funds[i].Apportioned,
                    funds.Where(f => f.ParentCode == funds[i].Code).Sum(f => f.Apportioned)));
            }
        }

        foreach (var pool in pools)
        {
            checks.Add(new(
                "pool:" + pool.Code,
                $"Bagian anggota {pool.Code} + yang dialihkan ke cadangan + bagian non-anggota = {pool.Code}",
                $"Members' shares of {pool.Code} + what went to the reserve + the non-members' part = {pool.Code}",
                pool.Amount,
                (poolSums[pool.Index] * unit) + pool.Unallocated + pool.NonMember));
        }

        long memberUnits = 0;
        foreach (var units in allocated)
        {
            memberUnits += units;
        }

        checks.Add(new(
            "members.allocated",
            "Jumlah SHU per anggota = jumlah yang dibagikan semua bagian anggota",
            "Members' totals add up to what the pools gave out",
            pools.Sum(p => p.Amount - p.Unallocated - p.NonMember),
            memberUnits * unit));
        checks.Add(new(
            "members.forfeited",
            "SHU di bawah minimum per anggota = yang dicatat hangus per bagian",
            "Forfeits by member = forfeits by pool",
            pools.Sum(p => p.Forfeited),
            totals.Forfeited));
        checks.Add(new(
            "members.gross",
            "SHU kotor + yang hangus = SHU teralokasi",
            "Gross + forfeited = allocated",
            totals.Allocated,
            totals.Gross + totals.Forfeited));
        checks.Add(new(
            "members.net",
            "SHU bersih + pajak = SHU kotor",
            "Net + tax = gross",
            totals.Gross,
            totals.Net + totals.Tax));
        checks.Add(new(
            "members.cash",
            "Tunai + ke simpanan sukarela = SHU bersih",
            "Cash + credited to voluntary savings = net",
            totals.Net,
            totals.Cash + totals.ToVoluntarySavings));
        checks.Add(new(
            "shu.total",
            "Dana (termasuk sisa pembulatan, bagian tak terbagi, dan yang hangus) + SHU kotor anggota = SHU",
            "Funds (with dust, unallocated pools and forfeits) + members' gross = SHU",
            distributable,
            funds.Where(f => !f.IsPool && !f.IsParent).Sum(f => f.Amount) + totals.Gross));
        return checks;
    }
}
