using Kopdes.Shu.Analysis;
using Kopdes.Shu.Engine;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;
using Kopdes.Shu.Results;

namespace Kopdes.Shu.Tests.Analysis;

/// <summary>Each year-over-year rule, on its own, on both sides of its threshold, and the figures it names.</summary>
public sealed class YearOverYearTests
{
    // SHU 1,000: reserve 400, purchases 600 to members A1 (400), A2-A4 (100 each), A5 (600).
    private static readonly ShuResult Now = ShuCalculator.Calculate(
        new ShuPolicy { Shu = 1_000m, Funds = [new FundPolicy("cadangan", 40) { Reserve = true }, new FundPolicy("jasa_usaha", 60) { Basis = ["transaksi"] }] },
        MemberLedger.From([.. new[] { ("A1", 400m), ("A2", 100m), ("A3", 100m), ("A4", 100m), ("A5", 600m) }
            .Select(m => new Member(m.Item1) { Amounts = new Dictionary<string, decimal> { ["transaksi"] = m.Item2 } })])).GetResultOrThrow();

    private static readonly System.Globalization.CultureInfo Invariant = System.Globalization.CultureInfo.InvariantCulture;

    private static readonly Dictionary<string, decimal> Gross = Now.Members.ToDictionary(m => m.Id, m => m.Payout.Gross);

    // The median of the payouts, computed here: five members paid, the third smallest.
    private static readonly decimal Median = Gross.Values.Order().ElementAt(2);

    [Fact]
    public void ASameYear_FlagsNothing()
    {
        Assert.Empty(YearOverYear.Run(Now, Last(Gross, 1_000m, 400m)));
    }

    [Fact]
    public void AMemberWhoseShuGrewMoreThanThreeTimesTheCooperatives_IsFlagged_NamingBothFigures()
    {
        // A1 had about a quarter of this year's SHU: x4 while all members' SHU grew x(600 / (600 - 3/4 A1)), about x1.3.
        var then = decimal.Floor(Gross["A1"] / 4);
        var flags = YearOverYear.Run(Now, Last(Gross.With("A1", then), 1_000m, 400m));

        var flag = Assert.Single(flags);
        Assert.Equal(AuditCodes.ShuRoseFarAboveCooperative, flag.Code);
        Assert.Equal([Now.Ledger.IndexOf("A1")], flag.Members);
        var times = decimal.Round(Gross["A1"] / then, 2).ToString("0.##", Invariant);
        Assert.Contains(string.Create(Invariant, $"from Rp{then:N0} to Rp{Gross["A1"]:N0} (x{times})"), flag.Reason(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void AMemberWhoseShuGrewOnlyThreeTimesTheCooperatives_OrByLessThanTheMedian_IsNotFlagged()
    {
        // x3 against the cooperative's growth of more than 1: not above three times it.
        Assert.Empty(YearOverYear.Run(Now, Last(Gross.With("A1", Gross["A1"] / 3), 1_000m, 400m)));

        // A2 x4 (more than three times the growth) but by less than the median payout: too small to be leakage.
        Assert.True(Gross["A2"] * 3 / 4 < Median);
        Assert.Empty(YearOverYear.Run(Now, Last(Gross.With("A2", Gross["A2"] / 4), 1_000m, 400m)));
    }

    [Fact]
    public void ANewMemberPaidThreeTimesTheMedian_IsFlagged_ASmallerNewOneIsNot()
    {
        Assert.True(Gross["A5"] >= 3 * Median && Gross["A2"] < 3 * Median);

        var flags = YearOverYear.Run(Now, Last(Gross.Without("A5").Without("A2"), 1_000m, 400m));

        var flag = Assert.Single(flags);
        Assert.Equal(AuditCodes.NewMemberLargePayout, flag.Code);
        Assert.Contains(string.Create(Invariant, $"Member A5 was not in last year's list but receives SHU Rp{Gross["A5"]:N0}"), flag.Reason(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void AMemberWithSavingsGoneFromTheList_IsFlagged_OneWithoutSavingsIsNot()
    {
        var savings = new Dictionary<string, decimal> { ["X9"] = 500_000m, ["X8"] = 0m };

        var flags = YearOverYear.Run(Now, new LastYearResult(Gross, savings, 1_000m, 400m));

        var flag = Assert.Single(flags);
        Assert.Equal(AuditCodes.VanishedWithSavings, flag.Code);
        Assert.Empty(flag.Members);
        Assert.Contains("Member X9 held savings of Rp500,000 last year", flag.Reason(Language.English), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(900, 450, true)] // SHU up, reserve down: against each other
    [InlineData(900, 400, false)] // reserve the same
    [InlineData(1_000, 450, false)] // SHU the same
    [InlineData(1_100, 450, false)] // both down
    public void AnShuUpWhileTheReserveFell_IsFlagged(int lastShu, int lastReserve, bool flagged)
    {
        var flags = YearOverYear.Run(Now, Last(Gross, lastShu, lastReserve));

        Assert.Equal(flagged, flags.Any(f => f.Code == AuditCodes.TotalsMovedAgainstLastYear));
        if (flagged)
        {
            Assert.Contains(string.Create(Invariant, $"The SHU rose from Rp{lastShu:N0} to Rp1,000 but the reserve fell from Rp{lastReserve:N0} to Rp400."), flags.Single().Reason(Language.English), StringComparison.Ordinal);
        }
    }

    private static LastYearResult Last(IReadOnlyDictionary<string, decimal> shu, decimal shuTotal, decimal reserve) =>
        new(shu, new Dictionary<string, decimal>(), shuTotal, reserve);
}

internal static class DictionaryEdits
{
    public static Dictionary<string, decimal> With(this IReadOnlyDictionary<string, decimal> source, string key, decimal value) =>
        new(source.Select(p => p.Key == key ? new KeyValuePair<string, decimal>(key, value) : p));

    public static Dictionary<string, decimal> Without(this IReadOnlyDictionary<string, decimal> source, string key) =>
        new(source.Where(p => p.Key != key));
}
