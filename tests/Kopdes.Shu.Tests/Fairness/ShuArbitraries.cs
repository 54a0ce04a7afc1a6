using FsCheck;
using FsCheck.Fluent;

namespace Kopdes.Shu.Tests.Fairness;

/// <summary>
/// Bounded generators for the fairness properties: ties, zero weights, ineligible members, tiny and huge
/// amounts (up to 10^15 rupiah), a single member and many members.
/// </summary>
public static class ShuArbitraries
{
    private const long Quadrillion = 1_000_000_000_000_000;

    public static Arbitrary<PoolCase> PoolCases() => Arb.From(PoolCaseGen(), Shrink);

    /// <summary>A pool case whose quotas are all whole: P is a multiple of the eligible weight.</summary>
    public static Arbitrary<WholeQuotaCase> WholeQuotaCases() =>
        Arb.From(
            from ints in Gen.Choose(0, 1000).ArrayOf()
            from flags in Gen.Elements(true, true, true, false).ArrayOf(ints.Length)
            from multiplier in Gen.Choose(0, 1_000_000)
            from ids in IdsGen(ints.Length)
            where ints.Where((_, i) => flags[i]).Sum() > 0
            let weights = ints.Select(w => (decimal)w).ToArray()
            let total = ints.Where((_, i) => flags[i]).Sum()
            select new WholeQuotaCase(new PoolCase((long)total * multiplier, weights, flags, ids)));

    /// <summary>Two-level policies: a parent fund split into two pools, beside a reserve.</summary>
    public static Arbitrary<TwoLevelCase> TwoLevelCases() =>
        Arb.From(
            from parent in Gen.Choose(1, 99)
            from child in Gen.Choose(0, 100)
            from shu in AmountGen()
            from basis in PoolCaseGen()
            from other in WeightGen().ArrayOf(basis.Count)
            select new TwoLevelCase(shu, parent, child, basis with { Pool = 0 }, other));

    public static Gen<PoolCase> PoolCaseGen() =>
        from count in Gen.Frequency((1, Gen.Constant(1)), (6, Gen.Choose(2, 12)), (3, Gen.Choose(13, 60)), (1, Gen.Choose(61, 250)))
        from pool in AmountGen()
        from weights in WeightGen().ArrayOf(count)
        from eligible in Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false))).ArrayOf(count)
        from ids in IdsGen(count)
        select new PoolCase(pool, weights, eligible, ids);

    /// <summary>Rupiah amounts from 0 to 10^15, small ones often (where rounding matters most).</summary>
    public static Gen<long> AmountGen() =>
        Gen.Frequency(
            (3, Gen.Choose(0, 100).Select(i => (long)i)),
            (3, Gen.Choose(0, int.MaxValue).Select(i => (long)i)),
            (2, from high in Gen.Choose(0, 1_000_000) from low in Gen.Choose(0, 999_999_999) select Math.Min(Quadrillion, (high * 1_000_000_000L) + low)),
            (1, Gen.Constant(Quadrillion)));

    /// <summary>Weights with many ties (small whole numbers), zeros, sen, and values up to 10^15.</summary>
    public static Gen<decimal> WeightGen() =>
        Gen.Frequency(
            (2, Gen.Constant(0m)),
            (4, Gen.Choose(1, 5).Select(i => (decimal)i)),
            (3, Gen.Choose(1, 10_000_000).Select(i => (decimal)i)),
            (2, Gen.Choose(1, 100_000_000).Select(i => i / 100m)),
            (1, from high in Gen.Choose(0, 1_000_000) from low in Gen.Choose(0, 999_999_999) select (decimal)Math.Min(Quadrillion, (high * 1_000_000_000L) + low)));

    /// <summary>Distinct member ids in a random order, some sharing prefixes so ordinal order matters.</summary>
    public static Gen<string[]> IdsGen(int count) =>
        Gen.Shuffle(Enumerable.Range(0, count).ToArray())
            .Select(order => order.Select(i => i % 3 == 0 ? $"A{i}" : i % 3 == 1 ? $"a{i:D4}" : $"B-{i}").ToArray());

    private static IEnumerable<PoolCase> Shrink(PoolCase value)
    {
        if (value.Count > 1)
        {
            yield return new PoolCase(value.Pool, value.Weights[1..], value.Eligible[1..], value.Ids[1..]);
            yield return new PoolCase(value.Pool, value.Weights[..^1], value.Eligible[..^1], value.Ids[..^1]);
        }

        if (value.Pool > 0)
        {
            yield return value with { Pool = value.Pool / 2 };
        }
    }
}

public sealed record WholeQuotaCase(PoolCase Case);

/// <summary>SHU split into a reserve and a parent (percent <c>Parent</c>), the parent into two pools.</summary>
public sealed record TwoLevelCase(long Shu, int Parent, int Child, PoolCase Members, decimal[] OtherWeights);
