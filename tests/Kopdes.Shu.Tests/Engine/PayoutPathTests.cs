using FsCheck;
using FsCheck.Fluent;
using Kopdes.Shu.Engine;
using Kopdes.Shu.Money;
using Kopdes.Shu.Results;
using static Kopdes.Shu.Tests.Support.Build;

namespace Kopdes.Shu.Tests.Engine;

/// <summary>
/// A result computes each member's payout in whole rupiah (longs) when the policy allows it. Every figure must be
/// the one the decimal formula of the rules gives, to the scale: files write the decimal as it is. The whole-rupiah
/// figures a writer may read instead (<c>ResultColumns.TryGetWholeRupiah</c>) must write the same text.
/// </summary>
public sealed class PayoutPathTests
{
    [Fact]
    public void EveryMembersPayout_IsTheDecimalFormulas_ValueAndScale()
    {
        var units = Gen.Elements(1m, 5m, 100m, 1000m, 1.00m, 0.01m, 50m);
        var cash = Gen.Elements<decimal?>(null, 1m, 10m, 1000m, 1.0m); // a multiple of the rounding unit
        var tax = Gen.Elements(0m, 0.0m, 10m);
        var minimum = Gen.Elements(0m, 0.00m, 25_000m);
        var shu = Gen.Choose(0, 40_000_000).Select(v => v + 0.37m);
        var weights = Gen.Choose(0, 5_000_000).Select(v => (decimal)v).ArrayOf().Where(w => w.Length > 0);
        var cases = from u in units from c in cash from t in tax from m in minimum from s in shu from w in weights select (u, c, t, m, s, w);

        Prop.ForAll(cases.ToArbitrary(), x =>
        {
            var (unit, cashUnit, taxRate, minimumPayout, total, w) = x;
            var policy = Policy(total, Reserve(20), Pool("p", 80, "w")) with
            {
                RoundingUnit = unit, CashUnit = cashUnit * unit, TaxRate = taxRate, MinimumPayout = minimumPayout,
            };
            var result = ShuCalculator.Calculate(policy, LedgerOf([.. w.Select((v, i) => Member("M" + i, v))])).GetResultOrThrow();

            // Whole rupiah exactly when no figure can have decimals: no tax, no minimum, units written without any.
            var whole = taxRate == 0 && minimumPayout == 0 && unit.Scale == 0 && policy.EffectiveCashUnit.Scale == 0;
            var amounts = new long[1];
            for (var i = 0; i < result.Members.Count; i++)
            {
                var expected = DecimalFormula(result.Members[i].Amount(0), policy.MinimumPayout, policy.TaxRate, policy.EffectiveCashUnit);
                var actual = result.Members[i].Payout;
                Assert.Equal(Show(expected), Show(actual));

                Assert.Equal(whole, ResultColumns.TryGetWholeRupiah(result.Members[i], amounts, out var allocated, out var cash));
                if (whole)
                {
                    Assert.Equal(Show(expected), ShowWhole(allocated, cash));
                    Assert.Equal(result.Members[i].Amount(0).ToString(System.Globalization.CultureInfo.InvariantCulture), amounts[0].ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void WholeRupiah_WithoutRoomForEveryPool_IsRefused()
    {
        var policy = Policy(1_000_000m, Reserve(20), Pool("a", 40, "w"), Pool("b", 40, "w"));
        var member = ShuCalculator.Calculate(policy, LedgerOf([Member("M1", 5m)])).GetResultOrThrow().Members[0];

        Assert.Throws<ArgumentException>(() => ResultColumns.TryGetWholeRupiah(member, new long[1], out _, out _));
        Assert.True(ResultColumns.TryGetWholeRupiah(member, new long[2], out _, out var cash));
        Assert.Equal(800_000, cash);
    }

    [Fact]
    public void WholeWeight_IsTheWeight_WhenThePoolsWeightsAreWhole_AndRefusedOtherwise()
    {
        // Pool "a" weighs whole rupiah; pool "b" has one weight in sen (and one written 7.00), so it keeps decimals.
        var policy = Policy(1_000_000m, Reserve(20), Pool("a", 40, "w"), Pool("b", 40, "v"));
        var ledger = LedgerOf([Member("M1", ("w", 5m), ("v", 2.50m)), Member("M2", ("w", 3m), ("v", 7.00m))]);
        var result = ShuCalculator.Calculate(policy, ledger).GetResultOrThrow();

        Assert.True(ResultColumns.TryGetWholeWeight(result.Members[1], 0, out var whole));
        Assert.Equal(3L, whole);
        Assert.False(ResultColumns.TryGetWholeWeight(result.Members[1], 1, out var none));
        Assert.Equal(0L, none);
        Assert.Equal("7.00", result.Members[1].Weight(1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    // The whole-rupiah path has no tax and no minimum payout: nothing forfeited, the gross and net are the allocation.
    private static string ShowWhole(long allocated, long cash) =>
        string.Join(' ', new[] { allocated, 0, allocated, 0, allocated, cash, allocated - cash }
            .Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("1")]
    [InlineData("1.00")]
    [InlineData("1000")]
    public void Totals_AreTheSumOfTheMembersPayouts_ValueAndScale(string roundingUnit)
    {
        // A unit written 1.00 gives amounts with two decimals: the totals must carry them too, as the members' do,
        // whichever way (longs or decimals) the result computed them.
        var unit = decimal.Parse(roundingUnit, System.Globalization.CultureInfo.InvariantCulture);
        var policy = Policy(1_234_567m, Reserve(20), Pool("p", 80, "w")) with { RoundingUnit = unit, CashUnit = unit };
        var result = ShuCalculator.Calculate(policy, LedgerOf([Member("M1", 3m), Member("M2", 5m), Member("M3", 0m)])).GetResultOrThrow();

        var sum = result.Members.Select(m => m.Payout).Aggregate(
            new Payout(0m, 0m, 0m, 0m),
            (total, p) => new Payout(total.Allocated + p.Allocated, total.Forfeited + p.Forfeited, total.Tax + p.Tax, total.Cash + p.Cash));
        Assert.Equal(Show(sum), Show(result.Totals));
        Assert.Equal(unit.Scale, result.Totals.Gross.Scale);
        Assert.Equal(unit.Scale, result.Totals.Cash.Scale);
    }

    // Rules 7-9 as shu-rules.md states them, written here apart from the engine's PayoutRule.
    private static Payout DecimalFormula(decimal allocated, decimal minimumPayout, decimal taxRate, decimal cashUnit)
    {
        var forfeited = allocated > 0 && allocated < minimumPayout ? allocated : 0m;
        var gross = allocated - forfeited;
        var tax = taxRate == 0 ? 0m : Math.Min(gross, Math.Round(gross * taxRate / 100m, 0, MidpointRounding.AwayFromZero));
        var net = gross - tax;
        return new Payout(allocated, forfeited, tax, net - (net % cashUnit));
    }

    private static string Show(Payout p) =>
        string.Join(' ', new[] { p.Allocated, p.Forfeited, p.Gross, p.Tax, p.Net, p.Cash, p.ToVoluntarySavings }
            .Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
