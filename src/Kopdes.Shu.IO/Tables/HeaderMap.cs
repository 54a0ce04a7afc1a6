using Kopdes.Shu.Ledger;
using Kopdes.Shu.Validation;

namespace Kopdes.Shu.IO.Tables;

/// <summary>A table's header matched loosely (case, spaces, <c>_</c>, <c>-</c>, English aliases) to canonical column names.</summary>
internal sealed class HeaderMap
{
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);

    public HeaderMap(Table table, List<Issue> issues)
    {
        Names = [.. table.Header.Select(h => ColumnNames.Canonical(h ?? string.Empty))];
        for (var i = 0; i < table.Header.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(table.Header[i]))
            {
                continue;
            }

            if (!_byKey.TryAdd(ColumnNames.Key(table.Header[i]), i))
            {
                issues.Add(FileIssues.DuplicateColumn(Names[i]).At(file: table.File, sheet: table.Sheet, row: 1));
            }
        }
    }

    /// <summary>The canonical name of each header cell, in order.</summary>
    public string[] Names { get; }

    public int IndexOf(string column) => _byKey.TryGetValue(ColumnNames.Key(column), out var index) ? index : -1;

    public IEnumerable<int> Indices => _byKey.Values.Order();
}
