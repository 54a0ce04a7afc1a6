using FsCheck.Xunit;
using Kopdes.Shu.Apportionment;

namespace Kopdes.Shu.Tests.Apportionment;

/// <summary>The apportionment core on its own: no members, no money.</summary>
public sealed class LargestRemainderTests
{
    [Fact]
    public void Apportion_ManyEqualWeights_GivesLeftoversToTheFirstByTieOrder()
    {
        // 100,001 parties of weight 1 share 150,000 units: 1 each, and 49,999 leftovers to the first 49,999 listed.
        const int parties = 100_001;
        var weights = Enumerable.Repeat(UInt128.One, parties).ToArray();
        var result = new long[parties];

        var status = LargestRemainder.Apportion(150_000, weights, result, new int[parties], new UInt128[parties], default(ListedOrder), out var sum);

        Assert.Equal((ApportionStatus.Done, (UInt128)parties), (status, sum));
        Assert.All(result[..49_999], a => Assert.Equal(2, a));
        Assert.All(result[49_999..], a => Assert.Equal(1, a));
    }

    [Fact]
    public void Apportion_WideArithmetic_MatchesBigIntegerQuotas()
    {
        // Products beyond 64 bits take the 128-bit path: 10^15 x (3 x 10^15 + 1) does not fit a ulong.
        var weights = new UInt128[] { 1_000_000_000_000_000, 1_000_000_000_000_000, 1_000_000_000_000_001 };
        var result = new long[3];

        LargestRemainder.Apportion(1_000_000_000_000_000, weights, result);

        // Quotas: 333,333,333,333,333.2222..., the same, and 333,333,333,333,333.5555...; floors leave 1 unit for the last.
        Assert.Equal([333_333_333_333_333, 333_333_333_333_333, 333_333_333_333_334], result);
    }

    [Fact]
    public void Apportion_WideProductsUnderA64BitSum_MatchBigIntegerQuotas()
    {
        // The sum fits 64 bits but total x w does not: the reciprocal path. Quotas worked out here in BigInteger.
        var random = new Random(4);
        var weights = Enumerable.Range(0, 5_000).Select(_ => (UInt128)(ulong)random.NextInt64(0, 3_000_000_000_000_000)).ToArray();
        var sum = weights.Aggregate(UInt128.Zero, (a, w) => a + w);
        const long total = 9_000_000_000_000_000_000;
        Assert.True(sum <= ulong.MaxValue && sum > ulong.MaxValue / total);
        var quotas = weights.Select(w => System.Numerics.BigInteger.DivRem(new System.Numerics.BigInteger((ulong)w) * total, new System.Numerics.BigInteger((ulong)sum))).ToArray();
        var result = new long[weights.Length];

        LargestRemainder.Apportion(total, weights.ToArray(), result);

        Assert.All(Enumerable.Range(0, weights.Length), i =>
            Assert.True(result[i] == quotas[i].Quotient || (result[i] == quotas[i].Quotient + 1 && !quotas[i].Remainder.IsZero)));
        Assert.Equal(total, result.Sum());
    }

    [Theory]
    [InlineData(1UL, ulong.MaxValue, 0UL)]
    [InlineData(ulong.MaxValue, ulong.MaxValue, ulong.MaxValue - 1)]
    [InlineData(3UL, 0UL, 2UL)]
    [InlineData(0x8000_0000_0000_0000UL, 12345UL, 0x7FFF_FFFF_FFFF_FFFFUL)]
    [InlineData(0x8000_0000_0000_0001UL, ulong.MaxValue, 0x8000_0000_0000_0000UL)]
    [InlineData(17UL, 15_237_845_431_439_099_949UL, 0UL)] // the estimate falls one short: needs the last correction
    [InlineData(679UL, 17_526_261_427_898_201_753UL, 0UL)]
    public void InvariantDivisor_Edges_GiveTheQuotientAndRemainderTheyWereBuiltFrom(ulong divisor, ulong quotient, ulong remainder) =>
        Assert.Equal((quotient, remainder), Divide(divisor, quotient, remainder));

    [Property(MaxTest = 1000)]
    public bool InvariantDivisor_AnyDivisor_GivesTheQuotientAndRemainderTheDividendWasBuiltFrom(int seed)
    {
        // Divisors of every bit length (the reciprocal is normalised by a shift of 0 to 63), small ones often (they
        // need the last correction most), quotients up to 2^64 - 1.
        var random = new Random(seed);
        var divisor = random.Next(0, 4) == 0
            ? (ulong)random.Next(1, 1000)
            : Math.Max(1UL, (ulong)random.NextInt64() >> random.Next(0, 63)) | ((ulong)random.Next(0, 2) << 63);
        var quotient = (ulong)random.NextInt64() << random.Next(0, 2);
        var remainder = (ulong)(random.NextInt64() % (long)Math.Min(divisor, long.MaxValue));
        return Divide(divisor, quotient, remainder) == (quotient, remainder);
    }

    private static (ulong Quotient, ulong Remainder) Divide(ulong divisor, ulong quotient, ulong remainder)
    {
        var dividend = ((UInt128)quotient * divisor) + remainder;
        var result = new InvariantDivisor(divisor).DivRem(dividend, out var left);
        return (result, left);
    }

