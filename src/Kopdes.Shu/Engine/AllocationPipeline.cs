using Kopdes.Shu.Apportionment;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Money;
using Kopdes.Shu.Policies;
using Kopdes.Shu.Results;
using Kopdes.Shu.Validation;

namespace Kopdes.Shu.Engine;

/// <summary>
/// The calculation, top to bottom, in the order of the SHU rules (steps 1-10). Start here to find where
/// any rupiah goes: the dust and unallocatable pools to the reserve (step 2, step 5), forfeits to the
/// forfeit fund (step 7), and every sum checked at the end (step 10).
/// </summary>
internal static class AllocationPipeline
{
    public static List<Issue> Validate(
        ShuPolicy policy, MemberLedger ledger, MonthlyBalances? balances, Parallelism parallelism, out Dictionary<string, int>? memberIndex)
    {
        var issues = new List<Issue>(ledger.Issues);
        memberIndex = null;
        if (balances is not null)
        {
            issues.AddRange(balances.Issues);
            memberIndex = new Dictionary<string, int>(ledger.Count, StringComparer.Ordinal);
            for (var i = 0; i < ledger.Count; i++)
            {
                memberIndex.TryAdd(ledger.Ids[i], i);
            }

            for (var row = 0; row < balances.Count; row++)
            {
                if (!memberIndex.ContainsKey(balances.MemberIds[row]))
                {
                    issues.Add(IssueCatalog.BalanceUnknownMember(balances.MemberIds[row], row));
                }
            }
        }

        issues.AddRange(PolicyRules.Check(policy, ledger, balances, parallelism));
        return issues;
    }

