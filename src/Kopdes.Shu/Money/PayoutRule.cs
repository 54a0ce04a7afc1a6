using System.Runtime.CompilerServices;
using Kopdes.Shu.Policies;

namespace Kopdes.Shu.Money;

/// <summary>
/// Steps 7-9 of the rules (minimum payout, tax, cash rounding) for every member of one result: the one place they
/// are computed. Decided once, when the result is made: whether every figure is whole rupiah written without
/// decimals, so that it can be computed in longs and give the very numbers, scale included, the decimal formula
/// gives. Immutable, so a result read from several threads needs no care.
/// </summary>
internal sealed class PayoutRule
{
    // A unit, and every member's amount in rupiah, well inside a long (a million members' sum included).
    private const long LargestUnit = 1_000_000_000_000;
    private const long LargestAmount = 1_000_000_000_000_000_000;

    public PayoutRule(ShuPolicy policy, decimal roundingUnit, long wholeUnits)
    {
        RoundingUnit = roundingUnit;
        CashUnit = policy.EffectiveCashUnit;
        MinimumPayout = policy.MinimumPayout;
        TaxRate = policy.TaxRate;

        // Whole rupiah when no figure can have decimals: no minimum payout and no tax (they compare and round
        // decimals), and both units whole numbers written without decimals (1.00 would give 150000.00, not 150000).
        if (MinimumPayout == 0 && TaxRate == 0 && RoundingUnit.Scale == 0 && CashUnit.Scale == 0
            && RoundingUnit is > 0 and < LargestUnit && CashUnit is > 0 and < LargestUnit && wholeUnits <= LargestAmount / RoundingUnit)
        {
            WholeUnit = (long)RoundingUnit;
            WholeCashUnit = (long)CashUnit;
        }
    }

    public decimal RoundingUnit { get; }

    public decimal CashUnit { get; }

    public decimal MinimumPayout { get; }

    public decimal TaxRate { get; }

    /// <summary>True when every payout is whole rupiah without decimals: <see cref="WholeAmount"/> and <see cref="WholeCash"/> may be used.</summary>
    public bool IsWholeRupiah => WholeUnit > 0;

    private long WholeUnit { get; }

    private long WholeCashUnit { get; }

    /// <summary>The payout of a member allocated <paramref name="units"/> rounding units, as decimals.</summary>
    public Payout For(long units)
    {
        if (IsWholeRupiah)
        {
            var whole = WholeAmount(units);
            return new Payout(whole, 0, 0, WholeCash(whole));
        }

        var allocated = units * RoundingUnit;
        var forfeited = allocated > 0 && allocated < MinimumPayout ? allocated : 0m;
        var gross = allocated - forfeited;
        var tax = TaxRate == 0
            ? 0m
            : Math.Min(gross, Math.Round(gross * TaxRate / 100m, 0, MidpointRounding.AwayFromZero));
        var net = gross - tax;
        return new Payout(allocated, forfeited, tax, net - (net % CashUnit));
    }

    /// <summary>An amount of <paramref name="units"/> rounding units in whole rupiah, for a rule that <see cref="IsWholeRupiah"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long WholeAmount(long units) => units * WholeUnit;

    /// <summary>
    /// The cash paid on a member's <paramref name="allocated"/> whole rupiah, for a rule that <see cref="IsWholeRupiah"/>:
    /// with no minimum and no tax the gross and net are the amount itself, paid in whole cash units, the rest
    /// credited to savings.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long WholeCash(long allocated) => allocated - (allocated % WholeCashUnit);
}
