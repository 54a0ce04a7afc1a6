using System.Collections;
using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;
using Kopdes.Shu.IO.Tables;

namespace Kopdes.Shu.IO.Csv;

/// <summary>
/// A CSV file's rows, read in order by one CsvHelper reader, with one row object that moves along the file.
/// Plain amounts (<c>1250000</c>, <c>1250000.50</c>), ISO dates and text that needs no trimming are read from
/// the field's UTF-8 bytes without a string; anything else is decoded and read by <see cref="Cell"/>'s rules,
/// so both paths accept and refuse exactly the same text.
/// </summary>
/// <remarks>
/// One thread, on purpose: CsvHelper hands over the fields of a million rows in a fifth of a second and the
/// rows are parsed without allocating, so the second core is better spent hashing the input file.
/// </remarks>
internal sealed class CsvRows(CsvReader reader, CsvRows.Halves? halves = null) : IRowSource
{
    public IEnumerator<IRow> GetEnumerator()
    {
        var row = new CsvRow(reader, 0);
        while (reader.Read())
        {
            yield return row;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The file's rows in two halves that two readers read side by side, when the file can be cut (see <see cref="Halves"/>).</summary>
    public IReadOnlyList<IEnumerable<IRow>> Split()
    {
        if (halves is null)
        {
            return [this];
        }

        IsSplit = true;
        return [FirstHalf(halves.LinesBefore), SecondHalf(halves)];
    }

    /// <summary>True once <see cref="Split"/> has handed out two halves: the first reader then stops at the cut.</summary>
    public bool IsSplit { get; private set; }

    private IEnumerable<IRow> FirstHalf(int lastLine)
    {
        var row = new CsvRow(reader, 0);
        while (reader.Read() && reader.LineNumber <= lastLine)
        {
            yield return row;
        }
    }

    private static IEnumerable<IRow> SecondHalf(Halves halves)
    {
        using var second = halves.OpenSecond();
        var row = new CsvRow(second, halves.LinesBefore);
        while (second.Read())
        {
            yield return row;
        }
    }

    /// <summary>
    /// Where a file can be cut in two: at the start of a line, in a file with no quote (so every line break ends
    /// a record) and no lone CR (so lines are counted as the reader counts them).
    /// </summary>
    /// <param name="LinesBefore">The lines before the cut: the first half ends with that line, the second numbers on from it.</param>
    /// <param name="OpenSecond">A reader positioned at the cut, reading records without a header.</param>
    public sealed record Halves(int LinesBefore, Func<CsvReader> OpenSecond);

    /// <summary>The record a reader is on.</summary>
    private sealed class CsvRow(CsvReader record, int linesBefore) : IRow
    {
        public int Number
        {
            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            get => (int)record.LineNumber + linesBefore;
        }

        public int? FieldCount
        {
            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            get => record.FieldCount;
        }

        // Runs once a row: compiled fully optimised at its first call, so that a million rows do not run through the
        // first tier, or through precompiled code that cannot inline across assemblies, until tiering catches up.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool IsBlank()
        {
            for (var i = 0; i < record.FieldCount; i++)
            {
                if (!IsWhiteSpace(record.GetSpan(i)))
                {
                    return false;
                }
            }

            return true;
        }

        public Cell Cell(int column)
        {
            var field = Field(column);
            return field.IsEmpty ? Tables.Cell.Empty : new Cell(Encoding.UTF8.GetString(FormulaGuard.Unguard(field)));
        }

        public bool IsEmpty(int column) => IsWhiteSpace(Field(column));

        public string? Text(int column) => Field(column).IsEmpty ? null : Cell(column).AsText();

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public ReadOnlySpan<byte> Utf8Text(int column, ref byte[]? scratch)
        {
            var field = Field(column);

            // Text whose first and last bytes are visible ASCII is its own trimmed text, unless it is guarded as a formula.
            return field.IsEmpty || (IsVisibleAscii(field[0]) && IsVisibleAscii(field[^1]) && field[0] != '\'')
                ? field
                : RowText.Encode(Text(column), ref scratch);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool TryAmount(int column, NumberCulture culture, out decimal value)
        {
            var field = Field(column);
            if (field.IsEmpty)
            {
                value = 0m;
                return true;
            }

            return CellRules.TryParsePlain(field, culture == NumberCulture.Indonesian ? (byte)',' : (byte)'.', out value)
                || CellRules.Amount(Cell(column), culture, out value) == CellProblem.None;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool TryWholeAmount(int column, out long value)
        {
            var field = Field(column);
            if (field.IsEmpty)
            {
                value = 0;
                return true;
            }

            return CellRules.TryParseDigits(field, out value);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool TryDate(int column, out DateOnly? value)
        {
            var field = Field(column);
            value = null;
            if (field.IsEmpty)
            {
                return true;
            }

            if (CellRules.TryParseIsoDate(field, out var date, out var isIso))
            {
                value = date;
                return true;
            }

            return !isIso && CellRules.Date(Cell(column), out value) == CellProblem.None;
        }

        private ReadOnlySpan<byte> Field(int column) =>
            column >= 0 && column < record.FieldCount ? record.GetSpan(column) : [];

        private static bool IsVisibleAscii(byte b) => b is > 0x20 and < 0x7F;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static bool IsWhiteSpace(ReadOnlySpan<byte> field)
        {
            foreach (var b in field)
            {
                // Every byte of a multi-byte character is 0x80 or more: decode those rare fields to judge them.
                if (b >= 0x80)
                {
                    return string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(field));
                }

                if (!char.IsWhiteSpace((char)b))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