    public static ShuOutcome Run(ShuPolicy policy, MemberLedger ledger, MonthlyBalances? balances, Parallelism parallelism)
    {
        var issues = Validate(policy, ledger, balances, parallelism, out var memberIndex);
        if (issues.Exists(i => i.IsError))
        {
            return ShuOutcome.Failure(issues);
        }

        // 1. Loss year (or an SHU of 0): nothing is distributed, every member is still listed (the same steps on 0 units).
        var shu = policy.TotalShu;
        var isLoss = shu <= 0;
        if (isLoss)
        {
            issues.Add(shu < 0 ? IssueCatalog.LossYear(shu) : IssueCatalog.ZeroShu());
        }

        // 2. Rounding unit: whole units; the dust below one unit goes to the reserve.
        var unit = policy.RoundingUnit;
        var wholeUnits = isLoss ? 0L : (long)((shu - (shu % unit)) / unit);
        var dust = isLoss ? 0m : shu - (wholeUnits * unit);

        // 3. Funds by largest remainder, ties to the fund listed first; parents split again.
        var nodes = FundNode.Flatten(policy.Funds);
        ApportionFunds(nodes, wholeUnits, issues);
        if (issues.Exists(i => i.IsError))
        {
            return ShuOutcome.Failure(issues);
        }

        var reserve = nodes.Find(n => n.Fund.Reserve)!;

        // 4-6. Member pools: weights from the basis, eligible members only, apportioned by largest remainder.
        // Every apportionment is independent (a pool, or one unit of a per-unit pool), so large ledgers run them
        // side by side; each pool's amounts, weights and warnings are then put together in policy and unit order.
        var eligible = new EligibleWeights(ledger, PolicyRules.EligibilityMask(policy));
        var order = new OrdinalKeyOrder<Utf8Column.Keys>(ledger.Ids.AsKeys, ledger.IdsAscending);
        var poolNodes = nodes.Where(n => n.Fund.IsPool).ToList();
        var unitShares = poolNodes.ConvertAll(n => n.Fund.PerUnit ? UnitShares(n, policy) : null);
        // A pool with its own eligible statuses weighs only those; the others the policy's (the members listed as
        // eligible are those of any pool: the policy's and the pools' own together).
        var policyEligible = poolNodes.TrueForAll(n => n.Fund.Eligible is null) ? eligible : new EligibleWeights(ledger, PolicyRules.PoolMask(policy, null));
        var poolEligible = poolNodes.ConvertAll(n => n.Fund.Eligible is null ? policyEligible : new EligibleWeights(ledger, PolicyRules.PoolMask(policy, n.Fund)));
        // One job a pool, or one a unit of a per-unit pool (unit -1: the whole pool); firstJob[p] is pool p's first.
        var jobs = new List<(int Pool, int Unit)>();
        var firstJob = new int[poolNodes.Count];
        for (var p = 0; p < poolNodes.Count; p++)
        {
            firstJob[p] = jobs.Count;
            jobs.AddRange(poolNodes[p].Fund.PerUnit ? Enumerable.Range(0, policy.Units.Count).Select(k => (p, k)) : [(p, -1)]);
        }

        var done = new Apportioned[jobs.Count];
        // A job run beside others sums its basis on its own thread: the jobs already use the threads allowed.
        void RunJob(int j, MemberApportionment apportionment, Parallelism within)
        {
            var (p, k) = jobs[j];
            var node = poolNodes[p];
            var amounts = new long[ledger.Count];
            if (k < 0)
            {
                var weights = EligibleWeights.Basis(node.Fund, ledger, balances, memberIndex, within);
                done[j] = new Apportioned(weights, amounts, apportionment.Apportion(node.Units, weights, amounts, node.Fund.Total, poolEligible[p]));
            }
            else
            {
                var column = ledger.Column(ColumnNames.UnitTransactions(policy.Units[k].Code));
                done[j] = new Apportioned(column, amounts, apportionment.Apportion(unitShares[p]!.Shares[k], column, amounts, policy.Units[k].Total, poolEligible[p]));
            }
        }

        if (jobs.Count > 1 && parallelism.Splits(ledger.Count))
        {
            // Each worker has its own scratch (three arrays the size of the ledger), so the workers are bounded:
            // left unbounded, Parallel.For would start a worker a job, each with its scratch.
            Parallel.For(
                0,
                jobs.Count,
                parallelism.Options,
                () => new MemberApportionment(eligible, order),
                (j, _, apportionment) =>
                {
                    RunJob(j, apportionment, parallelism with { MaxDegree = 1 });
                    return apportionment;
                },
                apportionment => apportionment.Dispose());
        }
        else
        {
            using var apportionment = new MemberApportionment(eligible, order);
            for (var j = 0; j < jobs.Count; j++)
            {
                RunJob(j, apportionment, parallelism);
            }
        }

        var runs = new PoolRun[poolNodes.Count];
        for (var p = 0; p < poolNodes.Count; p++)
        {
            runs[p] = poolNodes[p].Fund.PerUnit
                ? CombineUnits(p, poolNodes[p], policy, unitShares[p]!, done.AsSpan(firstJob[p], policy.Units.Count), reserve, poolEligible[p], parallelism)
                : PoolOutcome(p, poolNodes[p], unit, done[firstJob[p]], reserve, NonMemberFund(nodes, poolNodes[p], reserve));
            if (poolNodes[p].Fund.PerUnit && runs[p].NonMember > 0)
            {
                runs[p] = runs[p] with { NonMemberFund = NonMemberFund(nodes, poolNodes[p], reserve) };
            }
        }

        foreach (var run in runs)
        {
            issues.AddRange(run.Issues);
        }

        if (issues.Exists(i => i.IsError))
        {
            return ShuOutcome.Failure(issues);
        }

        var weights = Array.ConvertAll(runs, r => r.Weights);
        var poolUnits = Array.ConvertAll(runs, r => r.Units);
        var unallocated = Array.ConvertAll(runs, r => r.Unallocated);
        var pools = runs.Select(r => r.Pool!).ToList();

        // 7-9. Minimum payout, tax, cash rounding: per member, by the one rule in Money/PayoutRule.cs.
        var allocated = new long[ledger.Count];
        foreach (var amounts in poolUnits)
        {
            AddInto(allocated, amounts);
        }

        var forfeitedUnits = new long[poolNodes.Count];
        var payouts = new PayoutRule(policy, unit, wholeUnits);
        var totals = MemberTotals.Compute(payouts, allocated, poolUnits, forfeitedUnits);

        var forfeitFund = policy.MinimumPayoutFund is { } code
            ? nodes.Find(n => string.Equals(n.Fund.Code, code, StringComparison.OrdinalIgnoreCase))!
            : reserve;
        var funds = nodes.ConvertAll(n => new FundAllocation
        {
            Code = n.Fund.Code,
            Name = n.Fund.DisplayName,
            ParentCode = n.Parent < 0 ? null : nodes[n.Parent].Fund.Code,
            Depth = n.Depth,
            Percent = n.Fund.Percent,
            PercentOfShu = n.PercentOfShu,
            IsPool = n.Fund.IsPool,
            IsParent = n.Fund.IsParent,
            IsReserve = n.Fund.Reserve,
            IsVillage = PolicyRules.IsVillageFund(n.Fund),
            Apportioned = n.Units * unit,
            Dust = n == reserve ? dust : 0m,
            Unallocated = n == reserve ? unallocated.Sum() * unit : 0m,
            Forfeited = n == forfeitFund ? forfeitedUnits.Sum() * unit : 0m,
            NonMember = runs.Where(r => r.NonMemberFund == n).Sum(r => r.NonMember) * unit,
        });

        var poolSums = poolUnits.Select(SumOf).ToArray();
        foreach (var pool in pools)
        {
            pool.Distributed = (poolSums[pool.Index] - forfeitedUnits[pool.Index]) * unit;
            pool.Forfeited = forfeitedUnits[pool.Index] * unit;
        }


        // 10. Reconciliation: independent sums that must agree to the rupiah, or no result.
        var checks = Reconciliation.Check(
            isLoss ? 0m : shu, unit, nodes, funds, pools, poolSums, allocated, totals);
        var failed = checks.Where(c => !c.Passed).ToList();
        if (failed.Count > 0)
        {
            throw new ReconciliationException(failed);
        }

        // Capital partners are paid by the same rule, but counted apart: the members' totals leave them out.
        var partnerRows = ShuResult.PartnerRowsOf(ledger);
        var partnerTotals = MemberTotals.Of(payouts, allocated, partnerRows);
        var (memberSums, membersPaid) = totals.Without(partnerTotals);
        var result = new ShuResult(policy, ledger, eligible, payouts, partnerRows)
        {
            Shu = shu,
            RoundingUnit = unit,
            CashUnit = policy.EffectiveCashUnit,
            WholeUnits = wholeUnits,
            Dust = dust,
            Funds = funds,
            Pools = pools,
            Warnings = issues,
            Checks = checks,
            Totals = memberSums,
            MembersPaid = membersPaid,
            PartnerTotals = partnerTotals.ToPayout(),
            Weights = weights,
            PoolUnits = poolUnits,
            AllocatedUnits = allocated,
            Balances = balances,
            PoolEligible = [.. poolEligible],
        };
        return ShuOutcome.Success(result);
    }

