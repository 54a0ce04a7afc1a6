using System.Runtime.CompilerServices;
using CsvHelper;
using Kopdes.Shu.IO.Files;
using Kopdes.Shu.IO.Results;
using Kopdes.Shu.IO.Tables;
using Value = Kopdes.Shu.IO.Results.ResultTables.Value;

namespace Kopdes.Shu.IO.Csv;

/// <summary>
/// The one way this project writes a CSV table: UTF-8, <c>,</c> (or <c>;</c> in the Indonesian culture), <c>\n</c>,
/// numbers as <see cref="CellRules.Format"/> writes them, text that Excel would run as a formula guarded. Same rows,
/// same bytes.
/// </summary>
internal static class CsvTableWriter
{
    /// <summary>
    /// Writes the table. In the <see cref="NumberCulture.Indonesian"/> culture, as Excel in Indonesia reads and saves CSV:
    /// separated by <c>;</c>, numbers <c>1.234.567,89</c>, and a byte order mark so Excel knows it is UTF-8. The stream
    /// is left open.
    /// </summary>
    public static void Write(Stream stream, string[] header, IEnumerable<Value[]> rows, NumberCulture culture = NumberCulture.International, CancellationToken cancellationToken = default)
    {
        var indonesian = culture == NumberCulture.Indonesian;
        var options = CsvWriterOptions.Default with { NewLine = "\n", Separator = indonesian ? ';' : ',', WriteByteOrderMark = indonesian };
        using var csv = CsvWriter.Create(stream, options, leaveOpen: true);
        csv.WriteHeader(header);
        Span<byte> number = stackalloc byte[64];
        foreach (var row in rows.Checked(cancellationToken))
        {
            foreach (var value in row)
            {
                if ((value.Amount ?? value.Number) is not { } amount)
                {
                    csv.WriteField(FormulaGuard.Guard(value.Text ?? string.Empty));
                }
                else if (indonesian)
                {
                    // Rupiah and weights in thousands, as Excel shows them; a count or a year without dots (2025, not 2.025).
                    csv.WriteField(value.Amount is not null || value.Grouped
                        ? CellRules.Format(amount, culture)
                        : CellRules.Format(amount, NumberCulture.International).Replace('.', ','));
                }
                else
                {
                    csv.WriteField(Format(amount, number));
                }
            }

            csv.EndRecord();
        }
    }

    /// <summary>Writes just the header line (after the byte order mark of the Indonesian form), leaving the stream open for rows written otherwise (<see cref="MemberCsvWriter"/>).</summary>
    public static void WriteHeader(Stream stream, string[] header, NumberCulture culture = NumberCulture.International)
    {
        var indonesian = culture == NumberCulture.Indonesian;
        using var csv = CsvWriter.Create(stream, CsvWriterOptions.Default with { NewLine = "\n", Separator = indonesian ? ';' : ',', WriteByteOrderMark = indonesian }, leaveOpen: true);
        csv.WriteHeader(header);
    }

    // Runs once a row: compiled fully optimised at its first call, so that a million rows do not run through the
    // first tier, or through precompiled code that cannot inline across assemblies, until tiering catches up.
    /// <summary>
    /// A decimal as UTF-8, exactly as <see cref="CellRules.Format"/> writes it in the international culture. Whole
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

        var text = CellRules.Format(value, NumberCulture.International);
        return buffer[..System.Text.Encoding.UTF8.GetBytes(text, buffer)];
    }
}
