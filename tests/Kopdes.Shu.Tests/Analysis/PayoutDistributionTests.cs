using Kopdes.Shu.Analysis;

namespace Kopdes.Shu.Tests.Analysis;

public sealed class PayoutDistributionTests
{
    [Theory]
    // Worked by hand from G = 2 * sum(i * x_i) / (n * sum x) - (n + 1) / n over the sorted amounts.
    [InlineData(new[] { 5, 5, 5, 5 }, "0")] // 2*50/80 - 5/4 = 0
    [InlineData(new[] { 0, 0, 0, 1 }, "0.75")] // 2*4/4 - 5/4
    [InlineData(new[] { 4, 1, 3, 2 }, "0.25")] // sorted 1..4: 2*30/40 - 5/4
    [InlineData(new[] { 0, 0, 0, 0 }, "0")] // nothing paid: no concentration to show
    public void Gini_MatchesTheFormulaWorkedByHand(int[] amounts, string expected)
    {
        var distribution = PayoutDistribution.Of(amounts.Select(a => (decimal)a));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), distribution.Gini);
    }

    [Fact]
    public void Quartiles_InterpolateLikeASpreadsheet()
    {
        // QUARTILE.INC / type 7 on 1, 2, 3, 4: positions 0.75, 1.5, 2.25.
        var distribution = PayoutDistribution.Of([4m, 2m, 1m, 3m]);

        Assert.Equal((1.75m, 2.5m, 3.25m), (distribution.LowerQuartile, distribution.Median, distribution.UpperQuartile));
        Assert.Equal((1m, 4m, 10m), (distribution.Minimum, distribution.Maximum, distribution.Total));
    }

    [Fact]
    public void LorenzAndHistogram_CoverEveryone()
    {
        var amounts = Enumerable.Range(0, 1000).Select(i => (decimal)(i % 10 == 0 ? 0 : i)).ToArray();
        var distribution = PayoutDistribution.Of(amounts);

        Assert.Equal((0m, 0m), distribution.Lorenz[0]);
        Assert.Equal((1m, 1m), distribution.Lorenz[^1]);
        Assert.Equal(101, distribution.Lorenz.Count);
        Assert.True(distribution.Lorenz.Zip(distribution.Lorenz.Skip(1)).All(p => p.Second.Members > p.First.Members && p.Second.Shu >= p.First.Shu));
        Assert.True(distribution.Lorenz.All(p => p.Shu <= p.Members), "a Lorenz curve never rises above the line of equality");
        Assert.Equal(900, distribution.Paid);
        Assert.Equal(900, distribution.Histogram.Sum(b => b.Members));
        Assert.Equal(20, distribution.Histogram.Count);
        Assert.True(distribution.Histogram[^1].To >= 999m);
    }

    [Fact]
    public void NegativeAmounts_AreRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PayoutDistribution.Of([1m, -1m]));
}
