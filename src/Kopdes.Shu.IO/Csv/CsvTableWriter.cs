using System.Globalization;
using System.Text;
using CsvHelper;
using Kopdes.Shu.IO.Results;
using Value = Kopdes.Shu.IO.Results.ResultTables.Value;

namespace Kopdes.Shu.IO.Csv;

/// <summary>
/// The one way this project writes a CSV table: UTF-8 without BOM, <c>,</c>, <c>\n</c>, numbers invariant and
/// straight from the decimal, text that Excel would run as a formula neutralised. Same rows, same bytes.
/// </summary>
internal static class CsvTableWriter
{
    public static void Write(Stream stream, string[] header, IEnumerable<Value[]> rows)
    {
        using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        using var csv = CsvWriter.Create(text, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: false);
        csv.WriteHeader(header);
        Span<char> number = stackalloc char[64];
        foreach (var row in rows)
        {
            foreach (var value in row)
            {
                // Numbers go straight from the decimal into the writer's buffer: no string per field.
                if ((value.Amount ?? value.Number) is { } amount && amount.TryFormat(number, out var length, default, CultureInfo.InvariantCulture))
                {
                    csv.WriteField(number[..length]);
                }
                else
                {
                    csv.WriteField(ResultWriter.Neutralize(value.Text ?? string.Empty));
                }
            }

            csv.EndRecord();
        }
    }
}
