using System.Runtime.CompilerServices;
using Kopdes.Shu.Money;
using Kopdes.Shu.Policies;

namespace Kopdes.Shu.Engine;

/// <summary>The sums over members of each payout step (rules 7-9), for the summary and the reconciliation.</summary>
internal sealed class MemberTotals
{
    public decimal Allocated { get; private set; }

    public decimal Forfeited { get; private set; }

    public decimal Gross { get; private set; }

    public decimal Tax { get; private set; }

    public decimal Net { get; private set; }

    public decimal Cash { get; private set; }

    public decimal ToVoluntarySavings { get; private set; }

    public int Paid { get; private set; }

    /// <summary>
    /// Sums every member's <see cref="Payout"/>, and adds each forfeiting member's pool amounts to
    /// <paramref name="forfeitedUnits"/> (one slot a pool).
    /// </summary>
    public static MemberTotals Compute(ShuPolicy policy, long[] allocated, long[][] poolUnits, long[] forfeitedUnits)
    {
        var totals = new MemberTotals();
        var unit = policy.RoundingUnit;
        var cashUnit = policy.EffectiveCashUnit;
        if (policy.MinimumPayout == 0 && policy.TaxRate == 0 && IsWhole(unit) && IsWhole(cashUnit)
            && policy.TotalShu < long.MaxValue / 2)
        {
            totals.AddWholeRupiah(allocated, (long)unit, (long)cashUnit);
            return totals;
        }

        for (var i = 0; i < allocated.Length; i++)
        {
            var payout = Payout.For(allocated[i] * unit, policy.MinimumPayout, policy.TaxRate, cashUnit);
            totals.Add(payout);
            if (payout.Forfeited > 0)
            {
                for (var p = 0; p < poolUnits.Length; p++)
                {
                    forfeitedUnits[p] += poolUnits[p][i];
                }
            }
        }

        return totals;
    }

    private static bool IsWhole(decimal value) => value == decimal.Truncate(value);

    private void Add(Payout payout)
    {
        Allocated += payout.Allocated;
        Forfeited += payout.Forfeited;
        Gross += payout.Gross;
        Tax += payout.Tax;
        Net += payout.Net;
        Cash += payout.Cash;
        ToVoluntarySavings += payout.ToVoluntarySavings;
        if (payout.Gross > 0)
        {
            Paid++;
        }
    }

    // Payout.For with no minimum and no tax, in whole rupiah: gross = net = allocated, cash = net - net mod c.
    // The same formula in longs; a million decimal divisions are a third of a run otherwise.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddWholeRupiah(long[] allocated, long unit, long cashUnit)
    {
        long gross = 0, cash = 0;
        var paid = 0;
        foreach (var units in allocated)
        {
            var amount = units * unit;
            gross += amount;
            cash += amount - (amount % cashUnit);
            paid += amount > 0 ? 1 : 0;
        }

        Allocated = Gross = Net = gross;
        Cash = cash;
        ToVoluntarySavings = gross - cash;
        Paid = paid;
    }
}
