namespace Kopdes.Shu.Policies;

/// <summary>Which savings balance a pool weighs members by.</summary>
public enum SavingsBasis
{
    /// <summary>The balance at the end of the financial year, from the member list (<c>year-end</c>).</summary>
    YearEnd = 0,

    /// <summary>
    /// The sum of the month-end balances over the months given (<c>monthly-average</c>), from the monthly
    /// balances; a month with no row counts 0, so members who joined mid-year weigh less.
    /// </summary>
    MonthlyAverage = 1,
}
