namespace Kopdes.Shu.Money;

/// <summary>
/// Steps 7-9 of the rules for one member: minimum payout, tax, cash rounding. One formula, used by the
/// engine's totals and by each member's view, so the two cannot drift apart.
/// </summary>
/// <param name="Allocated">The member's amount from all pools.</param>
/// <param name="Forfeited">Lost to the minimum payout rule (all of <paramref name="Allocated"/>, or 0).</param>
/// <param name="Tax">Tax withheld, rounded half-up to the rupiah.</param>
/// <param name="Cash">The net rounded down to the cash unit.</param>
public readonly record struct Payout(decimal Allocated, decimal Forfeited, decimal Tax, decimal Cash)
{
    /// <summary>The gross SHU paid: allocated less forfeited.</summary>
    public decimal Gross => Allocated - Forfeited;

    /// <summary>The net SHU: gross less tax.</summary>
    public decimal Net => Gross - Tax;

    /// <summary>The rest of the net, credited to voluntary savings.</summary>
    public decimal ToVoluntarySavings => Net - Cash;

    /// <param name="allocated">The member's amount from all pools, in rupiah.</param>
    /// <param name="minimumPayout">Totals above 0 but below this are forfeited (0: off).</param>
    /// <param name="taxRate">In percent; the tax is rounded half-up to the rupiah, never above the gross.</param>
    /// <param name="cashUnit">The net is paid in whole cash units; the rest goes to voluntary savings.</param>
    internal static Payout For(decimal allocated, decimal minimumPayout, decimal taxRate, decimal cashUnit)
    {
        var forfeited = allocated > 0 && allocated < minimumPayout ? allocated : 0m;
        var gross = allocated - forfeited;
        var tax = taxRate == 0
            ? 0m
            : Math.Min(gross, Math.Round(gross * taxRate / 100m, 0, MidpointRounding.AwayFromZero));
        var net = gross - tax;
        return new Payout(allocated, forfeited, tax, net - (net % cashUnit));
    }
}
