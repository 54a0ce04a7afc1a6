using Kopdes.Shu.IO.Csv;
using Kopdes.Shu.IO.Files;
using Kopdes.Shu.IO.Workbooks;
using Value = Kopdes.Shu.IO.Results.ResultTables.Value;

namespace Kopdes.Shu.IO.Results;

/// <summary>One table to a file: a workbook for <c>.xlsx</c> (numbers as numbers), else CSV; written whole or not at all.</summary>
internal static class TableOutput
{
    public static void Write(string path, string sheet, string[] header, IEnumerable<Value[]> rows, CancellationToken cancellationToken = default)
    {
        using var files = new AtomicFiles(cancellationToken);
        using (var stream = files.Create(path))
        {
            if (ShuInputReader.IsWorkbook(path))
            {
                StreamingWorkbookWriter.Write(stream, [new(sheet, header, rows, [.. header.Select(_ => 20d)])], cancellationToken);
            }
            else
            {
                CsvTableWriter.Write(stream, header, rows, cancellationToken: cancellationToken);
            }
        }

        files.Commit();
    }
}