    [Property(MaxTest = 300)]
    public bool Apportion_SixtyFourBitWeights_GiveWhatTheSameWeightsAs128BitsGive(int seed)
    {
        // Weights whose sum fits 64 bits, the case MemberApportionment runs as ulongs: small totals (the narrow
        // floors), totals whose products need 128 bits (the reciprocal), many equal weights (ties), zeros.
        var random = new Random(seed);
        var parties = random.Next(1, 400);
        var largest = random.Next(0, 3) switch { 0 => 5L, 1 => 1_000_000_000L, _ => long.MaxValue / 400 };
        var weights = Enumerable.Range(0, parties).Select(_ => random.Next(0, 5) == 0 ? 0UL : (ulong)random.NextInt64(0, largest)).ToArray();
        var total = random.Next(0, 2) == 0 ? random.NextInt64(0, 10_000) : random.NextInt64(0, long.MaxValue);

        var narrow = weights.ToArray();
        var narrowResult = new long[parties];
        var narrowStatus = LargestRemainder.Apportion(total, narrow.AsSpan(), narrowResult, new int[parties], new ulong[parties], default(ListedOrder), out var narrowSum);
        var wide = weights.Select(w => (UInt128)w).ToArray();
        var wideResult = new long[parties];
        var wideStatus = LargestRemainder.Apportion(total, wide.AsSpan(), wideResult, new int[parties], new UInt128[parties], default(ListedOrder), out var wideSum);

        return narrowStatus == wideStatus && narrowSum == wideSum && narrowResult.SequenceEqual(wideResult)
            && narrow.Select(r => (UInt128)r).SequenceEqual(wide);
    }

    [Property(MaxTest = 300)]
    public bool Apportion_TiesInIndexOrder_TakeTheFirstTiedWithoutComparing_AsComparingWouldGive(int seed)
    {
        // Few distinct weights, so many remainders tie at the cut-off; an order that follows the index skips the
        // partition of the tied, and must give what comparing them by index gives.
        var random = new Random(seed);
        var parties = random.Next(1, 300);
        var weights = Enumerable.Range(0, parties).Select(_ => (ulong)random.Next(0, 4)).ToArray();
        var total = random.NextInt64(0, 2_000);

        var skipped = new long[parties];
        var skippedStatus = LargestRemainder.Apportion(total, weights.ToArray().AsSpan(), skipped, new int[parties], new ulong[parties], default(ListedOrder), out _);
        var compared = new long[parties];
        var comparedStatus = LargestRemainder.Apportion(total, weights.ToArray().AsSpan(), compared, new int[parties], new ulong[parties], default(IndexOrderCompared), out _);

        return skippedStatus == comparedStatus && skipped.SequenceEqual(compared);
    }

    [Fact]
    public void Apportion_SixtyFourBitWeightsSummingPast64Bits_AreRefused()
    {
        // Their remainders would not fit: the caller must use UInt128 weights (MemberApportionment does).
        var weights = new[] { ulong.MaxValue, 1UL };
        Assert.Throws<ArgumentException>(() =>
            LargestRemainder.Apportion(3, weights.AsSpan(), new long[2], new int[2], new ulong[2], default(ListedOrder), out _));
    }

    [Fact]
    public void Apportion_NoWeight_LeavesTheTotalToTheCaller()
    {
        var result = new long[2];
        Assert.Equal(ApportionStatus.NoWeight, LargestRemainder.Apportion(10, new UInt128[2], result));
        Assert.Equal([0L, 0L], result);
    }

    [Fact]
    public void Apportion_BeyondOneHundredTwentyEightBits_ReportsOverflow()
    {
        var weights = new[] { UInt128.MaxValue / 2, UInt128.MaxValue / 2 };
        Assert.Equal(ApportionStatus.Overflow, LargestRemainder.Apportion(3, weights, new long[2]));
    }

    [Fact]
    public void Selection_SortedAndReversedInput_StillPicksTheSmallest()
    {
        var ascending = Enumerable.Range(0, 10_000).ToArray();
        var descending = ascending.Reverse().ToArray();

        Selection.PartitionSmallest(ascending.AsSpan(), 100, Comparer<int>.Default);
        Selection.PartitionSmallest(descending.AsSpan(), 100, Comparer<int>.Default);

        Assert.Equal(Enumerable.Range(0, 100), ascending[..100].Order());
        Assert.Equal(Enumerable.Range(0, 100), descending[..100].Order());
    }

    [Fact]
    public void NthLargest_ManyEqualValues_StaysCorrect()
    {
        // 16,666 twos, then 16,667 ones, then 16,667 zeros.
        var values = Enumerable.Range(0, 50_000).Select(i => (UInt128)(i % 3)).ToArray();
        Assert.Equal((UInt128)2, Selection.NthLargest(values.AsSpan(), 16_665));
        Assert.Equal((UInt128)1, Selection.NthLargest(values.AsSpan(), 16_666));
        Assert.Equal((UInt128)1, Selection.NthLargest(values.AsSpan(), 33_332));
        Assert.Equal((UInt128)0, Selection.NthLargest(values.AsSpan(), 33_333));
    }

    [Theory]
    [InlineData("12.50", 1, 125)]
    [InlineData("7", 1, 70)]
    [InlineData("0.001", 3, 1)]
    public void WholeWeights_ScaleExactly(string value, int scale, long whole)
    {
        var number = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(WholeWeights.TryScale(number, scale, out var result));
        Assert.Equal((UInt128)whole, result);
        Assert.Equal(scale == 1 && value == "7" ? 0 : scale, WholeWeights.Scale(number));
    }

    /// <summary>Index order, but without saying so: the tied are partitioned by comparison.</summary>
    private readonly struct IndexOrderCompared : ITieOrder
    {
        public bool FollowsIndex => false;

        public int Compare(int a, int b) => a.CompareTo(b);
    }
}
