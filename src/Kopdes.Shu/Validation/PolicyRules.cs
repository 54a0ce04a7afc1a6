using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;

namespace Kopdes.Shu.Validation;

/// <summary>The checks of a policy, on its own and against the ledger it is applied to.</summary>
internal static class PolicyRules
{
    /// <summary>The largest number of rounding units the engine apportions (fits a long with room for sums).</summary>
    public const long MaxUnits = 1_000_000_000_000_000_000;

    private static readonly HashSet<string> VillageCodes = new(StringComparer.Ordinal)
    {
        "desa", "danadesa", "pembangunandesa", "imbaljasa", "imbaljasadesa", "kelurahan", "danakelurahan", "village",
    };

    public static List<Issue> Check(ShuPolicy policy, MemberLedger ledger, MonthlyBalances? balances, Parallelism parallelism)
    {
        parallelism = parallelism.ForChecks;
        var issues = new List<Issue>();
        CheckFunds(policy, ledger, balances, issues);
        CheckShu(policy, issues);
        CheckOptions(policy, issues);
        CheckVillageFund(policy, issues);
        CheckPartners(policy, issues);
        CheckIneligibleTrading(policy, ledger, issues, parallelism);
        CheckTransactions(policy, ledger, issues, parallelism);
        return issues;
    }

    /// <summary>True when the code is letters, digits and <c>_</c> only: codes become column names of every output.</summary>
    public static bool IsValidCode(string code) => code.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>True when the fund is the village's share (flagged, or a code such as <c>dana_desa</c>).</summary>
    public static bool IsVillageFund(FundPolicy fund) => fund.Village || VillageCodes.Contains(ColumnNames.Loose(fund.Code));

    private static void CheckFunds(ShuPolicy policy, MemberLedger ledger, MonthlyBalances? balances, List<Issue> issues)
    {
        if (policy.Funds.Count == 0)
        {
            issues.Add(IssueCatalog.NoFunds());
            return;
        }

        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var reserves = new List<string>();
        CheckSiblings(policy.Funds, null, "funds", policy, ledger, balances, codes, reserves, issues);
        if (reserves.Count == 0)
        {
            issues.Add(IssueCatalog.NoReserve());
        }
        else if (reserves.Count > 1)
        {
            issues.Add(IssueCatalog.MultipleReserves(reserves));
        }
    }

    private static void CheckSiblings(
        IReadOnlyList<FundPolicy> funds,
        string? parent,
        string path,
        ShuPolicy policy,
        MemberLedger ledger,
        MonthlyBalances? balances,
        HashSet<string> codes,
        List<string> reserves,
        List<Issue> issues)
    {
        var sum = funds.Sum(f => f.Percent);
        if (sum != 100m)
        {
            issues.Add(IssueCatalog.PercentSum(parent, sum, path));
        }

        for (var i = 0; i < funds.Count; i++)
        {
            var fund = funds[i];
            var fundPath = $"{path}[{i}]";
            if (string.IsNullOrWhiteSpace(fund.Code))
            {
                issues.Add(IssueCatalog.EmptyFundCode(fundPath));
            }
            else if (!IsValidCode(fund.Code))
            {
                issues.Add(IssueCatalog.InvalidCode(fund.Code, fundPath + ".code"));
            }
            else if (!codes.Add(fund.Code))
            {
                issues.Add(IssueCatalog.DuplicateFundCode(fund.Code, fundPath));
            }

            if (fund.Percent < 0)
            {
                issues.Add(IssueCatalog.NegativePercent(fund.Code, fund.Percent, fundPath + ".percent"));
            }

            if (fund.IsPool && fund.IsParent)
            {
                issues.Add(IssueCatalog.PoolWithChildren(fund.Code, fundPath));
            }

            if (fund.Reserve)
            {
                reserves.Add(fund.Code);
                if (fund.IsPool || fund.IsParent)
                {
                    issues.Add(IssueCatalog.ReserveNotPlain(fund.Code, fundPath));
                }
            }

            if (fund.IsPool)
            {
                CheckPool(fund, fundPath, policy, ledger, balances, issues);
            }

            if (fund.IsParent)
            {
                CheckSiblings(fund.Funds, fund.Code, fundPath + ".funds", policy, ledger, balances, codes, reserves, issues);
            }
        }
    }

