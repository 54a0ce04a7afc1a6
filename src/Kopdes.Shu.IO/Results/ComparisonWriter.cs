using Kopdes.Shu.Analysis;
using Kopdes.Shu.IO.Csv;
using Kopdes.Shu.IO.Files;
using Kopdes.Shu.IO.Workbooks;
using Value = Kopdes.Shu.IO.Results.ResultTables.Value;

namespace Kopdes.Shu.IO.Results;

/// <summary>
/// Writes a <see cref="PolicyComparison"/>: a workbook with the sheets <c>Anggota</c> (per member the gross SHU
/// under each policy and the difference from the first) and <c>Ringkasan</c> (per policy who gains and who
/// loses), or the same as <c>name.csv</c> and <c>name.ringkasan.csv</c>. All files or none.
/// </summary>
public static class ComparisonWriter
{
    /// <summary>The files written for <paramref name="path"/>: itself for a workbook; the CSV and its <c>.ringkasan.csv</c>.</summary>
    public static IReadOnlyList<string> Paths(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return ShuInputReader.IsWorkbook(path) ? [path] : [ResultWriter.CsvPaths(path)[0], ResultWriter.CsvPaths(path)[2]];
    }

    /// <summary>Writes the comparison; <paramref name="redact"/> masks the members' names.</summary>
    public static void Write(PolicyComparison comparison, string path, bool redact = false, NumberCulture culture = NumberCulture.International, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var paths = Paths(path);
        using var files = new AtomicFiles(cancellationToken);
        if (ShuInputReader.IsWorkbook(path))
        {
            files.Write(path, s => Workbook(s, comparison, redact, cancellationToken));
        }
        else
        {
            files.Write(paths[0], s => Members(s, comparison, redact, culture, cancellationToken));
            files.Write(paths[1], s => Summary(s, comparison, culture, cancellationToken));
        }

        files.Commit();
    }

    /// <summary>Writes the comparison workbook to a stream (the caller's, left open).</summary>
    public static void WriteWorkbook(PolicyComparison comparison, Stream output, bool redact = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        Workbook(Buffered.Writable(output), comparison, redact, cancellationToken);
    }

    /// <summary><see cref="WriteWorkbook(PolicyComparison, Stream, bool, CancellationToken)"/> without writing the stream synchronously.</summary>
    public static Task WriteWorkbookAsync(PolicyComparison comparison, Stream output, bool redact = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return Buffered.WriteAsync(cancellationToken, (output, s => Workbook(s, comparison, redact, cancellationToken)));
    }

    /// <summary>Writes the comparison's two CSV tables, members and summary, to streams (the caller's, left open).</summary>
    public static void WriteCsv(PolicyComparison comparison, Stream members, Stream summary, bool redact = false, NumberCulture culture = NumberCulture.International, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        Members(Buffered.Writable(members, nameof(members)), comparison, redact, culture, cancellationToken);
        Summary(Buffered.Writable(summary, nameof(summary)), comparison, culture, cancellationToken);
    }

    /// <summary><see cref="WriteCsv(PolicyComparison, Stream, Stream, bool, NumberCulture, CancellationToken)"/> without writing the streams synchronously.</summary>
    public static Task WriteCsvAsync(PolicyComparison comparison, Stream members, Stream summary, bool redact = false, NumberCulture culture = NumberCulture.International, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return Buffered.WriteAsync(
            cancellationToken,
            (members, s => Members(s, comparison, redact, culture, cancellationToken)),
            (summary, s => Summary(s, comparison, culture, cancellationToken)));
    }

    private static void Workbook(Stream stream, PolicyComparison comparison, bool redact, CancellationToken cancellationToken)
    {
        var memberHeader = MemberHeader(comparison);
        StreamingWorkbookWriter.Write(stream,
        [
            new("Anggota", memberHeader, MemberRows(comparison, redact), [14, 28, .. memberHeader.Skip(2).Select(_ => 18d)]),
            new("Ringkasan", SummaryHeader, SummaryRows(comparison), [.. SummaryHeader.Select(_ => 18d)]),
        ], cancellationToken);
    }

    private static void Members(Stream stream, PolicyComparison comparison, bool redact, NumberCulture culture, CancellationToken cancellationToken) =>
        CsvTableWriter.Write(stream, MemberHeader(comparison), MemberRows(comparison, redact), culture, cancellationToken);

    private static void Summary(Stream stream, PolicyComparison comparison, NumberCulture culture, CancellationToken cancellationToken) =>
        CsvTableWriter.Write(stream, SummaryHeader, SummaryRows(comparison), culture, cancellationToken);

    private static readonly string[] SummaryHeader =
        ["kebijakan", "acuan", "anggota_naik", "anggota_turun", "anggota_tetap", "total_naik", "total_turun", "selisih_median", "selisih_terkecil", "anggota_terkecil", "selisih_terbesar", "anggota_terbesar"];

    private static string[] MemberHeader(PolicyComparison comparison) =>
    [
        "no_anggota", "nama",
        .. comparison.Names.Select(n => "shu:" + n),
        .. comparison.Names.Skip(1).Select(n => "selisih:" + n),
    ];

    private static IEnumerable<Value[]> MemberRows(PolicyComparison comparison, bool redact)
    {
        var policies = comparison.Names.Count;
        var row = new Value[2 + policies + policies - 1];
        for (var i = 0; i < comparison.MemberIds.Count; i++)
        {
            row[0] = comparison.MemberIds[i];
            row[1] = redact ? Redaction.Name(comparison.MemberNames[i]) : comparison.MemberNames[i];
            for (var p = 0; p < policies; p++)
            {
                row[2 + p] = Value.Rupiah(comparison.Gross(p, i));
            }

            for (var p = 1; p < policies; p++)
            {
                row[1 + policies + p] = Value.Rupiah(comparison.Difference(p, i));
            }

            yield return row;
        }
    }

    private static IEnumerable<Value[]> SummaryRows(PolicyComparison comparison) =>
        comparison.Summaries.Select(s => new Value[]
        {
            s.Policy, s.Baseline, Value.Plain(s.Gain), Value.Plain(s.Lose), Value.Plain(s.Same),
            Value.Rupiah(s.TotalGained), Value.Rupiah(s.TotalLost), Value.Rupiah(s.MedianDifference),
            Value.Rupiah(s.SmallestDifference), s.SmallestMember, Value.Rupiah(s.LargestDifference), s.LargestMember,
        });
}
