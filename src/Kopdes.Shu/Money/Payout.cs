namespace Kopdes.Shu.Money;

/// <summary>
/// Steps 7-9 of the rules for one member: what the pools gave, what the minimum payout took, the tax withheld and
/// the cash paid; the gross, net and credit to voluntary savings follow from them.
/// </summary>
public readonly struct Payout
{
    internal Payout(decimal allocated, decimal forfeited, decimal tax, decimal cash)
    {
        Allocated = allocated;
        Forfeited = forfeited;
        Tax = tax;
        Cash = cash;
    }

    /// <summary>The member's amount from all pools.</summary>
    public decimal Allocated { get; }

    /// <summary>Lost to the minimum payout rule (all of <see cref="Allocated"/>, or 0).</summary>
    public decimal Forfeited { get; }

    /// <summary>Tax withheld, rounded half-up to the rupiah.</summary>
    public decimal Tax { get; }

    /// <summary>The net rounded down to the cash unit.</summary>
    public decimal Cash { get; }

    /// <summary>The gross SHU paid: allocated less forfeited.</summary>
    public decimal Gross => Allocated - Forfeited;

    /// <summary>The net SHU: gross less tax.</summary>
    public decimal Net => Gross - Tax;

    /// <summary>The rest of the net, credited to voluntary savings.</summary>
    public decimal ToVoluntarySavings => Net - Cash;

    /// <inheritdoc />
    public override string ToString() => $"gross {Gross}, tax {Tax}, net {Net}, cash {Cash}";
}
