using Kopdes.Shu.IO.Csv;
using Kopdes.Shu.IO.Files;
using Kopdes.Shu.IO.Workbooks;
using Value = Kopdes.Shu.IO.Results.ResultTables.Value;

namespace Kopdes.Shu.IO.Results;

/// <summary>One table to a file (a workbook for <c>.xlsx</c>, else CSV; written whole or not at all) or to a stream.</summary>
internal static class TableOutput
{
    public static void Write(string path, string sheet, string[] header, IEnumerable<Value[]> rows, NumberCulture culture = NumberCulture.International, CancellationToken cancellationToken = default)
    {
        using var files = new AtomicFiles(cancellationToken);
        files.Write(path, s => Write(s, ShuInputReader.IsWorkbook(path) ? TableFormat.Workbook : TableFormat.Csv, sheet, header, rows, culture, cancellationToken));
        files.Commit();
    }

    // The workbook's column widths are 20 each unless widths are given.
    public static void Write(
        Stream output, TableFormat format, string sheet, string[] header, IEnumerable<Value[]> rows, NumberCulture culture = NumberCulture.International, CancellationToken cancellationToken = default, double[]? widths = null)
    {
        if (format == TableFormat.Workbook)
        {
            StreamingWorkbookWriter.Write(output, [new(sheet, header, rows, widths ?? [.. header.Select(_ => 20d)])], cancellationToken);
        }
        else
        {
            CsvTableWriter.Write(output, header, rows, culture, cancellationToken);
        }
    }

    public static Task WriteAsync(
        Stream output, TableFormat format, string sheet, string[] header, IEnumerable<Value[]> rows, NumberCulture culture = NumberCulture.International, CancellationToken cancellationToken = default) =>
        Buffered.WriteAsync(cancellationToken, (output, s => Write(s, format, sheet, header, rows, culture, cancellationToken)));
}
