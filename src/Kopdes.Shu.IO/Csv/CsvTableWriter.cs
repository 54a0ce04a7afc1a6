using System.Globalization;
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
        using var csv = Create(stream, header);
        Span<byte> number = stackalloc byte[64];
        foreach (var row in rows)
        {
            WriteRow(csv, row, number);
        }
    }

    /// <summary>
    /// Writes <paramref name="count"/> rows of <paramref name="width"/> values, formatted on every core by
    /// CsvHelper's parallel writer and written in order: the same bytes as <see cref="Write"/>.
    /// <paramref name="fill"/> fills a row buffer with row i and must be thread-safe.
    /// </summary>
    public static void WriteParallel(Stream stream, string[] header, int count, int width, Action<Value[], int> fill)
    {
        using var csv = Create(stream, header);
        var buffers = new ThreadLocal<Value[]>(() => new Value[width]);
        try
        {
            csv.ParallelWrite(Enumerable.Range(0, count), (writer, i) =>
            {
                var row = buffers.Value!;
                fill(row, i);
                WriteRow(writer, row, stackalloc byte[64]);
            }, Environment.ProcessorCount);
        }
        finally
        {
            buffers.Dispose();
        }
    }

    // CsvHelper writes UTF-8 to the stream itself: no TextWriter, no second encoding pass.
    private static CsvWriter Create(Stream stream, string[] header)
    {
        var csv = CsvWriter.Create(stream, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: false);
        csv.WriteHeader(header);
        return csv;
    }

    private static void WriteRow(CsvWriter csv, Value[] row, Span<byte> number)
    {
        foreach (var value in row)
        {
            if ((value.Amount ?? value.Number) is { } amount)
            {
                csv.WriteField(Format(amount, number));
            }
            else
            {
                csv.WriteField(ResultWriter.Neutralize(value.Text ?? string.Empty));
            }
        }

        csv.EndRecord();
    }

    /// <summary>
    /// A decimal as invariant UTF-8, exactly as <see cref="decimal.ToString(IFormatProvider)"/> writes it. Whole
    /// rupiah, nearly every number in a result, go through the much faster integer formatter.
    /// </summary>
    internal static ReadOnlySpan<byte> Format(decimal value, Span<byte> buffer)
    {
        int length;
        var written = value.Scale == 0 && value is >= long.MinValue and <= long.MaxValue
            ? ((long)value).TryFormat(buffer, out length, default, CultureInfo.InvariantCulture)
            : value.TryFormat(buffer, out length, default, CultureInfo.InvariantCulture);
        return written ? buffer[..length] : throw new InvalidOperationException($"{value} does not fit the number buffer.");
    }
}
