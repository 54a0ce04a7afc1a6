using Kopdes.Shu.Ledger;
using Kopdes.Shu.Validation;

namespace Kopdes.Shu.IO.Tables;

/// <summary>
/// Turns the members table into a <see cref="MemberLedger"/>, collecting every cell problem with its file,
/// sheet, row, column and member. Amount columns are those named <c>simpanan*</c> or <c>transaksi*</c> and
/// any the policy's pools name; other columns (address, phone) are ignored.
/// </summary>
internal static class MemberTableReader
{
    /// <summary>The ledger (even when rows have problems, so the policy can still be checked against it) and each member's row.</summary>
    public static (MemberLedger? Ledger, int[] Rows) Read(Table table, IEnumerable<string> policyColumns, List<Issue> issues)
    {
        var header = new HeaderMap(table, issues);
        var idColumn = header.IndexOf(ColumnNames.MemberId);
        if (idColumn < 0)
        {
            issues.Add(IssueCatalog.MissingColumn(ColumnNames.MemberId) with { File = table.File, Sheet = table.Sheet, Row = 1 });
            return (null, []);
        }

        var wanted = new HashSet<string>(policyColumns.Select(ColumnNames.Key), StringComparer.Ordinal);
        var amountColumns = header.Indices
            .Where(i => IsAmountColumn(header.Names[i], wanted))
            .ToArray();
        var nameColumn = header.IndexOf(ColumnNames.Name);
        var statusColumn = header.IndexOf(ColumnNames.Status);
        var joinedColumn = header.IndexOf(ColumnNames.Joined);
        var exitedColumn = header.IndexOf(ColumnNames.Exited);

        var builder = new MemberLedgerBuilder(amountColumns.Select(i => header.Names[i]));
        var rows = new List<int>();
        var amounts = new decimal[amountColumns.Length];
        foreach (var (row, cells) in table.Rows)
        {
            if (IsBlank(cells))
            {
                continue;
            }

            Issue Located(Issue issue) => issue with { File = table.File, Sheet = table.Sheet, Row = row };
            var id = At(cells, idColumn).AsText() ?? string.Empty;
            var memberId = id.Length == 0 ? null : id;
            if (!MemberStatuses.TryParse(At(cells, statusColumn).AsText(), out var status))
            {
                issues.Add(Located(IssueCatalog.UnknownStatus(memberId, At(cells, statusColumn).Display)));
            }

            if (!At(cells, joinedColumn).TryDate(out var joined))
            {
                issues.Add(Located(IssueCatalog.InvalidDate(memberId, ColumnNames.Joined, At(cells, joinedColumn).Display)));
            }

            if (!At(cells, exitedColumn).TryDate(out var exited))
            {
                issues.Add(Located(IssueCatalog.InvalidDate(memberId, ColumnNames.Exited, At(cells, exitedColumn).Display)));
            }

            for (var a = 0; a < amountColumns.Length; a++)
            {
                var cell = At(cells, amountColumns[a]);
                if (!cell.TryAmount(table.Culture, out amounts[a]))
                {
                    issues.Add(Located(IssueCatalog.NotANumber(memberId, header.Names[amountColumns[a]], cell.Display)));
                    amounts[a] = 0m;
                }
            }

            builder.Add(id, At(cells, nameColumn).AsText(), status, joined, exited, amounts);
            rows.Add(row);
        }

        var ledger = builder.Build();
        var rowNumbers = rows.ToArray();
        issues.AddRange(ledger.Issues.Select(issue => Locate(issue, table, rowNumbers)));
        return (ledger, rowNumbers);
    }

    /// <summary>Adds the file, sheet and row to an issue that names a ledger position.</summary>
    public static Issue Locate(Issue issue, Table table, int[] rows) =>
        issue with
        {
            File = issue.File ?? table.File,
            Sheet = issue.Sheet ?? table.Sheet,
            Row = issue.Row ?? (issue.LedgerIndex is { } index && index < rows.Length ? rows[index] : null),
        };

    internal static bool IsAmountColumn(string name, IReadOnlySet<string> policyKeys)
    {
        var key = ColumnNames.Key(name);
        return key.StartsWith("simpanan", StringComparison.Ordinal)
            || key.StartsWith(ColumnNames.Transactions, StringComparison.Ordinal)
            || policyKeys.Contains(key);
    }

    internal static Cell At(Cell[] cells, int column) => column >= 0 && column < cells.Length ? cells[column] : Cell.Empty;

    internal static bool IsBlank(Cell[] cells)
    {
        foreach (var cell in cells)
        {
            if (!cell.IsEmpty)
            {
                return false;
            }
        }

        return true;
    }
}
