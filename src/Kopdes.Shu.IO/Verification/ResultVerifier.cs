using Kopdes.Shu.IO.Csv;
using Kopdes.Shu.IO.Files;
using Kopdes.Shu.IO.Results;
using Kopdes.Shu.IO.Tables;
using Kopdes.Shu.IO.Workbooks;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Results;
using Kopdes.Shu.Validation;
using static Kopdes.Shu.IO.Results.ResultTables;

namespace Kopdes.Shu.IO.Verification;

/// <summary>
/// Checks a result file (ours, another tool's, or one edited by hand) against a fresh calculation: the same
/// three tables the writer would write today are compared with the file's, row by key (member id, fund code,
/// summary item), every amount to the rupiah. Members missing or extra, each fund, each pool, each member and
/// the totals; the recorded SHA-256 of the inputs and the policy say whether the inputs changed since. The tool
/// writes values only, so a formula anywhere in a result is a difference (its cached value may be stale).
/// </summary>
/// <remarks>
/// A result file is read in its own dialect (a CSV separated by <c>;</c> has Indonesian numbers), whatever culture the
/// inputs were read in. The members table is compared row by row as it streams, so checking a result takes about the
/// memory of computing it.
/// </remarks>
public static class ResultVerifier
{
    /// <summary>Compares <paramref name="resultPath"/> (an .xlsx result, or the members CSV of the three) with <paramref name="expected"/>.</summary>
    /// <param name="expected">The result computed now from the inputs.</param>
    /// <param name="context">The inputs now (their SHA-256), and the language of the notes.</param>
    /// <param name="resultPath">The result file to check.</param>
    /// <param name="cancellationToken">Stops the check with <see cref="OperationCanceledException"/>.</param>
    public static Verification Verify(ShuResult expected, ResultContext context, string resultPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(resultPath);
        var issues = new List<Issue>();
        var paths = ShuInputReader.IsWorkbook(resultPath) ? [resultPath] : ResultWriter.CsvPaths(resultPath);
        if (paths.Count > 1 && ResultWriter.PartnersCsvPath(paths[0]) is var partners && (expected.Partners.Count > 0 || File.Exists(partners)))
        {
            // The capital partners' table: expected when the result has partners, and compared whenever it is there.
            paths = [.. paths, partners];
        }

        foreach (var missing in paths.Where(p => !File.Exists(p)))
        {
            issues.Add(FileIssues.NotFound(missing));
        }

        return issues.Count > 0
            ? new Verification([], [], issues)
            : Verify(expected, context, [.. paths.Select(InputSource.File)], cancellationToken);
    }

    /// <summary>
    /// Compares a result given as streams with <paramref name="expected"/>: a workbook (its name ends in <c>.xlsx</c>), or
    /// the CSV tables, members, funds and summary, and the capital partners' when the result has any (missing then, it
    /// is an issue, as a missing <c>name.penyerta.csv</c> is beside a path). Each stream is read to its end into
    /// memory; the caller keeps it.
    /// </summary>
    /// <param name="expected">The result computed now from the inputs.</param>
    /// <param name="context">The inputs now (their SHA-256), and the language of the notes.</param>
    /// <param name="result">The result workbook, or the members CSV.</param>
    /// <param name="funds">For a CSV result: the funds table (<c>name.dana.csv</c>).</param>
    /// <param name="summary">For a CSV result: the summary table (<c>name.ringkasan.csv</c>).</param>
    /// <param name="partners">For a CSV result with capital partners: their table (<c>name.penyerta.csv</c>).</param>
    /// <param name="cancellationToken">Stops the check with <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="ArgumentException">A CSV result without its funds or summary table.</exception>
    public static Verification Verify(
        ShuResult expected, ResultContext context, InputStream result, InputStream? funds = null, InputStream? summary = null, InputStream? partners = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(context);
        return Verify(expected, context, [.. Parts(result, funds, summary, partners).Select(p => InputSource.Read(p, cancellationToken))], cancellationToken);
    }

