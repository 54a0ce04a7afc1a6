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
/// the totals; the recorded SHA-256 of the inputs and the policy say whether the inputs changed since.
/// </summary>
public static class ResultVerifier
{
    /// <summary>Compares <paramref name="resultPath"/> (an .xlsx result, or the members CSV of the three) with <paramref name="expected"/>.</summary>
    /// <param name="expected">The result computed now from the inputs.</param>
    /// <param name="context">The inputs now (their SHA-256), and the language of the notes.</param>
    /// <param name="resultPath">The result file to check.</param>
    /// <param name="culture">How text numbers in a CSV result are written; auto by default.</param>
    public static Verification Verify(ShuResult expected, ResultContext context, string resultPath, NumberCulture culture = NumberCulture.Auto)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(resultPath);
        var issues = new List<Issue>();
        var differences = new List<ResultDifference>();
        var changed = new List<ResultDifference>();
        var recorded = ReadRecorded(resultPath, culture, issues);
        if (recorded is null)
        {
            return new Verification(differences, changed, issues);
        }

        var (members, funds, summary) = recorded.Value;
        Compare(ResultDifference.Member, MemberHeader(expected), MemberRows(expected, context), members, differences);
        Compare(ResultDifference.Fund, FundHeader, FundRows(expected), funds, differences);

        // Summary: amounts and checks are compared; notes and warnings are words, and the engine version may differ.
        var summaryRows = SummaryRows(expected, context).Where(r => r[0].Text is { } item && IsComparedItem(item)).ToList();
        Compare(ResultDifference.Total, SummaryHeader, summaryRows, summary with { Rows = summary.Rows.Where(r => IsComparedItem(r.Key)).ToDictionary(), Duplicates = [.. summary.Duplicates.Where(d => IsComparedItem(d.Key))] }, differences);
        foreach (var row in SummaryRows(expected, context).Where(r => r[0].Text?.StartsWith("sha256:", StringComparison.Ordinal) == true))
        {
            var item = row[0].Text!;
            var now = row[1].Text;
            var then = summary.Rows.TryGetValue(item, out var cells) ? Text(summary, cells, "nilai") : null;
            if (!string.Equals(now, then, StringComparison.OrdinalIgnoreCase))
            {
                changed.Add(new ResultDifference(ResultDifference.Input, item, "nilai", now, then, cells.Row == 0 ? null : cells.Row, summary.File, summary.Sheet));
            }
        }

        return new Verification(differences, changed, issues);
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
                    var display = cell.Display;
                    if (!cell.TryAmount(recorded.Culture, out var found) || cell.IsEmpty || found != amount)
                    {
                        differences.Add(new ResultDifference(kindHere, key, header[c], NumberText(amount), display, cells.Row, recorded.File, recorded.Sheet));
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

    private static Cell Cell(RecordedTable table, (int Row, Cell[] Cells) row, string column) =>
        Tables.Cell.At(row.Cells, table.Header.IndexOf(column));

    private static string? Text(RecordedTable table, (int Row, Cell[] Cells) row, string column) => Cell(table, row, column).AsText();

    private static (RecordedTable Members, RecordedTable Funds, RecordedTable Summary)? ReadRecorded(string path, NumberCulture culture, List<Issue> issues)
    {
        if (!File.Exists(path))
        {
            issues.Add(IssueCatalog.Unreadable(Path.GetFileName(path), $"berkas {path} tidak ditemukan.", $"the file {path} does not exist."));
            return null;
        }

        try
        {
            if (ShuInputReader.IsWorkbook(path))
            {
                using var workbook = WorkbookSource.Open(path);
                RecordedTable? Sheet(string name)
                {
                    var table = workbook.Table(name, culture);
                    if (table is null)
                    {
                        issues.Add(IssueCatalog.MissingSheet(Path.GetFileName(path), name));
                        return null;
                    }

                    return RecordedTable.Read(table, issues);
                }

                var members = Sheet("Anggota");
                var funds = Sheet("Dana");
                var summary = Sheet("Ringkasan");
                return members is null || funds is null || summary is null ? null : (members, funds, summary);
            }

            var paths = ResultWriter.CsvPaths(path);
            var tables = new List<RecordedTable>();
            foreach (var csv in paths)
            {
                if (!File.Exists(csv))
                {
                    issues.Add(IssueCatalog.Unreadable(Path.GetFileName(csv), $"berkas {csv} tidak ditemukan.", $"the file {csv} does not exist."));
                    continue;
                }

                using var source = CsvTableSource.Open(csv, culture);
                tables.Add(RecordedTable.Read(source.Table, issues));
            }

            return tables.Count == 3 ? (tables[0], tables[1], tables[2]) : null;
        }
        catch (Exception e) when (UnreadableFile.Is(e))
        {
            issues.Add(IssueCatalog.Unreadable(Path.GetFileName(path), e.Message, e.Message));
            return null;
        }
    }

    /// <summary>A recorded table by the key in its first column; rows whose key repeats are noted apart.</summary>
    private sealed record RecordedTable(
        string File, string? Sheet, NumberCulture Culture, HeaderMap Header,
        Dictionary<string, (int Row, Cell[] Cells)> Rows, List<(string Key, int Row)> Duplicates)
    {
        public static RecordedTable Read(Table table, List<Issue> issues)
        {
            var header = new HeaderMap(table, issues);
            var width = table.Header.Count;
            var rows = new Dictionary<string, (int, Cell[])>(StringComparer.Ordinal);
            var duplicates = new List<(string, int)>();
            foreach (var (number, cells) in table.Rows.Select(row => (row.Number, Cells: row.IsBlank() ? null : Enumerable.Range(0, width).Select(row.Cell).ToArray())))
            {
                if (cells is null)
                {
                    continue;
                }

                var key = Tables.Cell.At(cells, 0).AsText() ?? string.Empty;
                if (!rows.TryAdd(key, (number, cells)))
                {
                    duplicates.Add((key, number));
                }
            }

            return new RecordedTable(table.File, table.Sheet, table.Culture, header, rows, duplicates);
        }
    }
}
