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
}