    /// <summary>
    /// <see cref="Verify(ShuResult, ResultContext, InputStream, InputStream?, InputStream?, InputStream?, CancellationToken)"/> without
    /// blocking on the streams: they are copied into memory asynchronously, then compared.
    /// </summary>
    /// <param name="expected">The result computed now from the inputs.</param>
    /// <param name="context">The inputs now (their SHA-256), and the language of the notes.</param>
    /// <param name="result">The result workbook, or the members CSV.</param>
    /// <param name="funds">For a CSV result: the funds table (<c>name.dana.csv</c>).</param>
    /// <param name="summary">For a CSV result: the summary table (<c>name.ringkasan.csv</c>).</param>
    /// <param name="partners">For a CSV result with capital partners: their table (<c>name.penyerta.csv</c>).</param>
    /// <param name="cancellationToken">Stops the check with <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="ArgumentException">A CSV result without its funds or summary table.</exception>
    public static async Task<Verification> VerifyAsync(
        ShuResult expected, ResultContext context, InputStream result, InputStream? funds = null, InputStream? summary = null, InputStream? partners = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(context);
        var sources = new List<InputSource>();
        foreach (var part in Parts(result, funds, summary, partners))
        {
            sources.Add(await InputSource.ReadAsync(part, cancellationToken).ConfigureAwait(false));
        }

        return Verify(expected, context, sources, cancellationToken);
    }

    /// <summary>
    /// Compares a journal file as <see cref="ResultWriter.WriteJournal"/> writes it (<c>hitung --jurnal</c>: CSV, or a
    /// workbook with a <c>Jurnal</c> sheet) with the journal of <paramref name="expected"/>, account by account, as the
    /// result workbook's <c>Jurnal</c> sheet is compared.
    /// </summary>
    /// <param name="expected">The result computed now from the inputs.</param>
    /// <param name="context">The inputs now, and the language of the notes.</param>
    /// <param name="journalPath">The journal file to check.</param>
    /// <param name="cancellationToken">Stops the check with <see cref="OperationCanceledException"/>.</param>
    public static Verification VerifyJournal(ShuResult expected, ResultContext context, string journalPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(journalPath);
        if (!File.Exists(journalPath))
        {
            return new Verification([], [], [FileIssues.NotFound(journalPath)]);
        }

        var source = InputSource.File(journalPath);
        var issues = new List<Issue>();
        var differences = new List<ResultDifference>();
        try
        {
            if (ShuInputReader.IsWorkbook(journalPath))
            {
                using var workbook = WorkbookSource.Open(source);
                if (workbook.Table("Jurnal", NumberCulture.Auto, JournalHeader[0]) is { } journal)
                {
                    CompareJournal(expected, context, journal, differences, issues);
                }
                else
                {
                    issues.Add(FileIssues.MissingSheet(source.Name, "Jurnal"));
                }
            }
            else
            {
                using var csv = CsvTableSource.Open(source, NumberCulture.Auto, cancellationToken);
                CompareJournal(expected, context, csv.Table, differences, issues);
                issues.AddRange(csv.Problems.Where(p => p.IsError));
            }
        }
        catch (Exception e) when (UnreadableFile.Is(e))
        {
            issues.Add(e is WorkbookRefusedException refused ? refused.Issue : FileIssues.Unreadable(source.Name, e));
        }

        return new Verification(differences, [], issues);
    }

    // The streams a result is: one workbook, or the three CSV tables and the partners' when given.
    private static InputStream[] Parts(InputStream result, InputStream? funds, InputStream? summary, InputStream? partners)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (ShuInputReader.IsWorkbook(result.Name))
        {
            return [result];
        }

