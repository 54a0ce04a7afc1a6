using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kopdes.Shu.Engine;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;
using Kopdes.Shu.Tests.Support;

namespace Kopdes.Shu.Tests.Fairness;

/// <summary>
/// The fairness rules of shared/spec/shu-rules.md, one property each, checked against quotas computed
/// here in BigInteger from the raw weights (not by the engine).
/// </summary>
[Properties(Arbitrary = [typeof(ShuArbitraries)], MaxTest = 300)]
public sealed class FairnessProperties
{
    [Property]
    public bool Rule1_Conservation_AllocationsSumExactlyToThePool(PoolCase pool)
    {
        var total = pool.Allocate().Sum();
        return pool.EligibleWeightCents().IsZero ? total == 0 : total == pool.Pool;
    }

    [Property]
    public bool Rule1_Conservation_FundsAndMembersSumToTheShu(PoolCase pool)
    {
        var members = Enumerable.Range(0, pool.Count).Select(i => Build.Member(pool.Ids[i], pool.Weights[i]));
        var policy = Build.Policy(pool.Pool + 0.75m, Build.Reserve(33.3m), Build.Fund("pengurus", 16.7m), Build.Pool("p", 50, "w"));
        var result = ShuCalculator.Calculate(policy, MemberLedger.From(members)).GetResultOrThrow();
        var funds = result.Funds.Where(f => !f.IsPool && !f.IsParent).Sum(f => f.Amount);
        return funds + result.Members.Sum(m => m.Payout.Gross) == policy.Shu;
    }

    [Property]
    public bool Rule2_Quota_EachAllocationIsTheQuotaRoundedDownOrUp(PoolCase pool)
    {
        var allocation = pool.Allocate();
        return Enumerable.Range(0, pool.Count).All(i =>
        {
            var (floor, remainder, _) = pool.Quota(i);
            return allocation[i] == floor || (allocation[i] == floor + 1 && !remainder.IsZero);
        });
    }

    [Property]
    public bool Rule3_ZeroWeightOrIneligible_GetsZero(PoolCase pool)
    {
        var allocation = pool.Allocate();
        return Enumerable.Range(0, pool.Count)
            .Where(i => pool.Weights[i] == 0 || !pool.Eligible[i])
            .All(i => allocation[i] == 0);
    }

    [Property]
    public bool Rule4_Order_MoreWeightNeverGetsLessAndEqualWeightsDifferByAtMostOne(PoolCase pool)
    {
        var a = pool.Allocate();
        var eligible = Enumerable.Range(0, pool.Count).Where(i => pool.Eligible[i]).ToArray();
        return eligible.All(i => eligible.All(j =>
            pool.Weights[i] > pool.Weights[j] ? a[i] >= a[j]
            : pool.Weights[i] == pool.Weights[j] ? Math.Abs(a[i] - a[j]) <= 1
            : true));
    }

    [Property]
    public bool Rule5_Anonymity_ShufflingRowsChangesNoMembersAmount(PoolCase pool, int seed)
    {
        var order = Enumerable.Range(0, pool.Count).OrderBy(_ => 0).ToArray();
        new Random(seed).Shuffle(order);
        var shuffled = new PoolCase(
            pool.Pool,
            [.. order.Select(i => pool.Weights[i])],
            [.. order.Select(i => pool.Eligible[i])],
            [.. order.Select(i => pool.Ids[i])]);
        var before = pool.Ids.Zip(pool.Allocate()).ToDictionary(x => x.First, x => x.Second);
        var after = shuffled.Ids.Zip(shuffled.Allocate()).ToDictionary(x => x.First, x => x.Second);
        return pool.Ids.All(id => before[id] == after[id]);
    }

    [Property]
    public Property Rule6_ScaleInvariance_MultiplyingEveryWeightChangesNothing(PoolCase pool) =>
        Prop.ForAll(
            Gen.Elements(2m, 3m, 7m, 100m, 1000m, 0.5m, 1.00m).ToArbitrary(),
            factor =>
            {
                var scaled = pool with { Weights = [.. pool.Weights.Select(w => w * factor)] };
                return pool.Allocate().SequenceEqual(scaled.Allocate());
            });

    [Property]
    public bool Rule7_Exactness_WholeQuotasAreGivenExactly(WholeQuotaCase whole)
    {
        var pool = whole.Case;
        var allocation = pool.Allocate();
        return Enumerable.Range(0, pool.Count).All(i => allocation[i] == pool.Quota(i).Floor && pool.Quota(i).Remainder.IsZero);
    }

