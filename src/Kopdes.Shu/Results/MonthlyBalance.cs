namespace Kopdes.Shu.Results;

/// <summary>A member's month-end balance of a pool's savings columns, summed: one part of a monthly-average weight.</summary>
public sealed class MonthlyBalance
{
    internal MonthlyBalance(int month, decimal balance) => (Month, Balance) = (month, balance);

    /// <summary>The month, 1 to 12.</summary>
    public int Month { get; }

    /// <summary>The balance at the end of the month.</summary>
    public decimal Balance { get; }
}
