namespace Kopdes.Shu.Validation;

/// <summary>The row checks of a ledger and of monthly balances, run once when they are built.</summary>
internal static class LedgerRules
{
    public static IReadOnlyList<Issue> Check(
        Ledger.Utf8Column ids,
        bool idsAscending,
        Ledger.Utf8Column names,
        DateOnly?[] joined,
        DateOnly?[] exited,
        IReadOnlyList<string> columns,
        Dictionary<string, Ledger.AmountColumn> amounts,
        Parallelism parallelism)
    {
        parallelism = parallelism.ForChecks;
        var firstSeen = DuplicateIds.FirstOccurrences(ids, idsAscending, parallelism);
        var values = columns.Select(c => amounts[Ledger.ColumnNames.Key(c)]).ToArray();

        // Ranges of members side by side for a large ledger; each range's problems in row order, then by column.
        List<Issue> CheckRange(int from, int to)
        {
            var found = new List<Issue>();
            for (var i = from; i < to; i++)
            {
                if (ids.IsBlank(i))
                {
                    found.Add(IssueCatalog.EmptyMemberId(i));
                }
                else if (firstSeen[i] >= 0)
                {
                    found.Add(IssueCatalog.DuplicateMemberId(ids[i], i, firstSeen[i]));
                }

                if (joined[i] is { } join && exited[i] is { } exit && exit < join)
                {
                    found.Add(IssueCatalog.ExitBeforeJoin(ids[i], i, join, exit));
                }
            }

            for (var c = 0; c < columns.Count; c++)
            {
                AddNegatives(found, ids, columns[c], values[c], from, to);
            }

            return found;
        }

        // A control character in an id or a name is refused: outputs cannot all hold it (a workbook cell drops it), so
        // the result would no longer name the member the ledger does.
        var issues = MemberRanges.Collect(ids.Count, parallelism, CheckRange).SelectMany(found => found).ToList();
        issues.AddRange(ids.WithControlCharacters().Select(i => IssueCatalog.ControlCharacter(ids[i], i, Ledger.ColumnNames.MemberId)));
        issues.AddRange(names.WithControlCharacters().Select(i => IssueCatalog.ControlCharacter(ids[i], i, Ledger.ColumnNames.Name)));
        return SortByPosition(issues);
    }

    public static IReadOnlyList<Issue> CheckBalances(
        string[] memberIds, int[] months, IReadOnlyList<string> columns, Dictionary<string, Ledger.AmountColumn> amounts)
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

        foreach (var column in columns)
        {
            AddNegatives(issues, memberIds, column, amounts[Ledger.ColumnNames.Key(column)], 0, memberIds.Length);
        }

        return SortByPosition(issues);
    }

    private static void AddNegatives(List<Issue> issues, IReadOnlyList<string> ids, string column, Ledger.AmountColumn values, int from, int to)
    {
        if (values.Whole is { } whole)
        {
            for (var i = from; i < to; i++)
            {
                if (whole[i] < 0)
                {
                    issues.Add(IssueCatalog.NegativeAmount(ids[i], i, column, whole[i]));
                }
            }

            return;
        }

        var exact = values.Exact!;
        for (var i = from; i < to; i++)
        {
            // The sign bit first (no decimal comparison for the million that are not negative); -0 is not below 0.
            if (decimal.IsNegative(exact[i]) && exact[i] != 0)
            {
                issues.Add(IssueCatalog.NegativeAmount(ids[i], i, column, exact[i]));
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
