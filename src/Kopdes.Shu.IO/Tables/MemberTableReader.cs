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
    /// <param name="table">The members table.</param>
    /// <param name="policyColumns">The columns the policy's pools name (amount columns besides <c>simpanan*</c> and <c>transaksi*</c>).</param>
    /// <param name="issues">Receives every problem.</param>
    /// <param name="nationalIds">Receives each member's NIK when the table has a <c>nik</c> column (left empty otherwise).</param>
    public static (MemberLedger? Ledger, int[] Rows) Read(Table table, IEnumerable<string> policyColumns, List<Issue> issues, List<string?>? nationalIds = null)
    {
        if (table.Header.Count == 0)
        {
            issues.Add(IssueCatalog.Empty(table.File) with { Sheet = table.Sheet });
            return (null, []);
        }

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
        var nikColumn = nationalIds is null ? -1 : header.IndexOf(ColumnNames.NationalId);

        // Rows are parsed independently (on every core for a CSV file) and added to the ledger in file order,
        // so the ledger and the order of the problems do not depend on the threads.
        MemberRow? Parse(IRow row)
        {
            if (row.IsBlank())
            {
                return null;
            }

            List<Issue>? problems = null;
            void Problem(Issue issue) => (problems ??= []).Add(issue with { File = table.File, Sheet = table.Sheet, Row = row.Number });
            var id = row.Text(idColumn) ?? string.Empty;
            var memberId = id.Length == 0 ? null : id;
            if (row.FieldCount is { } fields && fields != table.Header.Count)
            {
                Problem(IssueCatalog.FieldCount(memberId, fields, table.Header.Count));
            }

            if (!MemberStatuses.TryParse(row.Text(statusColumn), out var status))
            {
                Problem(IssueCatalog.UnknownStatus(memberId, row.Cell(statusColumn).Display));
            }

            if (!row.TryDate(joinedColumn, out var joined))
            {
                Problem(IssueCatalog.InvalidDate(memberId, ColumnNames.Joined, row.Cell(joinedColumn).Display));
            }

            if (!row.TryDate(exitedColumn, out var exited))
            {
                Problem(IssueCatalog.InvalidDate(memberId, ColumnNames.Exited, row.Cell(exitedColumn).Display));
            }

            var amounts = new decimal[amountColumns.Length];
            for (var a = 0; a < amountColumns.Length; a++)
            {
                if (!row.TryAmount(amountColumns[a], table.Culture, out amounts[a]))
                {
                    Problem(IssueCatalog.NotANumber(memberId, header.Names[amountColumns[a]], row.Cell(amountColumns[a]).Display));
                    amounts[a] = 0m;
                }
            }

            return new MemberRow(row.Number, id, row.Text(nameColumn), status, joined, exited, amounts, problems, nikColumn < 0 ? null : row.Text(nikColumn));
        }

        var builder = new MemberLedgerBuilder(amountColumns.Select(i => header.Names[i]));
        var rows = new List<int>();
        foreach (var member in table.Rows.Select(Parse))
        {
            if (member is null)
            {
                continue;
            }

            issues.AddRange(member.Problems ?? []);
            builder.Add(member.Id, member.Name, member.Status, member.Joined, member.Exited, member.Amounts);
            rows.Add(member.Number);
            if (nikColumn >= 0)
            {
                nationalIds!.Add(member.NationalId);
            }
        }

        if (rows.Count == 0)
        {
            issues.Add(IssueCatalog.NoMembers(table.File) with { Sheet = table.Sheet });
        }

        if (table.Rows is CellRows { MergedRanges: var merged })
        {
            issues.AddRange(merged.Select(m => IssueCatalog.MergedCells(table.File, table.Sheet ?? string.Empty, m.Range, m.Row)));
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

    internal static bool IsAmountColumn(string name, IReadOnlySet<string> policyKeys) =>
        ColumnNames.IsSavings(name) || ColumnNames.IsTransactions(name) || policyKeys.Contains(ColumnNames.Key(name));

    private sealed record MemberRow(
        int Number, string Id, string? Name, MemberStatus Status, DateOnly? Joined, DateOnly? Exited, decimal[] Amounts, List<Issue>? Problems, string? NationalId);
}