        return funds is not null && summary is not null
            ? partners is null ? [result, funds, summary] : [result, funds, summary, partners]
            : throw new ArgumentException("A CSV result is three tables: give the funds and the summary too.", funds is null ? nameof(funds) : nameof(summary));
    }

    // A workbook (one source) or the three CSV tables, each read and compared as it streams.
    private static Verification Verify(ShuResult expected, ResultContext context, IReadOnlyList<InputSource> parts, CancellationToken cancellationToken)
    {
        var issues = new List<Issue>();
        var differences = new List<ResultDifference>();
        var changed = new List<ResultDifference>();
        var reading = parts[0];
        try
        {
            if (parts.Count == 1)
            {
                using var workbook = WorkbookSource.Open(parts[0]);
                // Each table is found by the first of its codes, under the title and captions the treasurer sees.
                var tables = new[] { ("Anggota", MemberHeader(expected)[0]), ("Dana", FundHeader[0]), ("Ringkasan", SummaryHeader[0]) }
                    .Select(t => (Sheet: t.Item1, Table: workbook.Table(t.Item1, NumberCulture.Auto, t.Item2))).ToArray();
                foreach (var (sheet, _) in tables.Where(t => t.Table is null))
                {
                    issues.Add(FileIssues.MissingSheet(parts[0].Name, sheet));
                }

                if (issues.Count == 0)
                {
                    var partners = workbook.Table(ResultWriter.PartnerSheet, NumberCulture.Auto, MemberHeader(expected)[0]);
                    if (partners is null && expected.Partners.Count > 0)
                    {
                        issues.Add(FileIssues.MissingSheet(parts[0].Name, ResultWriter.PartnerSheet));
                    }

                    Compare(expected, context, tables[0].Table!, tables[1].Table!, tables[2].Table!, partners, differences, changed, issues, cancellationToken);
                    if (workbook.Table("Jurnal", NumberCulture.Auto, JournalHeader[0]) is { } journal)
                    {
                        CompareJournal(expected, context, journal, differences, issues);
                    }
                }
            }
            else if (parts.Count == 3 && expected.Partners.Count > 0)
            {
                // A result with capital partners is four tables; without theirs, part of the SHU goes unchecked.
                issues.Add(FileIssues.NotFound(ResultWriter.PartnersCsvPath(parts[0].Name)));
            }
            else
            {
                using var members = CsvTableSource.Open(parts[0], NumberCulture.Auto, cancellationToken);
                reading = parts[1];
                using var funds = CsvTableSource.Open(parts[1], NumberCulture.Auto, cancellationToken);
                reading = parts[2];
                using var summary = CsvTableSource.Open(parts[2], NumberCulture.Auto, cancellationToken);
                reading = parts[^1];
                using var partners = parts.Count > 3 ? CsvTableSource.Open(parts[3], NumberCulture.Auto, cancellationToken) : null;
                reading = parts[0];
                Compare(expected, context, members.Table, funds.Table, summary.Table, partners?.Table, differences, changed, issues, cancellationToken);
                issues.AddRange(new[] { members, funds, summary, partners }.OfType<CsvTableSource>().SelectMany(s => s.Problems).Where(p => p.IsError));
            }
        }
        catch (Exception e) when (UnreadableFile.Is(e))
        {
            issues.Add(e is WorkbookRefusedException refused ? refused.Issue : FileIssues.Unreadable(reading.Name, e));
        }

        return new Verification(differences, changed, issues);
    }

    private static void Compare(
        ShuResult expected, ResultContext context, Table members, Table funds, Table summary, Table? partners,
        List<ResultDifference> differences, List<ResultDifference> changed, List<Issue> issues, CancellationToken cancellationToken)
    {
        CompareMembers(expected, expected.Members, context, members, differences, issues, cancellationToken);
        if (partners is not null)
        {
            CompareMembers(expected, expected.Partners, context, partners, differences, issues, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var recordedFunds = RecordedTable.Read(funds, issues, differences);
        Compare(ResultDifference.Fund, FundHeader, FundRows(expected), recordedFunds, differences);

        // Summary: amounts and checks are compared; notes and warnings are words, and the engine version may differ.
        var recorded = RecordedTable.Read(summary, issues, differences);
        var summaryRows = SummaryRows(expected, context).Where(r => r[0].Text is { } item && IsComparedItem(item)).ToList();
        Compare(ResultDifference.Total, SummaryHeader, summaryRows, recorded with { Rows = recorded.Rows.Where(r => IsComparedItem(r.Key)).ToDictionary(), Duplicates = [.. recorded.Duplicates.Where(d => IsComparedItem(d.Key))] }, differences);
        foreach (var row in SummaryRows(expected, context).Where(r => r[0].Text?.StartsWith("sha256:", StringComparison.Ordinal) == true))
        {
            var item = row[0].Text!;
            var now = row[1].Text;
            var then = recorded.Rows.TryGetValue(item, out var cells) ? Text(recorded, cells, "nilai") : null;
            if (!string.Equals(now, then, StringComparison.OrdinalIgnoreCase))
            {
                changed.Add(new ResultDifference(ResultDifference.Input, item, "nilai", now, then, cells.Row == 0 ? null : cells.Row, recorded.File, recorded.Sheet));
            }
        }
    }

    /// <summary>
    /// The members table, one row at a time: each row is found in the result by its member id (at once when the file
    /// keeps the result's order, as the tool writes it; through an index of the ids otherwise) and its amounts compared.
    /// A large file is compared in parts side by side, as it is read; the differences come out in file order.
    /// </summary>
    private static void CompareMembers(
        ShuResult expected, MemberShareList list, ResultContext context, Table table, List<ResultDifference> differences, List<Issue> issues, CancellationToken cancellationToken)
    {
        var header = new HeaderMap(table, issues);
        var names = MemberHeader(expected);
        var columns = names.Select(header.IndexOf).ToArray();
        foreach (var (name, column) in names.Zip(columns).Where(c => c.Second < 0))
        {
            differences.Add(new ResultDifference(ResultDifference.Member, "*", name, ResultDifference.Present, ResultDifference.Absent, 1, table.File, table.Sheet));
        }

        if (columns[0] < 0)
        {
            return;
        }

        var count = list.Count;
        var seen = new int[count];
        var byId = new Lazy<Dictionary<string, int>>(() => IdIndex(expected.Ledger, list));
        var parts = table.Rows.Split();
        var found = new List<ResultDifference>[parts.Count];
        try
        {
            var totals = new Lazy<Value[]>(() => RatLayout.MemberTotals(expected, context.Language, list));
            var totalRows = 0;
            Parallel.For(0, parts.Count, p => found[p] = ComparePart(expected, list, table, parts[p].Checked(cancellationToken), names, columns, seen, byId, totals, ref totalRows));
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is OperationCanceledException))
        {
            // Cancelled in a part: the caller sees the cancellation itself, as from any other step.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        foreach (var part in found)
        {
            differences.AddRange(part);
        }

        for (var i = 0; i < count; i++)
        {
            if (seen[i] == 0)
            {
                differences.Add(new ResultDifference(ResultDifference.Member, list[i].Id, null, ResultDifference.Present, ResultDifference.Absent, null, table.File, table.Sheet));
            }
        }
    }

    // Positions here are places in the list, which are the ledger's rows only when the ledger has no capital partners.
    private static List<ResultDifference> ComparePart(
        ShuResult expected, MemberShareList list, Table table, IEnumerable<IRow> rows, string[] names, int[] columns, int[] seen, Lazy<Dictionary<string, int>> byId,
        Lazy<Value[]> totals, ref int totalRows)
    {
        var differences = new List<ResultDifference>();
        var ledger = expected.Ledger;
        var count = list.Count;
        var values = new Value[MemberWidth(expected)];
        var idColumn = columns[0];
        var sheet = table.Sheet is not null;
        byte[]? scratch = null;
        var next = -1;
        foreach (var row in rows)
        {
            if (row.IsBlank())
            {
                continue;
            }

            // The tool writes members in ledger order, one a line after the header: the next member, or the one
            // this line would hold, is nearly always the row's; an index of all ids is made only for a file in another order.
            var id = row.Utf8Text(idColumn, ref scratch);
            if (id.IsEmpty && sheet)
            {
                // The workbook's totals row, under the members, has no member number: once, and its sums right.
                differences.AddRange(CompareTotals(expected, table, row, names, columns, totals.Value, Interlocked.Increment(ref totalRows) == 1));
                continue;
            }

            var index = next >= 0 && next < count && id.SequenceEqual(LedgerColumns.IdUtf8(ledger, list[next].Index)) ? next
                : row.Number - table.HeaderRow - 1 is var line && line >= 0 && line < count && id.SequenceEqual(LedgerColumns.IdUtf8(ledger, list[line].Index)) ? line
                : byId.Value.GetValueOrDefault(System.Text.Encoding.UTF8.GetString(id), -1);
            if (sheet)
            {
                for (var c = 0; c < table.Header.Count; c++)
                {
                    if (row.HasFormula(c))
                    {
                        differences.Add(new ResultDifference(ResultDifference.Formula, Key(list, index, row, idColumn), table.Header[c], ResultDifference.Value, ResultDifference.Formula, row.Number, table.File, table.Sheet));
                    }
                }
            }

            if (index < 0)
            {
                differences.Add(new ResultDifference(ResultDifference.Member, Key(list, index, row, idColumn), null, ResultDifference.Absent, ResultDifference.Present, row.Number, table.File, table.Sheet));
                continue;
            }

            if (Interlocked.Exchange(ref seen[index], 1) != 0)
            {
                differences.Add(new ResultDifference(ResultDifference.Member, Key(list, index, row, idColumn), null, ResultDifference.Once, ResultDifference.Twice, row.Number, table.File, table.Sheet));
                continue;
            }

            next = index + 1;
            FillMemberNumbers(values, list[index], expected.Pools.Count);
            for (var c = 1; c < values.Length; c++)
            {
                var column = columns[c];
                if (column < 0 || (values[c].Amount ?? values[c].Number) is not { } amount)
                {
                    continue;
                }

                if (!row.TryAmount(column, table.Culture, out var recorded) || recorded != amount || (recorded == 0 && row.IsEmpty(column)))
                {
                    differences.Add(new ResultDifference(ResultDifference.Member, Key(list, index, row, idColumn), names[c], NumberText(amount), Recorded(row, column, table.Culture), row.Number, table.File, table.Sheet));
                }
            }
        }

        return differences;
    }

    private const string TotalsKey = "jumlah";

    // The totals row: every number column equals the sum the result gives; a second totals row is a row too many.
    private static IEnumerable<ResultDifference> CompareTotals(ShuResult expected, Table table, IRow row, string[] names, int[] columns, Value[] totals, bool first)
    {
        if (!first)
        {
            yield return new ResultDifference(ResultDifference.Total, TotalsKey, null, ResultDifference.Once, ResultDifference.Twice, row.Number, table.File, table.Sheet);
            yield break;
        }

        for (var c = 1; c < totals.Length; c++)
        {
            if (columns[c] >= 0 && (totals[c].Amount ?? totals[c].Number) is { } sum
                && (!row.TryAmount(columns[c], table.Culture, out var recorded) || recorded != sum))
            {
                yield return new ResultDifference(ResultDifference.Total, TotalsKey, names[c], NumberText(sum), Recorded(row, columns[c], table.Culture), row.Number, table.File, table.Sheet);
            }
        }
    }

    // A recorded number as the expected one is shown, whatever the file's culture wrote (1.234,5 is 1234.5); else the cell's text.
    private static string? Recorded(IRow row, int column, NumberCulture culture) =>
        !row.IsEmpty(column) && row.TryAmount(column, culture, out var value) ? NumberText(value) : row.Cell(column).Display;

    // The member's id for a message: the result's, or the file's text when the file has a member the result has not.
    private static string Key(MemberShareList list, int index, IRow row, int idColumn) => index >= 0 ? list[index].Id : row.Text(idColumn) ?? string.Empty;

    private static Dictionary<string, int> IdIndex(MemberLedger ledger, MemberShareList list)
    {
        var byId = new Dictionary<string, int>(list.Count, StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            byId.TryAdd(System.Text.Encoding.UTF8.GetString(LedgerColumns.IdUtf8(ledger, list[i].Index)), i);
        }

        return byId;
    }

    private static bool IsComparedItem(string item) =>
        !item.StartsWith("sha256:", StringComparison.Ordinal) && !item.StartsWith("peringatan:", StringComparison.Ordinal)
        && item is not ("versi_mesin" or "koperasi" or "tahun" or "keputusan_rat");

    private static void Compare(string kind, string[] header, IEnumerable<Value[]> expectedRows, RecordedTable recorded, List<ResultDifference> differences)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in expectedRows)
        {
            var key = row[0].Text ?? string.Empty;
            seen.Add(key);
            var kindHere = kind == ResultDifference.Total && key.StartsWith("bagian:", StringComparison.Ordinal) ? ResultDifference.Pool
                : kind == ResultDifference.Total && key.StartsWith("dana:", StringComparison.Ordinal) ? ResultDifference.Fund
                : kind;
            if (!recorded.Rows.TryGetValue(key, out var cells))
            {
                differences.Add(new ResultDifference(kindHere, key, null, ResultDifference.Present, ResultDifference.Absent, null, recorded.File, recorded.Sheet));
                continue;
            }

            for (var c = 1; c < header.Length; c++)
            {
                var value = row[c];
                if ((value.Amount ?? value.Number) is { } amount)
                {
                    var cell = Cell(recorded, cells, header[c]);
                    var read = CellRules.Amount(cell, recorded.Culture, out var found) == CellProblem.None && !cell.IsEmpty;
                    if (!read || found != amount)
                    {
                        // A number is shown as the expected one is, whatever the file's culture wrote (1.234,5 is 1234.5).
                        differences.Add(new ResultDifference(kindHere, key, header[c], NumberText(amount), read ? NumberText(found) : cell.Display, cells.Row, recorded.File, recorded.Sheet));
                    }
                }
                else if (key.StartsWith("cek:", StringComparison.Ordinal) && header[c] == "nilai")
                {
                    var found = Text(recorded, cells, header[c]);
                    if (!string.Equals(value.Text, found, StringComparison.Ordinal))
                    {
                        differences.Add(new ResultDifference(kindHere, key, header[c], value.Text, found, cells.Row, recorded.File, recorded.Sheet));
                    }
                }
            }
        }

        foreach (var (key, cells) in recorded.Rows)
        {
            if (!seen.Contains(key))
            {
                differences.Add(new ResultDifference(kind, key, null, ResultDifference.Absent, ResultDifference.Present, cells.Row, recorded.File, recorded.Sheet));
            }
        }

        foreach (var (key, row) in recorded.Duplicates)
        {
            differences.Add(new ResultDifference(kind, key, null, ResultDifference.Once, ResultDifference.Twice, row, recorded.File, recorded.Sheet));
        }
    }

    private static string NumberText(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // The journal sheet, account by account: the debits and credits recorded against those of the recalculation.
    private static void CompareJournal(ShuResult expected, ResultContext context, Table journal, List<ResultDifference> differences, List<Issue> issues)
    {
        var header = journal.Header.ToList();
        int Column(string name) => header.IndexOf(name);
        var (account, debit, credit) = (Column("kode_akun"), Column("debit"), Column("kredit"));
        var missing = new[] { ("kode_akun", account), ("debit", debit), ("kredit", credit) }.Where(c => c.Item2 < 0).ToList();
        if (missing.Count > 0)
        {
            issues.AddRange(missing.Select(c => FileIssues.MissingColumn(c.Item1).At(file: journal.File, sheet: journal.Sheet)));
            return;
        }

        var recorded = new Dictionary<string, (decimal Debit, decimal Credit, int Row)>(StringComparer.Ordinal);
        foreach (var row in journal.Rows)
        {
            if (row.IsBlank() || row.Text(account) is not { } code)
            {
                continue;
            }

            var (d, c, first) = recorded.GetValueOrDefault(code, (0m, 0m, row.Number));
            recorded[code] = (d + (row.TryAmount(debit, journal.Culture, out var dv) ? dv : 0m), c + (row.TryAmount(credit, journal.Culture, out var cv) ? cv : 0m), first);
        }

        var wanted = JournalRows(expected, context).GroupBy(r => r[1].Text ?? string.Empty)
            .ToDictionary(g => g.Key, g => (Debit: g.Sum(r => r[3].Amount ?? 0m), Credit: g.Sum(r => r[4].Amount ?? 0m)), StringComparer.Ordinal);
        foreach (var (code, (d, c)) in wanted)
        {
            if (!recorded.TryGetValue(code, out var found))
            {
                differences.Add(new ResultDifference(ResultDifference.Journal, code, null, ResultDifference.Present, ResultDifference.Absent, null, journal.File, journal.Sheet));
                continue;
            }

            if (found.Debit != d)
            {
                differences.Add(new ResultDifference(ResultDifference.Journal, code, "debit", NumberText(d), NumberText(found.Debit), found.Row, journal.File, journal.Sheet));
            }

            if (found.Credit != c)
            {
                differences.Add(new ResultDifference(ResultDifference.Journal, code, "kredit", NumberText(c), NumberText(found.Credit), found.Row, journal.File, journal.Sheet));
            }
        }

        foreach (var (code, found) in recorded.Where(r => !wanted.ContainsKey(r.Key)))
        {
            differences.Add(new ResultDifference(ResultDifference.Journal, code, null, ResultDifference.Absent, ResultDifference.Present, found.Row, journal.File, journal.Sheet));
        }
    }

    private static Cell Cell(RecordedTable table, (int Row, Cell[] Cells) row, string column) =>
        Tables.Cell.At(row.Cells, table.Header.IndexOf(column));

    private static string? Text(RecordedTable table, (int Row, Cell[] Cells) row, string column) => Cell(table, row, column).AsText();

    /// <summary>A small recorded table (funds, summary) by the key in its first column; rows whose key repeats are noted apart.</summary>
    private sealed record RecordedTable(
        string File, string? Sheet, NumberCulture Culture, HeaderMap Header,
        Dictionary<string, (int Row, Cell[] Cells)> Rows, List<(string Key, int Row)> Duplicates)
    {
        public static RecordedTable Read(Table table, List<Issue> issues, List<ResultDifference> differences)
        {
            var header = new HeaderMap(table, issues);
            var width = table.Header.Count;
            var rows = new Dictionary<string, (int, Cell[])>(StringComparer.Ordinal);
            var duplicates = new List<(string, int)>();
            foreach (var row in table.Rows)
            {
                if (row.IsBlank())
                {
                    continue;
                }

                var cells = Enumerable.Range(0, width).Select(row.Cell).ToArray();
                var key = Tables.Cell.At(cells, 0).AsText() ?? string.Empty;
                for (var c = 0; c < width; c++)
                {
                    if (cells[c].HasFormula)
                    {
                        differences.Add(new ResultDifference(ResultDifference.Formula, key, table.Header[c], ResultDifference.Value, ResultDifference.Formula, row.Number, table.File, table.Sheet));
                    }
                }

                if (!rows.TryAdd(key, (row.Number, cells)))
                {
                    duplicates.Add((key, row.Number));
                }
            }

            return new RecordedTable(table.File, table.Sheet, table.Culture, header, rows, duplicates);
        }
    }
}
