using Kopdes.Shu.IO.Csv;
using Kopdes.Shu.IO.Files;
using Kopdes.Shu.IO.Reports;
using Kopdes.Shu.IO.Workbooks;
using Kopdes.Shu.Results;
using static Kopdes.Shu.IO.Results.ResultTables;

namespace Kopdes.Shu.IO.Results;

/// <summary>
/// Writes a result as <c>formats.md</c> says: three CSV files (<c>name.csv</c>, <c>name.dana.csv</c>,
/// <c>name.ringkasan.csv</c>) or one workbook (sheets <c>Ringkasan</c>, <c>Dana</c>, <c>Anggota</c>). Files are
/// written to temporary names and moved into place together, so a failed run leaves no partial file. CSV
/// output is byte-for-byte the same for the same inputs (no timestamps).
/// </summary>
public static class ResultWriter
{
    /// <summary>The three CSV paths for a members CSV path: itself, <c>.dana.csv</c>, <c>.ringkasan.csv</c>.</summary>
    public static IReadOnlyList<string> CsvPaths(string membersCsvPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(membersCsvPath);
        var stem = membersCsvPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? membersCsvPath[..^4] : membersCsvPath;
        return [stem + ".csv", stem + ".dana.csv", stem + ".ringkasan.csv"];
    }

    /// <summary>Writes the three CSV files for <paramref name="membersCsvPath"/>, and the HTML report when a path is given: all of them or none.</summary>
    public static void WriteCsv(ShuResult result, string membersCsvPath, ResultContext context, string? reportPath = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(context);
        var paths = CsvPaths(membersCsvPath);
        using var files = new AtomicFiles(cancellationToken);
        MemberCsvWriter.Write(files.Create(paths[0]), result, context, cancellationToken);
        CsvTableWriter.Write(files.Create(paths[1]), FundHeader, FundRows(result), cancellationToken: cancellationToken);
        CsvTableWriter.Write(files.Create(paths[2]), SummaryHeader, SummaryRows(result, context), cancellationToken: cancellationToken);
        WriteReport(files, result, context, reportPath);
        files.Commit();
    }

    /// <summary>
    /// Writes the result workbook (numbers as rupiah, frozen headers, filters, set column widths; streamed row by
    /// row), and the HTML report when a path is given: both or neither.
    /// </summary>
    public static void WriteWorkbook(ShuResult result, string path, ResultContext context, string? reportPath = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(context);
        using var files = new AtomicFiles(cancellationToken);
        var memberHeader = MemberHeader(result);
        using (var stream = files.Create(path))
        {
            StreamingWorkbookWriter.Write(stream,
            [
                new("Ringkasan", SummaryHeader, SummaryRows(result, context), [34, 22, 60]),
                new("Dana", FundHeader, FundRows(result), [18, 30, 10, 20, 14, 16]),
                new("Anggota", memberHeader, MemberRows(result, context), [.. memberHeader.Select(ColumnWidth)]),
            ], cancellationToken);
        }

        WriteReport(files, result, context, reportPath);
        files.Commit();
    }

    private static void WriteReport(AtomicFiles files, ShuResult result, ResultContext context, string? reportPath)
    {
        if (reportPath is null)
        {
            return;
        }

        using var writer = new StreamWriter(files.Create(reportPath), new System.Text.UTF8Encoding(false), 1 << 16);
        HtmlReport.Write(result, context, writer, files.Token);
    }

    private static double ColumnWidth(string column) => column switch
    {
        "no_anggota" => 14,
        "nama" => 28,
        "status" or "eligible" => 11,
        "catatan" => 40,
        _ => 18,
    };
}
