using FsCheck;
using FsCheck.Fluent;
using Kopdes.Shu.Engine;
using Kopdes.Shu.Money;
using static Kopdes.Shu.Tests.Support.Build;

namespace Kopdes.Shu.Tests.Engine;

/// <summary>
/// A result computes each member's payout in whole rupiah (longs) when the policy allows it. Every figure must be
/// the one the decimal formula <see cref="Payout.For"/> gives, to the scale: files write the decimal as it is.
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
            for (var i = 0; i < result.Members.Count; i++)
            {
                var expected = Payout.For(result.Members[i].Amount(0), policy.MinimumPayout, policy.TaxRate, policy.EffectiveCashUnit);
                var actual = result.Members[i].Payout;
                Assert.Equal(Show(expected), Show(actual));
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    private static string Show(Payout p) =>
        string.Join(' ', new[] { p.Allocated, p.Forfeited, p.Gross, p.Tax, p.Net, p.Cash, p.ToVoluntarySavings }
            .Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
