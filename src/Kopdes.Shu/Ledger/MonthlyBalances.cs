using Kopdes.Shu.Validation;

namespace Kopdes.Shu.Ledger;

/// <summary>
/// Month-end savings balances (the <c>Saldo</c> sheet): one row a member and month, amounts by savings
/// column. A month with no row counts 0. Used by pools whose savings are the monthly average.
/// Build with <see cref="MonthlyBalancesBuilder"/>; row problems are in <see cref="Issues"/>.
/// </summary>
public sealed class MonthlyBalances
{
    private readonly Dictionary<string, AmountColumn> _amounts;

    internal MonthlyBalances(
        string[] memberIds, int[] months, string[] columns, Dictionary<string, AmountColumn> amounts, IReadOnlyList<Issue> issues)
    {
        MemberIds = memberIds;
        Months = months;
        Columns = columns;
        _amounts = amounts;
        Issues = issues;
    }

    /// <summary>The number of rows.</summary>
    public int Count => MemberIds.Length;

    /// <summary>The savings columns, by their canonical names.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The problems found in the rows: months outside 1-12, duplicate months, negative balances.</summary>
    public IReadOnlyList<Issue> Issues { get; }

    internal string[] MemberIds { get; }

    internal int[] Months { get; }

    /// <summary>True when the balances have the column (matched loosely).</summary>
    internal bool HasColumn(string column) => _amounts.ContainsKey(ColumnNames.Key(column));

    internal AmountColumn? Column(string column) => _amounts.GetValueOrDefault(ColumnNames.Key(column));
}
