using Kopdes.Shu.IO.Csv;
using Kopdes.Shu.IO.Files;
using Kopdes.Shu.IO.Reports;
using Kopdes.Shu.IO.Workbooks;
using Kopdes.Shu.Results;
using static Kopdes.Shu.IO.Results.ResultTables;

namespace Kopdes.Shu.IO.Results;

/// <summary>
/// Writes a result as <c>formats.md</c> says: three CSV files (<c>name.csv</c>, <c>name.dana.csv</c>,
/// <c>name.ringkasan.csv</c>, and <c>name.penyerta.csv</c> when the result has capital partners) or one workbook
/// (sheets <c>Ringkasan</c>, <c>Dana</c>, <c>Anggota</c>, <c>Penyerta</c> when there are partners, <c>Jurnal</c>). Files are
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

    /// <summary>The capital partners' table beside a members CSV (<c>name.penyerta.csv</c>), written when the result has partners.</summary>
    internal static string PartnersCsvPath(string membersCsvPath) => Path.ChangeExtension(membersCsvPath, ".penyerta.csv");

    /// <summary>Writes the three CSV files for <paramref name="membersCsvPath"/>, and the HTML report when a path is given: all of them or none.</summary>
    public static void WriteCsv(ShuResult result, string membersCsvPath, ResultContext context, string? reportPath = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(context);
        var paths = CsvPaths(membersCsvPath);
        using var files = new AtomicFiles(cancellationToken);
        var partners = result.Partners.Count > 0 ? PartnersCsvPath(paths[0]) : null;
        foreach (var (path, write) in CsvTables(result, context, paths[0], paths[1], paths[2], partners, cancellationToken))
        {
            files.Write(path, write);
        }

        WriteReport(files, result, context, reportPath);
        files.Commit();
    }

    /// <summary>
    /// Writes the three CSV tables to streams (the caller's, left open): the members (<c>name.csv</c>), the funds
    /// (<c>name.dana.csv</c>) and the summary (<c>name.ringkasan.csv</c>). Capital partners, when there are any, are
    /// in the summary's totals; the overload with a partners stream writes their own table too.
    /// </summary>
    public static void WriteCsv(ShuResult result, Stream members, Stream funds, Stream summary, ResultContext context, CancellationToken cancellationToken = default) =>
        WriteCsv(result, members, funds, summary, null, context, cancellationToken);

    /// <summary>
    /// Writes the four CSV tables of a result with capital partners to streams (the caller's, left open): the three of
    /// <see cref="WriteCsv(ShuResult, Stream, Stream, Stream, ResultContext, CancellationToken)"/>, and the capital
    /// partners (<c>name.penyerta.csv</c>, the members' columns and their own totals row) to <paramref name="partners"/>.
    /// </summary>
    public static void WriteCsv(ShuResult result, Stream members, Stream funds, Stream summary, Stream? partners, ResultContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(context);
        // Every stream checked before the first is written.
        Buffered.Writable(members, nameof(members));
        Buffered.Writable(funds, nameof(funds));
        Buffered.Writable(summary, nameof(summary));
        if (partners is not null)
        {
            Buffered.Writable(partners, nameof(partners));
        }

        foreach (var (stream, write) in CsvTables(result, context, members, funds, summary, partners, cancellationToken))
        {
            write(stream);
        }
    }

    /// <summary>
    /// <see cref="WriteCsv(ShuResult, Stream, Stream, Stream, ResultContext, CancellationToken)"/> without writing the
    /// streams synchronously: all three are formatted in memory, then copied. Nothing is written when cancelled
    /// while formatting.
    /// </summary>
    public static Task WriteCsvAsync(ShuResult result, Stream members, Stream funds, Stream summary, ResultContext context, CancellationToken cancellationToken = default) =>
        WriteCsvAsync(result, members, funds, summary, null, context, cancellationToken);

    /// <summary>
    /// <see cref="WriteCsv(ShuResult, Stream, Stream, Stream, Stream, ResultContext, CancellationToken)"/> without writing
    /// the streams synchronously: all four are formatted in memory, then copied. Nothing is written when cancelled
    /// while formatting.
    /// </summary>
    public static Task WriteCsvAsync(ShuResult result, Stream members, Stream funds, Stream summary, Stream? partners, ResultContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(context);
        return Buffered.WriteAsync(cancellationToken, [.. CsvTables(result, context, members, funds, summary, partners, cancellationToken)]);
    }

    // The CSV tables of a result, each to its destination (a path or a stream) with its writer: the members, the funds,
    // the summary, and the capital partners' when a destination is given for them.
    private static IEnumerable<(T Destination, Action<Stream> Write)> CsvTables<T>(
        ShuResult result, ResultContext context, T members, T funds, T summary, T? partners, CancellationToken cancellationToken)
        where T : class
    {
        yield return (members, s => MemberCsvWriter.Write(s, result, context, cancellationToken));
        yield return (funds, s => WriteFunds(s, result, context, cancellationToken));
        yield return (summary, s => WriteSummary(s, result, context, cancellationToken));
        if (partners is not null)
        {
            yield return (partners, s => MemberCsvWriter.Write(s, result, context, result.Partners, cancellationToken));
        }
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
        files.Write(path, s => Workbook(s, result, context, cancellationToken));
        WriteReport(files, result, context, reportPath);
        files.Commit();
    }

    /// <summary>Writes the result workbook to a stream (the caller's, left open).</summary>
    public static void WriteWorkbook(ShuResult result, Stream output, ResultContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(context);
        Workbook(Buffered.Writable(output), result, context, cancellationToken);
    }

    /// <summary>
    /// <see cref="WriteWorkbook(ShuResult, Stream, ResultContext, CancellationToken)"/> without writing the stream
    /// synchronously: the workbook is made in memory, then copied.
    /// </summary>
    public static Task WriteWorkbookAsync(ShuResult result, Stream output, ResultContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(context);
        return Buffered.WriteAsync(cancellationToken, (output, s => Workbook(s, result, context, cancellationToken)));
    }

    /// <summary>Writes the printable HTML report for the members' meeting to a stream (the caller's, left open), UTF-8.</summary>
    public static void WriteReport(ShuResult result, Stream output, ResultContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(context);
        Report(Buffered.Writable(output), result, context, cancellationToken);
    }

    /// <summary><see cref="WriteReport(ShuResult, Stream, ResultContext, CancellationToken)"/> without writing the stream synchronously.</summary>
    public static Task WriteReportAsync(ShuResult result, Stream output, ResultContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(context);
        return Buffered.WriteAsync(cancellationToken, (output, s => Report(s, result, context, cancellationToken)));
    }

    internal static void WriteFunds(Stream stream, ShuResult result, ResultContext context, CancellationToken cancellationToken = default) =>
        CsvTableWriter.Write(stream, FundHeader, FundRows(result), context.Culture, cancellationToken);

    internal static void WriteSummary(Stream stream, ShuResult result, ResultContext context, CancellationToken cancellationToken = default) =>
        CsvTableWriter.Write(stream, SummaryHeader, SummaryRows(result, context), context.Culture, cancellationToken);

    // Each sheet as the treasurer prints it for the members' meeting: a title, captions in the run's language over the
    // hidden row of codes that readers and verifikasi go by, the members' totals, and the page set up.
    private static void Workbook(Stream stream, ShuResult result, ResultContext context, CancellationToken cancellationToken)
    {
        var memberHeader = MemberHeader(result);
        var language = context.Language;
        var footer = RatLayout.Footer(language);
        StreamingWorkbookWriter.Write(stream,
        [
            new("Ringkasan", SummaryHeader, SummaryRows(result, context), [44, 24, 70])
            {
                Above = [.. RatLayout.Title(result, context, "Ringkasan pembagian SHU", "Summary of the SHU distribution"), [], .. RatLayout.ChairPage(result, context)],
                Captions = RatLayout.SummaryCaptions(language),
                PrintFooter = footer,
            },
            new("Dana", FundHeader, FundRows(result), [18, 30, 12, 20, 16, 14])
            {
                Above = RatLayout.Title(result, context, "Dana-dana SHU", "The SHU funds"),
                Captions = RatLayout.FundCaptions(language),
                PrintFooter = footer,
            },
            new("Anggota", memberHeader, MemberRows(result, context, result.Members), [.. memberHeader.Select(ColumnWidth)])
            {
                Above = RatLayout.Title(result, context, "Daftar SHU anggota", "Members' SHU"),
                Captions = RatLayout.MemberCaptions(result, language),
                Totals = () => RatLayout.MemberTotals(result, language, result.Members),
                PrintFooter = footer,
            },
            .. Partners(result, context, memberHeader, footer),
            new("Jurnal", JournalHeader, JournalRows(result, context), [12, 14, 30, 18, 18, 50])
            {
                Above = RatLayout.Title(result, context, "Jurnal pembagian SHU", "Journal of the SHU distribution"),
                PrintFooter = footer,
            },
        ], cancellationToken);
    }

    // The capital partners' sheet, in the members' columns, only when the result has partners: they are not members.
    private static IEnumerable<StreamingWorkbookWriter.Sheet> Partners(ShuResult result, ResultContext context, string[] header, string footer)
    {
        if (result.Partners.Count == 0)
        {
            yield break;
        }

        yield return new(PartnerSheet, header, MemberRows(result, context, result.Partners), [.. header.Select(ColumnWidth)])
        {
            Above = RatLayout.Title(result, context, "Bagian penyerta modal (bukan anggota)", "Capital partners' shares (not members)"),
            Captions = RatLayout.MemberCaptions(result, context.Language),
            Totals = () => RatLayout.MemberTotals(result, context.Language, result.Partners),
            PrintFooter = footer,
        };
    }

    /// <summary>The sheet of the capital partners.</summary>
    internal const string PartnerSheet = "Penyerta";

    private static void Report(Stream stream, ShuResult result, ResultContext context, CancellationToken cancellationToken)
    {
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
        HtmlReport.Write(result, context, writer, cancellationToken);
    }

    private static void WriteReport(AtomicFiles files, ShuResult result, ResultContext context, string? reportPath)
    {
        if (reportPath is not null)
        {
            files.Write(reportPath, s => Report(s, result, context, files.Token));
        }
    }

    /// <summary>Writes the journal of the distribution alone (<c>.xlsx</c> or <c>.csv</c>), all or nothing.</summary>
    public static void WriteJournal(ShuResult result, string path, ResultContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(context);
        TableOutput.Write(path, "Jurnal", JournalHeader, JournalRows(result, context), context.Culture, cancellationToken);
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
