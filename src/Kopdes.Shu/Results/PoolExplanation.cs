namespace Kopdes.Shu.Results;

/// <summary>
/// One member's share of one pool (or one unit of a per-unit pool), with the numbers of the formula:
/// <see cref="Weight"/> / <see cref="TotalWeight"/> x <see cref="PoolAmount"/> = quota; the member gets the
/// quota rounded down, plus one rounding unit when its fraction was among the largest.
/// </summary>
public sealed class PoolExplanation
{
    internal PoolExplanation()
    {
    }

    internal PoolExplanation WithMonths(IReadOnlyList<(int Month, decimal Balance)> months) => new()
    {
        PoolCode = PoolCode, PoolName = PoolName, UnitCode = UnitCode, Weight = Weight, TotalWeight = TotalWeight, PoolAmount = PoolAmount,
        QuotaFloor = QuotaFloor, QuotaFraction = QuotaFraction, FractionIsExact = FractionIsExact, ExtraUnit = ExtraUnit, Amount = Amount, Months = months,
    };

    /// <summary>The pool's code.</summary>
    public string PoolCode { get; internal init; } = string.Empty;

    /// <summary>The pool's name.</summary>
    public string PoolName { get; internal init; } = string.Empty;

    /// <summary>The business unit, for a per-unit pool; otherwise null.</summary>
    public string? UnitCode { get; internal init; }

    /// <summary>The member's weight (0 when not eligible).</summary>
    public decimal Weight { get; internal init; }

    /// <summary>The eligible members' total weight.</summary>
    public decimal TotalWeight { get; internal init; }

    /// <summary>The amount apportioned.</summary>
    public decimal PoolAmount { get; internal init; }

    /// <summary>The quota rounded down to the rounding unit.</summary>
    public decimal QuotaFloor { get; internal init; }

    /// <summary>The quota's fraction of a rounding unit, to 6 places, rounded down (exact when <see cref="FractionIsExact"/>).</summary>
    public decimal QuotaFraction { get; internal init; }

    /// <summary>True when <see cref="QuotaFraction"/> is the whole fraction, not a truncation.</summary>
    public bool FractionIsExact { get; internal init; }

    /// <summary>True when the member got one leftover rounding unit for a large fraction.</summary>
    public bool ExtraUnit { get; internal init; }

    /// <summary>The member's amount from this pool (or unit).</summary>
    public decimal Amount { get; internal init; }

    /// <summary>
    /// For a pool weighed by monthly balances: the month-end balances the weight sums, month by month (a month
    /// without a row counts 0 and is not listed). Empty for a pool weighed at the year end.
    /// </summary>
    public IReadOnlyList<(int Month, decimal Balance)> Months { get; internal init; } = [];
}
