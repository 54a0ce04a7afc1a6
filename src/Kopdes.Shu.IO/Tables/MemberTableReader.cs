using System.Runtime.CompilerServices;
using System.Text;
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
    /// <param name="cancellationToken">Looked at every few thousand rows.</param>
    public static (MemberLedger? Ledger, int[] Rows) Read(
        Table table, IEnumerable<string> policyColumns, List<Issue> issues, List<string?>? nationalIds = null, CancellationToken cancellationToken = default)
    {
        if (table.Header.Count == 0)
        {
            issues.Add(FileIssues.Empty(table.File).At(sheet: table.Sheet));
            return (null, []);
        }

        var header = new HeaderMap(table, issues);
        var idColumn = header.IndexOf(ColumnNames.MemberId);
        if (idColumn < 0)
        {
            issues.Add(FileIssues.MissingColumn(ColumnNames.MemberId).At(file: table.File, sheet: table.Sheet, row: 1));
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

        // Each row goes straight into the ledger's columns: id and name as the file's UTF-8 bytes, amounts into one
        // reused buffer. A string is made only for a row with a problem, to name its member. A large CSV file is
        // read in two halves side by side, each into a ledger builder of its own, joined in file order after.
        var columns = amountColumns.Select(i => header.Names[i]).ToArray();
        // Only a sheet's cells can hold an error value (#N/A, a damaged cell) where a text belongs.
        (int Column, string Header)[] textColumns = table.Sheet is null ? []
            : [.. new[] { (idColumn, ColumnNames.MemberId), (nameColumn, ColumnNames.Name), (statusColumn, ColumnNames.Status) }.Where(c => c.Item1 >= 0)];
        Part Read(IEnumerable<IRow> rows, int capacity)
        {
            var part = new Part(new MemberLedgerBuilder(columns).EnsureCapacity(capacity), new List<int>(capacity), [], nikColumn >= 0 ? [] : null);
            var amounts = new decimal[amountColumns.Length];
            var wholeAmounts = new long[amountColumns.Length];
            byte[]? idScratch = null, nameScratch = null, statusScratch = null;
            var read = 0;
            foreach (var row in rows)
            {
                if ((++read & 4095) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (row.IsBlank())
                {
                    continue;
                }

                var id = row.Utf8Text(idColumn, ref idScratch);
                void Problem(Issue issue) => part.Issues.Add(issue.At(file: table.File, sheet: table.Sheet, row: row.Number));
                if (row.FieldCount is { } fields && fields != table.Header.Count)
                {
                    Problem(FileIssues.FieldCount(MemberId(id), fields, table.Header.Count));
                }

                foreach (var (column, columnName) in textColumns)
                {
                    if (row.IsError(column))
                    {
                        Problem(FileIssues.Text(row.Cell(column), columnName, column == idColumn ? null : MemberId(id)));
                    }
                }

                if (!TryStatus(row.Utf8Text(statusColumn, ref statusScratch), out var status))
                {
                    Problem(FileIssues.UnknownStatus(MemberId(id), row.Cell(statusColumn).Display));
                }

                if (!row.TryDate(joinedColumn, out var joined))
                {
                    Problem(FileIssues.InvalidDate(MemberId(id), ColumnNames.Joined, row.Cell(joinedColumn).Display));
                }

                if (!row.TryDate(exitedColumn, out var exited))
                {
                    Problem(FileIssues.InvalidDate(MemberId(id), ColumnNames.Exited, row.Cell(exitedColumn).Display));
                }

                // Whole rupiah as longs while the row has them; from the first other amount on, the row goes as decimals.
                var allWhole = true;
                for (var a = 0; a < amountColumns.Length; a++)
                {
                    if (allWhole && row.TryWholeAmount(amountColumns[a], out wholeAmounts[a]))
                    {
                        continue;
                    }

                    if (allWhole)
                    {
                        allWhole = false;
                        for (var w = 0; w < a; w++)
                        {
                            amounts[w] = wholeAmounts[w];
                        }
                    }

                    if (!row.TryAmount(amountColumns[a], table.Culture, out amounts[a]))
                    {
                        var cell = row.Cell(amountColumns[a]);
                        Problem(FileIssues.Amount(CellRules.Amount(cell, table.Culture, out _), cell, table.Culture, header.Names[amountColumns[a]], MemberId(id)));
                        amounts[a] = 0m;
                    }
                }

                var name = row.Utf8Text(nameColumn, ref nameScratch);
                if (allWhole)
                {
                    LedgerColumns.AddUtf8(part.Builder, id, name, status, joined, exited, wholeAmounts);
                }
                else
                {
                    LedgerColumns.AddUtf8(part.Builder, id, name, status, joined, exited, amounts);
                }

                part.Rows.Add(row.Number);
                part.NationalIds?.Add(row.Text(nikColumn));
            }

            return part;
        }

        var hint = table.RowCountHint ?? 0;
        // In a browser there is one thread, which may not block: the halves are read one after the other.
        IReadOnlyList<IEnumerable<IRow>> halves = OperatingSystem.IsBrowser() ? [table.Rows] : table.Rows.Split();
        // The cut is at the middle byte; rows are near enough alike in length that half the rows and a little is room for the second half.
        var second = halves.Count > 1 ? Task.Run(() => Read(halves[1], hint - (hint / 2) + (hint / 32))) : null;
        var whole = Read(halves[0], hint);
        if (second is not null)
        {
            var part = second.GetAwaiter().GetResult();
            LedgerColumns.Append(whole.Builder, part.Builder);
            whole.Rows.AddRange(part.Rows);
            whole.Issues.AddRange(part.Issues);
            whole.NationalIds?.AddRange(part.NationalIds!);
        }

        issues.AddRange(whole.Issues);
        nationalIds?.AddRange(whole.NationalIds ?? []);
        var builder = whole.Builder;
        var rows = whole.Rows;
        if (rows.Count == 0)
        {
            issues.Add(FileIssues.NoMembers(table.File).At(sheet: table.Sheet));
        }

        if (table.Rows is CellRows { MergedRanges: var merged })
        {
            issues.AddRange(merged.Select(m => FileIssues.MergedCells(table.File, table.Sheet ?? string.Empty, m.Range, m.Row)));
        }

        var ledger = builder.Build();
        var rowNumbers = rows.ToArray();
        issues.AddRange(ledger.Issues.Select(issue => Locate(issue, table, rowNumbers)));
        return (ledger, rowNumbers);
    }

    /// <summary>Adds the file, sheet and row to an issue that names a ledger position.</summary>
    public static Issue Locate(Issue issue, Table table, int[] rows) =>
        issue.At(file: issue.File ?? table.File, sheet: issue.Sheet ?? table.Sheet, row: issue.Row ?? (issue.LedgerIndex is { } index && index < rows.Length ? rows[index] : null));

    internal static bool IsAmountColumn(string name, IReadOnlySet<string> policyKeys) =>
        ColumnNames.IsSavings(name) || ColumnNames.IsTransactions(name) || policyKeys.Contains(ColumnNames.Key(name));

    // The status codes every tool writes are matched on their bytes; anything else goes through the full rules.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryStatus(ReadOnlySpan<byte> text, out MemberStatus status)
    {
        MemberStatus? code = text.IsEmpty || text.SequenceEqual("anggota"u8) ? MemberStatus.Anggota
            : text.SequenceEqual("calon"u8) ? MemberStatus.Calon
            : text.SequenceEqual("luar_biasa"u8) ? MemberStatus.LuarBiasa
            : text.SequenceEqual("keluar"u8) ? MemberStatus.Keluar
            : text.SequenceEqual("penyerta"u8) ? MemberStatus.Penyerta
            : null;
        status = code ?? MemberStatus.Anggota;
        return code is not null || MemberStatuses.TryParse(Encoding.UTF8.GetString(text), out status);
    }

    private static string? MemberId(ReadOnlySpan<byte> id) => id.IsEmpty ? null : Encoding.UTF8.GetString(id);

    /// <summary>The members of a part of the table, their row numbers, problems and NIKs (null without a <c>nik</c> column).</summary>
    private sealed record Part(MemberLedgerBuilder Builder, List<int> Rows, List<Issue> Issues, List<string?>? NationalIds);
}
