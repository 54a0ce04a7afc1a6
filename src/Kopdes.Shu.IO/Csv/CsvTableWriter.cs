using System.Globalization;
using System.Runtime.CompilerServices;
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

    /// <summary>Writes just the header line, leaving the stream open for rows written otherwise (<see cref="MemberCsvWriter"/>).</summary>
    public static void WriteHeader(Stream stream, string[] header)
    {
        using var csv = CsvWriter.Create(stream, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true);
        csv.WriteHeader(header);
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

    // Runs once a row or member: compiled optimised from the first call (AggressiveOptimization), not through
    // the slow first tier while a million rows go by. See docs/performance.md.
    /// <summary>
    /// A decimal as invariant UTF-8, exactly as <see cref="decimal.ToString(IFormatProvider)"/> writes it. Whole
    /// numbers written without decimals (scale 0) that fit 64 bits, nearly every number in a result, go through the
    /// much faster integer formatter.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ReadOnlySpan<byte> Format(decimal value, Span<byte> buffer)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        if ((bits[3] & 0x00FF_0000) == 0 && bits[2] == 0)
        {
            var magnitude = unchecked(((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
            var sign = bits[3] < 0 && magnitude != 0 ? 1 : 0;
            buffer[0] = (byte)'-';
            if (magnitude.TryFormat(buffer[sign..], out var digits))
            {
                return buffer[..(sign + digits)];
            }
        }

        return value.TryFormat(buffer, out var length, default, CultureInfo.InvariantCulture)
            ? buffer[..length]
            : throw new InvalidOperationException($"{value} does not fit the number buffer.");
    }
}