    private static void ApportionFunds(List<FundNode> nodes, long wholeUnits, List<Issue> issues)
    {
        ApportionSiblings(nodes, -1, wholeUnits, issues);
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Fund.IsParent)
            {
                ApportionSiblings(nodes, i, nodes[i].Units, issues);
            }
        }
    }

    private static void ApportionSiblings(List<FundNode> nodes, int parent, long total, List<Issue> issues)
    {
        var siblings = nodes.Where(n => n.Parent == parent).ToArray();
        var percents = siblings.Select(n => n.Fund.Percent).ToArray();
        var whole = new UInt128[siblings.Length];
        var shares = new long[siblings.Length];
        var status = WholeWeights.TryConvert(percents, whole)
            ? LargestRemainder.Apportion(total, whole, shares)
            : ApportionStatus.Overflow;
        if (status == ApportionStatus.Overflow)
        {
            issues.Add(IssueCatalog.WeightsTooLarge(parent < 0 ? "funds" : nodes[parent].Fund.Code));
            return;
        }

        for (var i = 0; i < siblings.Length; i++)
        {
            siblings[i].Units = shares[i];
        }
    }

    /// <summary>One apportionment's weights (null: nobody weighs anything), member units and outcome.</summary>
    private sealed record Apportioned(AmountColumn? Weights, long[] Amounts, MemberApportionment.Outcome Outcome);

    /// <summary>A per-unit pool split among its units by their positive SHU (a losing unit weighs 0, ties to the unit listed first).</summary>
    private sealed record UnitSplit(long[] Shares, List<Issue> Issues);

    // The fund that receives a pool's non-members' part: the one the pool names, else the reserve.
    private static FundNode NonMemberFund(List<FundNode> nodes, FundNode pool, FundNode reserve) =>
        pool.Fund.NonMemberFund is { } code ? nodes.Find(n => string.Equals(n.Fund.Code, code, StringComparison.OrdinalIgnoreCase))! : reserve;

    private static PoolRun PoolOutcome(int index, FundNode node, decimal unit, Apportioned done, FundNode reserve, FundNode nonMemberFund)
    {
        var fund = node.Fund;
        var (weights, amounts, outcome) = done;
        if (outcome.Status == ApportionStatus.Overflow)
        {
            return new PoolRun(null, weights!, amounts, 0, [IssueCatalog.WeightsTooLarge(fund.Code)]);
        }

        if (outcome.Status == ApportionStatus.TotalBelowMembers)
        {
            return new PoolRun(null, weights!, amounts, 0, [IssueCatalog.TotalBelowMembers(fund.Code, outcome.StatedTotal!.Value, outcome.TotalWeight)]);
        }

        if (outcome.NonMember > 0 || outcome.StatedTotal is not null)
        {
            return new PoolRun(
                new PoolAllocation
                {
                    Index = index,
                    Code = fund.Code,
                    Name = fund.DisplayName,
                    Amount = node.Units * unit,
                    TotalWeight = outcome.TotalWeight,
                    WeightedMembers = outcome.WeightedMembers,
                    WholeUnits = node.Units,
                    Scale = outcome.Scale,
                    WholeWeight = outcome.WholeWeight,
                    NonMember = outcome.NonMember * unit,
                    NonMemberFund = nonMemberFund.Fund.Code,
                },
                weights!, amounts, 0, [])
            {
                NonMember = outcome.NonMember,
                NonMemberFund = nonMemberFund,
            };
        }

        if (outcome.Status == ApportionStatus.NoWeight && node.Units > 0)
        {
            var pool = NewPool(index, node, unit, outcome);
            pool.Unallocated = node.Units * unit;
            return new PoolRun(pool, weights!, amounts, node.Units, [IssueCatalog.NoEligibleWeight(fund.Code, null, node.Units * unit, reserve.Fund.Code)]);
        }

        return new PoolRun(NewPool(index, node, unit, outcome), weights!, amounts, 0, []);
    }

    private static UnitSplit UnitShares(FundNode node, ShuPolicy policy)
    {
        var units = policy.Units;
        var unitShus = units.Select(u => Math.Max(u.Shu, 0m)).ToArray();
        var whole = new UInt128[units.Count];
        var shares = new long[units.Count];
        var status = WholeWeights.TryConvert(unitShus, whole)
            ? LargestRemainder.Apportion(node.Units, whole, shares)
            : ApportionStatus.Overflow;
        return new UnitSplit(shares, status == ApportionStatus.Overflow ? [IssueCatalog.WeightsTooLarge(node.Fund.Code)] : []);
    }

    private static PoolRun CombineUnits(
        int index,
        FundNode node,
        ShuPolicy policy,
        UnitSplit split,
        ReadOnlySpan<Apportioned> done,
        FundNode reserve,
        EligibleWeights eligible,
        Parallelism parallelism)
    {
        var issues = new List<Issue>(split.Issues);
        var unit = policy.RoundingUnit;
        var units = policy.Units;
        var unallocated = 0L;
        var nonMember = 0L;
        var unitAllocations = new List<UnitPoolAllocation>(units.Count);
        var totalWeight = 0m;
        var weightColumns = new List<AmountColumn>(units.Count);
        var unitAmounts = new List<long[]>(units.Count);
        for (var k = 0; k < units.Count; k++)
        {
            var (column, amountsOfUnit, outcome) = done[k];
            if (column is not null)
            {
                weightColumns.Add(column);
            }

            if (outcome.Status == ApportionStatus.Overflow)
            {
                issues.Add(IssueCatalog.WeightsTooLarge($"{node.Fund.Code} ({units[k].Code})"));
                continue;
            }

            if (outcome.Status == ApportionStatus.TotalBelowMembers)
            {
                issues.Add(IssueCatalog.TotalBelowMembers($"{node.Fund.Code} ({units[k].Code})", outcome.StatedTotal!.Value, outcome.TotalWeight));
                continue;
            }

            nonMember += outcome.NonMember;

            var lost = outcome.Status == ApportionStatus.NoWeight ? split.Shares[k] : 0L;
            if (lost > 0)
            {
                issues.Add(IssueCatalog.NoEligibleWeight(node.Fund.Code, units[k].Code, lost * unit, reserve.Fund.Code));
            }

            unallocated += lost;
            totalWeight += outcome.TotalWeight;
            unitAmounts.Add(amountsOfUnit);
            unitAllocations.Add(new UnitPoolAllocation
            {
                UnitCode = units[k].Code,
                UnitShu = units[k].Shu,
                Amount = split.Shares[k] * unit,
                TotalWeight = outcome.TotalWeight,
                Unallocated = lost * unit,
                Scale = outcome.Scale,
                WholeWeight = outcome.WholeWeight,
            });
        }

        // Each member's weight (all units) and amount (the units apportioned), in ranges of members side by side.
        var count = eligible.Ledger.Count;
        var weights = EligibleWeights.Sum(weightColumns, count, parallelism);
        var amounts = new long[count];
        MemberRanges.ForEach(count, parallelism, (from, to) => AddUnits(unitAmounts, amounts, from, to));

        var pool = new PoolAllocation
        {
            Index = index,
            Code = node.Fund.Code,
            Name = node.Fund.DisplayName,
            PerUnit = true,
            Amount = node.Units * unit,
            TotalWeight = totalWeight,
            WeightedMembers = eligible.CountWeighted(weights, parallelism),
            Unallocated = unallocated * unit,
            Units = unitAllocations,
            WholeUnits = node.Units,
            NonMember = nonMember * unit,
            NonMemberFund = nonMember > 0 ? node.Fund.NonMemberFund ?? reserve.Fund.Code : null,
        };
        return new PoolRun(issues.Exists(i => i.IsError) ? null : pool, weights, amounts, unallocated, issues) { NonMember = nonMember };
    }

    /// <summary>One pool's outcome: its allocation (null after an error), weights, member units, what went to the reserve, and its issues.</summary>
    private sealed record PoolRun(PoolAllocation? Pool, AmountColumn Weights, long[] Units, long Unallocated, List<Issue> Issues)
    {
        /// <summary>The units that belong to business with non-members, and the fund they go to.</summary>
        public long NonMember { get; init; }

        public FundNode? NonMemberFund { get; init; }
    }

    private static PoolAllocation NewPool(int index, FundNode node, decimal unit, MemberApportionment.Outcome outcome) => new()
    {
        Index = index,
        Code = node.Fund.Code,
        Name = node.Fund.DisplayName,
        Amount = node.Units * unit,
        TotalWeight = outcome.TotalWeight,
        WeightedMembers = outcome.WeightedMembers,
        WholeUnits = node.Units,
        Scale = outcome.Scale,
        WholeWeight = outcome.WholeWeight,
    };

    private static void AddUnits(List<long[]> unitAmounts, long[] amounts, int from, int to)
    {
        foreach (var amountsOfUnit in unitAmounts)
        {
            for (var i = from; i < to; i++)
            {
                amounts[i] += amountsOfUnit[i];
            }
        }
    }

    private static void AddInto(long[] sums, long[] values)
    {
        for (var i = 0; i < sums.Length; i++)
        {
            sums[i] += values[i];
        }
    }

    private static long SumOf(long[] values)
    {
        long sum = 0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum;
    }
}
