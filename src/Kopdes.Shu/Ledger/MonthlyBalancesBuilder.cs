using Kopdes.Shu.Validation;

namespace Kopdes.Shu.Ledger;

/// <summary>Builds <see cref="MonthlyBalances"/> row by row. Not thread-safe.</summary>
/// <example>
/// <code>
/// var balances = new MonthlyBalancesBuilder(["simpanan_wajib"])
///     .Add("A001", 1, [100_000m])
///     .Add("A001", 2, [150_000m])
///     .Build();
/// </code>
/// </example>
/// <param name="columns">The savings columns, in the order <see cref="Add"/> expects the amounts.</param>
public sealed class MonthlyBalancesBuilder(IEnumerable<string> columns)
{
    private readonly AmountColumns _columns = CreateColumns(columns);
    private string[] _memberIds = [];
    private int[] _months = [];

    /// <summary>The number of rows added so far.</summary>
    public int Count { get; private set; }

    /// <summary>Adds the month-end balances of one member for one month (1 = January).</summary>
    public MonthlyBalancesBuilder Add(string memberId, int month, ReadOnlySpan<decimal> amounts)
    {
        ArgumentNullException.ThrowIfNull(memberId);
        if (amounts.Length != _columns.Count)
        {
            throw new ArgumentException(
                $"Expected {_columns.Count} amounts, one for each column, but got {amounts.Length}.", nameof(amounts));
        }

        var row = Count;
        if (row == _memberIds.Length)
        {
            var capacity = Math.Max(16, row * 2);
            Array.Resize(ref _memberIds, capacity);
            Array.Resize(ref _months, capacity);
            _columns.EnsureCapacity(capacity);
        }

        _memberIds[row] = memberId;
        _months[row] = month;
        _columns.SetRow(row, amounts);

        Count = row + 1;
        return this;
    }

    /// <summary>Freezes the rows and checks them; problems go to <see cref="MonthlyBalances.Issues"/>.</summary>
    public MonthlyBalances Build()
    {
        Array.Resize(ref _memberIds, Count);
        Array.Resize(ref _months, Count);
        var amounts = _columns.Freeze(Count);
        var issues = LedgerRules.CheckBalances(_memberIds, _months, _columns.Names, amounts);
        return new MonthlyBalances(_memberIds, _months, [.. _columns.Names], amounts, issues);
    }

    private static AmountColumns CreateColumns(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var columns = new AmountColumns();
        foreach (var name in names)
        {
            columns.GetOrAdd(name);
        }

        return columns;
    }
}
