using Kopdes.Shu.Money;

namespace Kopdes.Shu.Engine;

/// <summary>The sums over members of each payout step, for the summary and the reconciliation.</summary>
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

    public void Add(Payout payout)
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
