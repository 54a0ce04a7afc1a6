using FsCheck;
using FsCheck.Fluent;
using Kopdes.Shu.Tests.Support;

namespace Kopdes.Shu.Tests.Fairness;

/// <summary>
/// Rule 10 says full monotonicity is false for largest remainder. These tests keep that counterexample:
/// growing a pool can lower a member, by at most one unit.
/// </summary>
public sealed class AlabamaRegressionTests
{
    /// <summary>
    /// Weights 6, 6, 2 (W = 14). Pool 10: quotas 4.286, 4.286, 1.429; floors 4, 4, 1 leave one unit, which
    /// goes to the largest fraction .429: 4, 4, 2. Pool 11: quotas 4.714, 4.714, 1.571; floors 4, 4, 1 leave
    /// two units, which go to the two .714s: 5, 5, 1. C drops from 2 to 1 though the pool grew.
    /// </summary>
    [Fact]
    public void GrowingThePool_CanLowerAMemberByOneUnit()
    {
        var ledger = Build.LedgerOf(Build.Member("A", 6), Build.Member("B", 6), Build.Member("C", 2));

        var at10 = Kopdes.Shu.Engine.ShuCalculator.Calculate(Build.SinglePool(10), ledger).GetResultOrThrow();
        var at11 = Kopdes.Shu.Engine.ShuCalculator.Calculate(Build.SinglePool(11), ledger).GetResultOrThrow();

        Assert.Equal([4m, 4m, 2m], at10.Members.Select(m => m.Amount(0)));
        Assert.Equal([5m, 5m, 1m], at11.Members.Select(m => m.Amount(0)));
    }

    [Fact]
    public void FullMonotonicity_IsFalsified_AsTheRulesSay()
    {
        // The property "a bigger pool never lowers anyone" must fail for largest remainder; FsCheck finds it.
        var monotone = Prop.ForAll(
            ShuArbitraries.PoolCases(),
            pool => pool.Pool >= 1_000_000_000_000_000 || pool.Allocate().Zip(pool.WithPool(pool.Pool + 1).Allocate()).All(x => x.Second >= x.First));

        var failure = Record.Exception(() => monotone.Check(Config.QuickThrowOnFailure.WithMaxTest(5000).WithReplay(1UL, 1UL)));

        Assert.NotNull(failure);
    }
}
