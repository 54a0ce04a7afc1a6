namespace Kopdes.Shu.Money;

/// <summary>
/// A member's <see cref="Payout"/> in whole rupiah: the same numbers without decimal arithmetic, for a result whose
/// figures are all whole rupiah (<see cref="PayoutRule.IsWholeRupiah"/>).
/// </summary>
internal readonly struct WholeRupiahPayout
{
    internal WholeRupiahPayout(long allocated, long forfeited, long tax, long cash)
    {
        Allocated = allocated;
        Forfeited = forfeited;
        Tax = tax;
        Cash = cash;
    }

    /// <summary>The member's amount from all pools.</summary>
    public long Allocated { get; }

    /// <summary>Lost to the minimum payout rule.</summary>
    public long Forfeited { get; }

    /// <summary>Tax withheld.</summary>
    public long Tax { get; }

    /// <summary>The net rounded down to the cash unit.</summary>
    public long Cash { get; }

    /// <summary>The gross SHU paid: allocated less forfeited.</summary>
    public long Gross => Allocated - Forfeited;

    /// <summary>The net SHU: gross less tax.</summary>
    public long Net => Gross - Tax;

    /// <summary>The rest of the net, credited to voluntary savings.</summary>
    public long ToVoluntarySavings => Net - Cash;
}