    private static void CheckPool(
        FundPolicy pool, string path, ShuPolicy policy, MemberLedger ledger, MonthlyBalances? balances, List<Issue> issues)
    {
        if (pool.PerUnit)
        {
            if (pool.Basis.Count != 1 || !ColumnNames.Match(pool.Basis[0], ColumnNames.Transactions)
                || pool.Savings != SavingsBasis.YearEnd)
            {
                issues.Add(IssueCatalog.PerUnitBasis(pool.Code, path + ".basis"));
            }
            else if (policy.Units.Count == 0)
            {
                issues.Add(IssueCatalog.PerUnitWithoutUnits(pool.Code, path + ".perUnit"));
            }
            else
            {
                foreach (var unit in policy.Units.Where(u => u.Shu > 0 && !string.IsNullOrWhiteSpace(u.Code)))
                {
                    var column = ColumnNames.UnitTransactions(unit.Code);
                    if (!ledger.HasColumn(column))
                    {
                        issues.Add(IssueCatalog.UnknownBasisColumn(pool.Code, column, inBalances: false));
                    }
                }
            }

            return;
        }

        if (pool.Savings == SavingsBasis.MonthlyAverage && balances is null)
        {
            issues.Add(IssueCatalog.MonthlyBalancesMissing(pool.Code, path + ".savings"));
            return;
        }

        foreach (var column in pool.Basis)
        {
            var known = pool.Savings == SavingsBasis.MonthlyAverage ? balances!.HasColumn(column) : ledger.HasColumn(column);
            if (!known)
            {
                issues.Add(IssueCatalog.UnknownBasisColumn(pool.Code, column, pool.Savings == SavingsBasis.MonthlyAverage));
            }
        }
    }

    // Capital partners are not members: they share only in a pool of their own, never beside members in one.
    private static void CheckPartners(ShuPolicy policy, List<Issue> issues)
    {
        if (policy.Eligible.Contains(MemberStatus.Penyerta))
        {
            issues.Add(IssueCatalog.PartnersAmongMembers(null));
        }

        foreach (var pool in policy.AllFunds().Where(f => f.IsPool && f.Eligible is { Count: > 1 } && f.Eligible.Contains(MemberStatus.Penyerta)))
        {
            issues.Add(IssueCatalog.PartnersAmongMembers(pool.Code));
        }
    }

    private static void CheckShu(ShuPolicy policy, List<Issue> issues)
    {
        if (policy.Shu is null && policy.Units.Count == 0)
        {
            issues.Add(IssueCatalog.NoShu());
        }

        var unitCodes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < policy.Units.Count; i++)
        {
            var code = policy.Units[i].Code;
            if (string.IsNullOrWhiteSpace(code))
            {
                issues.Add(IssueCatalog.EmptyUnitCode($"units[{i}]"));
            }
            else if (!IsValidCode(code))
            {
                issues.Add(IssueCatalog.InvalidCode(code, $"units[{i}].code"));
            }
            else if (!unitCodes.Add(ColumnNames.Loose(code)))
            {
                issues.Add(IssueCatalog.DuplicateUnitCode(code, $"units[{i}]"));
            }
        }

        if (policy.Shu is { } shu && policy.Units.Count > 0)
        {
            var sum = policy.Units.Sum(u => u.Shu);
            if (sum != shu)
            {
                issues.Add(IssueCatalog.UnitsDoNotSumToShu(sum, shu));
            }
        }

