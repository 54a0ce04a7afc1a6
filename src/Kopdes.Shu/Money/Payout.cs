namespace Kopdes.Shu.Money;

/// <summary>
/// Steps 7-9 of the rules for one member: minimum payout, tax, cash rounding. One formula, used by the
/// engine's totals and by each member's view, so the two cannot drift apart.
/// </summary>
internal readonly record struct Payout(decimal Allocated, decimal Forfeited, decimal Tax, decimal Cash)
{
    public decimal Gross => Allocated - Forfeited;

    public decimal Net => Gross - Tax;

    public decimal ToVoluntarySavings => Net - Cash;

    /// <param name="allocated">The member's amount from all pools, in rupiah.</param>
    /// <param name="minimumPayout">Totals above 0 but below this are forfeited (0: off).</param>
    /// <param name="taxRate">In percent; the tax is rounded half-up to the rupiah, never above the gross.</param>
    /// <param name="cashUnit">The net is paid in whole cash units; the rest goes to voluntary savings.</param>
    public static Payout For(decimal allocated, decimal minimumPayout, decimal taxRate, decimal cashUnit)
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
