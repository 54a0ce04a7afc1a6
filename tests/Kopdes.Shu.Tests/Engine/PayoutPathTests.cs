using FsCheck;
using FsCheck.Fluent;
using Kopdes.Shu.Engine;
using Kopdes.Shu.Money;
using static Kopdes.Shu.Tests.Support.Build;

namespace Kopdes.Shu.Tests.Engine;

/// <summary>
/// A result computes each member's payout in whole rupiah (longs) when the policy allows it. Every figure must be
/// the one the decimal formula <see cref="Payout.For"/> gives, to the scale: files write the decimal as it is. The
/// whole-rupiah figures a writer may read instead (<c>MemberShare.TryGetWholeRupiah</c>) must write the same text.
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
                var expected = Payout.For(result.Members[i].Amount(0), policy.MinimumPayout, policy.TaxRate, policy.EffectiveCashUnit);
                var actual = result.Members[i].Payout;
                Assert.Equal(Show(expected), Show(actual));

                Assert.Equal(whole, result.Members[i].TryGetWholeRupiah(amounts, out var longs));
                if (whole)
                {
                    Assert.Equal(Show(expected), Show(longs));
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

        Assert.Throws<ArgumentException>(() => member.TryGetWholeRupiah(new long[1], out _));
        Assert.True(member.TryGetWholeRupiah(new long[2], out var payout));
        Assert.Equal(800_000, payout.Net);
    }

    [Fact]
    public void WholeWeight_IsTheWeight_WhenThePoolsWeightsAreWhole_AndRefusedOtherwise()
    {
        // Pool "a" weighs whole rupiah; pool "b" has one weight in sen (and one written 7.00), so it keeps decimals.
        var policy = Policy(1_000_000m, Reserve(20), Pool("a", 40, "w"), Pool("b", 40, "v"));
        var ledger = LedgerOf([Member("M1", ("w", 5m), ("v", 2.50m)), Member("M2", ("w", 3m), ("v", 7.00m))]);
        var result = ShuCalculator.Calculate(policy, ledger).GetResultOrThrow();

        Assert.True(result.Members[1].TryGetWholeWeight(0, out var whole));
        Assert.Equal(3L, whole);
        Assert.False(result.Members[1].TryGetWholeWeight(1, out var none));
        Assert.Equal(0L, none);
        Assert.Equal("7.00", result.Members[1].Weight(1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string Show(WholeRupiahPayout p) =>
        string.Join(' ', new[] { p.Allocated, p.Forfeited, p.Gross, p.Tax, p.Net, p.Cash, p.ToVoluntarySavings }
            .Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static string Show(Payout p) =>
        string.Join(' ', new[] { p.Allocated, p.Forfeited, p.Gross, p.Tax, p.Net, p.Cash, p.ToVoluntarySavings }
            .Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
