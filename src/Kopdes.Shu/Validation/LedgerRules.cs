namespace Kopdes.Shu.Validation;

/// <summary>The row checks of a ledger and of monthly balances, run once when they are built.</summary>
internal static class LedgerRules
{
    public static IReadOnlyList<Issue> Check(
        Ledger.Utf8Column ids,
        DateOnly?[] joined,
        DateOnly?[] exited,
        IReadOnlyList<string> columns,
        Dictionary<string, decimal[]> amounts)
    {
        var issues = new List<Issue>();
        var firstSeen = ids.FirstOccurrences();
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids.IsBlank(i))
            {
                issues.Add(IssueCatalog.EmptyMemberId(i));
            }
            else if (firstSeen[i] >= 0)
            {
                issues.Add(IssueCatalog.DuplicateMemberId(ids[i], i, firstSeen[i]));
            }

            if (joined[i] is { } join && exited[i] is { } exit && exit < join)
            {
                issues.Add(IssueCatalog.ExitBeforeJoin(ids[i], i, join, exit));
            }
        }

        AddNegatives(issues, ids, columns, amounts);
        return SortByPosition(issues);
    }

    public static IReadOnlyList<Issue> CheckBalances(
        string[] memberIds, int[] months, IReadOnlyList<string> columns, Dictionary<string, decimal[]> amounts)
    {
        var issues = new List<Issue>();
        var seen = new HashSet<(string, int)>();
        for (var i = 0; i < memberIds.Length; i++)
        {
            if (months[i] is < 1 or > 12)
            {
                issues.Add(IssueCatalog.BalanceInvalidMonth(memberIds[i], i, months[i]));
            }
            else if (!seen.Add((memberIds[i], months[i])))
            {
                issues.Add(IssueCatalog.BalanceDuplicateMonth(memberIds[i], i, months[i]));
            }
        }

        AddNegatives(issues, memberIds, columns, amounts);
        return SortByPosition(issues);
    }

    private static void AddNegatives(
        List<Issue> issues, IReadOnlyList<string> ids, IReadOnlyList<string> columns, Dictionary<string, decimal[]> amounts)
    {
        foreach (var column in columns)
        {
            var values = amounts[Ledger.ColumnNames.Key(column)];
            for (var i = 0; i < values.Length; i++)
            {
                // The sign bit first (no decimal comparison for the million that are not negative); -0 is not below 0.
                if (decimal.IsNegative(values[i]) && values[i] != 0)
                {
                    issues.Add(IssueCatalog.NegativeAmount(ids[i], i, column, values[i]));
                }
            }
        }
    }

    // Column checks find problems column by column; a treasurer reads them row by row.
    private static List<Issue> SortByPosition(List<Issue> issues)
    {
        var indexed = issues.Select((issue, order) => (issue, order));
        return [.. indexed.OrderBy(x => x.issue.LedgerIndex ?? -1).ThenBy(x => x.order).Select(x => x.issue)];
    }
}