        var total = policy.TotalShu;
        var unit = policy.RoundingUnit;
        if (total > 0 && unit > 0 && (unit >= 1 ? total / unit : total) > (unit >= 1 ? MaxUnits : MaxUnits * unit))
        {
            issues.Add(IssueCatalog.ShuTooLarge(total, unit));
        }
    }

    private static void CheckOptions(ShuPolicy policy, List<Issue> issues)
    {
        if (policy.RoundingUnit <= 0)
        {
            issues.Add(IssueCatalog.InvalidRoundingUnit(policy.RoundingUnit));
        }
        else if (policy.EffectiveCashUnit <= 0 || policy.EffectiveCashUnit % policy.RoundingUnit != 0)
        {
            issues.Add(IssueCatalog.InvalidCashUnit(policy.EffectiveCashUnit, policy.RoundingUnit));
        }

        if (policy.TaxRate is < 0 or > 100)
        {
            issues.Add(IssueCatalog.InvalidTaxRate(policy.TaxRate));
        }

        if (policy.MinimumPayout < 0)
        {
            issues.Add(IssueCatalog.NegativeMinimumPayout(policy.MinimumPayout));
        }

        foreach (var unit in policy.Units.Where(u => u.Total is <= 0))
        {
            issues.Add(IssueCatalog.InvalidPoolTotal(unit.Code, unit.Total!.Value));
        }

        foreach (var pool in policy.AllFunds().Where(f => f.Total is not null || f.NonMemberFund is not null))
        {
            // A per-unit pool divides each unit by the unit's own total (BusinessUnit.Total), not by one for all.
            var stated = pool.PerUnit ? policy.Units.Any(u => u.Total is not null) && pool.Total is null : pool.Total is > 0;
            if (!stated || !pool.IsPool)
            {
                issues.Add(IssueCatalog.InvalidPoolTotal(pool.Code, pool.Total ?? 0m));
            }

            if (pool.NonMemberFund is { } receiver
                && policy.AllFunds().FirstOrDefault(f => string.Equals(f.Code, receiver, StringComparison.OrdinalIgnoreCase)) is not { IsPool: false, IsParent: false })
            {
                issues.Add(IssueCatalog.InvalidNonMemberFund(pool.Code, receiver));
            }
        }

        if (policy.MinimumPayoutFund is { } target)
        {
            var fund = policy.AllFunds().FirstOrDefault(f => string.Equals(f.Code, target, StringComparison.OrdinalIgnoreCase));
            if (fund is null || fund.IsPool || fund.IsParent)
            {
                issues.Add(IssueCatalog.InvalidMinimumPayoutFund(target));
            }
        }
    }

    private static void CheckVillageFund(ShuPolicy policy, List<Issue> issues)
    {
        if (!policy.IsKopdes)
        {
            return;
        }

        var found = false;
        foreach (var (fund, share) in EffectiveShares(policy.Funds, 100m))
        {
            if (!IsVillageFund(fund))
            {
                continue;
            }

            found = true;
            if (share < 20m)
            {
                issues.Add(IssueCatalog.VillageFundBelowMinimum(fund.Code, share));
            }
        }

        if (!found)
        {
            issues.Add(IssueCatalog.NoVillageFund());
        }
    }

    private static IEnumerable<(FundPolicy Fund, decimal Share)> EffectiveShares(IReadOnlyList<FundPolicy> funds, decimal parentShare)
    {
        foreach (var fund in funds)
        {
            var share = parentShare * fund.Percent / 100m;
            yield return (fund, share);
            foreach (var child in EffectiveShares(fund.Funds, share))
            {
                yield return child;
            }
        }
    }

    private static void CheckIneligibleTrading(ShuPolicy policy, MemberLedger ledger, List<Issue> issues, Parallelism parallelism)
    {
        var traders = new IneligibleTraders(policy, ledger);
        if (!traders.HasTransactions)
        {
            return;
        }

        var statusCount = Enum.GetValues<MemberStatus>().Length;

        // Ranges of members side by side for a large ledger: each counts its members by status and keeps its first ids.
        (int[] ByStatus, List<int> First) Scan(int from, int to)
        {
            var byStatus = new int[statusCount];
            var first = new List<int>();
            for (var i = from; i < to; i++)
            {
                if (traders.Includes(i))
                {
                    byStatus[(int)ledger.Statuses[i]]++;
                    if (first.Count < IssueCatalog.ExamplesShown)
                    {
                        first.Add(i);
                    }
                }
            }

            return (byStatus, first);
        }

        // Put together with plain loops: LINQ over these tuples compiles a dozen generic instantiations, on the critical
        // path of every run, for a few microseconds of work.
        var ranges = MemberRanges.Collect(ledger.Count, parallelism, Scan);
        var members = new List<int>(IssueCatalog.ExamplesShown);
        var byStatus = new int[statusCount];
        foreach (var range in ranges)
        {
            for (var s = 0; s < byStatus.Length; s++)
            {
                byStatus[s] += range.ByStatus[s];
            }

            for (var k = 0; k < range.First.Count && members.Count < IssueCatalog.ExamplesShown; k++)
            {
                members.Add(range.First[k]);
            }
        }

        // One warning for all of them: in a Kopdes thousands of candidates may buy at the shop, and a
        // thousand identical lines hide the other warnings. The result marks each member anyway.
        if (members.Count > 0)
        {
            var ids = new string[members.Count];
            for (var k = 0; k < ids.Length; k++)
            {
                ids[k] = ledger.Ids[members[k]];
            }

            var counts = new List<(string Status, int Count)>();
            var total = 0;
            for (var s = 0; s < byStatus.Length; s++)
            {
                if (byStatus[s] > 0)
                {
                    counts.Add((((MemberStatus)s).ToCode(), byStatus[s]));
                    total += byStatus[s];
                }
            }

            issues.Add(IssueCatalog.IneligibleWithTransactions(total, ids, members[0], counts));
        }
    }

    /// <summary>
    /// A ledger with both a <c>transaksi</c> total and per-unit <c>transaksi:&lt;unit&gt;</c> columns must agree member by
    /// member, when a pool reads either: otherwise a treasurer edits one figure and the calculation uses the other.
    /// </summary>
    private static void CheckTransactions(ShuPolicy policy, MemberLedger ledger, List<Issue> issues, Parallelism parallelism)
    {
        var readsTransactions = policy.AllFunds().Any(f => f.IsPool && (f.PerUnit
            || (f.Savings == SavingsBasis.YearEnd && f.Basis.Any(ColumnNames.IsTransactions))));
        var total = ledger.Column(ColumnNames.Transactions);
        var unitNames = ledger.Columns.Where(c => ColumnNames.IsTransactions(c) && !ColumnNames.Match(c, ColumnNames.Transactions)).ToArray();
        if (!readsTransactions || total is null || unitNames.Length == 0)
        {
            return;
        }

        var units = unitNames.Select(c => ledger.Column(c)!).ToArray();
        var described = string.Join(" + ", unitNames);
        // Whole rupiah, as nearly every ledger has them: summed as longs, no decimal arithmetic a member. Below 2^58
        // each, at most 32 of them cannot overflow a long; a member with a larger figure is summed as decimals.
        const long Limit = 1L << 58;
        var totals = total.Whole;
        var wholes = units.Length <= 32 && Array.TrueForAll(units, u => u.Whole is not null) ? units.Select(u => u.Whole!).ToArray() : null;
        decimal Sum(int member)
        {
            var exact = 0m;
            foreach (var unit in units)
            {
                exact += unit[member];
            }

            return exact;
        }

        // Ranges of members side by side for a large ledger, each giving its members that disagree, in order.
        List<int> Scan(int from, int to)
        {
            var found = new List<int>();
            for (var i = from; i < to; i++)
            {
                if (totals is not null && wholes is not null)
                {
                    long sum = 0;
                    var small = true;
                    foreach (var column in wholes)
                    {
                        var value = column[i];
                        small &= value is > -Limit and < Limit;
                        sum = unchecked(sum + value);
                    }

                    if (small && sum == totals[i])
                    {
                        continue;
                    }
                }

                if (Sum(i) != total[i])
                {
                    found.Add(i);
                }
            }

            return found;
        }

        foreach (var range in MemberRanges.Collect(ledger.Count, parallelism, Scan))
        {
            foreach (var i in range)
            {
                issues.Add(IssueCatalog.TransactionsDisagree(ledger.Ids[i], i, total[i], Sum(i), described));
            }
        }
    }

    /// <summary>
    /// Eligibility by status, indexed by the status's value: a status that shares in any pool (the policy's list,
    /// and any pool's own). A member of it is listed as eligible; each pool still weighs only its own statuses.
    /// </summary>
    public static bool[] EligibilityMask(ShuPolicy policy) =>
        Mask([.. policy.Eligible, .. policy.AllFunds().Where(f => f.IsPool && f.Eligible is not null).SelectMany(f => f.Eligible!)]);

    /// <summary>The statuses that share in one pool: its own list, or the policy's.</summary>
    public static bool[] PoolMask(ShuPolicy policy, FundPolicy? pool) => Mask(pool?.Eligible ?? policy.Eligible);

    private static bool[] Mask(IEnumerable<MemberStatus> statuses)
    {
        var mask = new bool[Enum.GetValues<MemberStatus>().Length];
        foreach (var status in statuses)
        {
            mask[(int)status] = true;
        }

        return mask;
    }
}