    /// <summary>
    /// The sum of |a_i - q_i| is separable and convex in each a_i, so an allocation no single one-unit move
    /// between two members improves is a global minimum among allocations with the same total.
    /// </summary>
    [Property(MaxTest = 150)]
    public bool Rule8_Optimality_NoOneUnitMoveBringsAllocationsCloserToTheQuotas(PoolCase pool)
    {
        var a = pool.Allocate();
        var total = pool.EligibleWeightCents();
        if (total.IsZero)
        {
            return a.All(x => x == 0);
        }

        // d_i = (a_i - q_i) x W, in whole numbers.
        var d = Enumerable.Range(0, pool.Count).Select(i =>
        {
            var (floor, remainder, denominator) = pool.Quota(i);
            return ((a[i] - floor) * denominator) - remainder;
        }).ToArray();
        for (var from = 0; from < d.Length; from++)
        {
            for (var to = 0; to < d.Length; to++)
            {
                if (from == to)
                {
                    continue;
                }

                var change = BigInteger.Abs(d[from] - total) - BigInteger.Abs(d[from]) + BigInteger.Abs(d[to] + total) - BigInteger.Abs(d[to]);
                if (change < 0)
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property]
    public bool Rule9_Determinism_SameInputsSameResult(PoolCase pool)
    {
        return pool.Allocate().SequenceEqual(pool.Allocate());
    }

    [Property]
    public bool Rule10_BoundedAlabama_OneMoreUnitLowersNobodyByMoreThanOne(PoolCase pool)
    {
        if (pool.Pool >= 1_000_000_000_000_000)
        {
            return true;
        }

        var before = pool.Allocate();
        var after = pool.WithPool(pool.Pool + 1).Allocate();
        return before.Zip(after).All(x => x.Second >= x.First - 1);
    }

    /// <summary>
    /// Fund levels round too: a pool under a parent may be up to one unit off its ideal at each of the two
    /// fund levels, and a member carries that error in proportion to their share w/W. So each member is
    /// within one unit of the single-step ideal SHU x parent% x child% x w/W, plus 2 x w/W.
    /// </summary>
    [Property(MaxTest = 200)]
    public bool Rule11_TwoLevel_EachMemberIsNearTheSingleStepIdeal(TwoLevelCase c)
    {
        var members = c.Members;
        var ledger = MemberLedger.From(Enumerable.Range(0, members.Count).Select(i => new Member(members.Ids[i])
        {
            Status = members.Eligible[i] ? MemberStatus.Anggota : MemberStatus.Calon,
            Amounts = new Dictionary<string, decimal> { ["a"] = members.Weights[i], ["b"] = c.OtherWeights[i] },
        }));
        var policy = Build.Policy(
            c.Shu,
            Build.Reserve(100 - c.Parent),
            new FundPolicy("anggota", c.Parent) { Funds = [Build.Pool("pa", c.Child, "a"), Build.Pool("pb", 100 - c.Child, "b")] });
        var result = ShuCalculator.Calculate(policy, ledger).GetResultOrThrow();

        bool Near(int pool, int childPercent, decimal[] weights)
        {
            var total = Enumerable.Range(0, weights.Length).Where(i => members.Eligible[i]).Aggregate(BigInteger.Zero, (s, i) => s + new BigInteger(weights[i] * 100m));
            if (total.IsZero)
            {
                return result.Members.All(m => m.Amount(pool) == 0);
            }

            return Enumerable.Range(0, weights.Length).All(i =>
            {
                var w = members.Eligible[i] ? new BigInteger(weights[i] * 100m) : BigInteger.Zero;

                // In units of 1 / (W x 10^4): ideal = SHU x parent x child x w / (10^4 x W).
                var scale = total * 10_000;
                var ideal = new BigInteger(c.Shu) * c.Parent * childPercent * w;
                var actual = new BigInteger(result.Members[i].Amount(pool)) * scale;
                var bound = scale + (2 * 10_000 * w);
                return BigInteger.Abs(actual - ideal) < bound;
            });
        }

        return Near(0, c.Child, members.Weights) && Near(1, 100 - c.Child, c.OtherWeights);
    }
}

/// <summary>The engine's totals take a whole-rupiah shortcut when it can; it must agree with every member's own payout.</summary>
[Properties(Arbitrary = [typeof(ShuArbitraries)], MaxTest = 200)]
public sealed class PayoutTotalsProperties
{
    [Property]
    public Property Totals_EqualTheSumOfEachMembersPayout(PoolCase pool) =>
        Prop.ForAll(
            Gen.Elements(
                (Unit: 1m, Cash: (decimal?)null, Tax: 0m, Minimum: 0m),
                (1m, 1_000m, 0m, 0m),
                (100m, 1_000m, 0m, 0m),
                (1m, 100m, 10m, 0m),
                (1m, 1_000m, 0m, 5_000m),
                (0.5m, 1m, 12.5m, 3m)).ToArbitrary(),
            options =>
            {
                var members = Enumerable.Range(0, pool.Count)
                    .Select(i => Build.Member(pool.Ids[i], pool.Weights[i], pool.Eligible[i] ? MemberStatus.Anggota : MemberStatus.Calon));
                var policy = Build.SinglePool(pool.Pool) with
                {
                    RoundingUnit = options.Unit,
                    CashUnit = options.Cash,
                    TaxRate = options.Tax,
                    MinimumPayout = options.Minimum,
                };
                var result = ShuCalculator.Calculate(policy, MemberLedger.From(members)).GetResultOrThrow();
                var shares = result.Members.ToList();
                return result.Totals.Gross == shares.Sum(m => m.Payout.Gross)
                    && result.Totals.Tax == shares.Sum(m => m.Payout.Tax)
                    && result.Totals.Net == shares.Sum(m => m.Payout.Net)
                    && result.Totals.Cash == shares.Sum(m => m.Payout.Cash)
                    && result.Totals.ToVoluntarySavings == shares.Sum(m => m.Payout.ToVoluntarySavings)
                    && result.Totals.Forfeited == shares.Sum(m => m.Payout.Forfeited)
                    && result.MembersPaid == shares.Count(m => m.Payout.Gross > 0);
            });
}
