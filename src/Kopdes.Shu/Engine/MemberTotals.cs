using Kopdes.Shu.Money;

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
    /// Sums every member's payout by <paramref name="rule"/>, and adds each forfeiting member's pool amounts to
    /// <paramref name="forfeitedUnits"/> (one slot a pool).
    /// </summary>
    public static MemberTotals Compute(PayoutRule rule, long[] allocated, long[][] poolUnits, long[] forfeitedUnits)
    {
        var totals = new MemberTotals();
        if (rule.IsWholeRupiah)
        {
            // Whole rupiah: the rule's payouts summed as longs; a million decimal divisions are a third of a run otherwise.
            long sum = 0, cash = 0;
            var paid = 0;
            foreach (var units in allocated)
            {
                var amount = rule.WholeAmount(units);
                sum += amount;
                cash += rule.WholeCash(amount);
                paid += amount > 0 ? 1 : 0;
            }

            totals.Allocated = totals.Gross = totals.Net = sum;
            totals.Cash = cash;
            totals.ToVoluntarySavings = sum - cash;
            totals.Paid = paid;
            return totals;
        }

        for (var i = 0; i < allocated.Length; i++)
        {
            var payout = rule.For(allocated[i]);
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

    /// <summary>The sums over the given rows only (the capital partners: a few rows, one payout each).</summary>
    public static MemberTotals Of(PayoutRule rule, long[] allocated, int[] rows)
    {
        var totals = new MemberTotals();
        foreach (var row in rows)
        {
            totals.Add(rule.For(allocated[row]));
        }

        return totals;
    }

    /// <summary>The sums as one payout.</summary>
    public Payout ToPayout() => new(Allocated, Forfeited, Tax, Cash);

    /// <summary>These sums less those of some of the same rows: the members' when <paramref name="rows"/> are the partners'.</summary>
    public (Payout Sums, int Paid) Without(MemberTotals rows) =>
        (new Payout(Allocated - rows.Allocated, Forfeited - rows.Forfeited, Tax - rows.Tax, Cash - rows.Cash), Paid - rows.Paid);

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
}
