using System.Text;
using CsvHelper;
using Kopdes.Shu.IO.Tables;

namespace Kopdes.Shu.IO.Csv;

/// <summary>
/// A CSV file's rows, parsed on every core with CsvHelper's parallel enumeration and returned in file order.
/// Plain amounts (<c>1250000</c>, <c>1250000.50</c>) and ISO dates are read from the field's UTF-8 bytes
/// without a string; anything else is decoded and read by <see cref="Cell"/>'s rules, so both paths accept
/// and refuse exactly the same text.
/// </summary>
internal sealed class CsvRows(CsvReader reader) : IRowSource
{
    public IEnumerable<T> Select<T>(Func<IRow, T> parse) =>
        reader.ParallelEnumerate(record => parse(new CsvRow(record)), Environment.ProcessorCount);

    /// <summary>The record a worker's reader is on; valid only while the selector runs.</summary>
    private sealed class CsvRow(CsvReader record) : IRow
    {
        public int Number { get; } = (int)record.LineNumber;

        public int? FieldCount => record.FieldCount;

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
            return field.IsEmpty ? Tables.Cell.Empty : new Cell(Encoding.UTF8.GetString(field));
        }

        public string? Text(int column) => Field(column).IsEmpty ? null : Cell(column).AsText();

        public bool TryAmount(int column, NumberCulture culture, out decimal value)
        {
            var field = Field(column);
            if (field.IsEmpty)
            {
                value = 0m;
                return true;
            }

            return CellText.TryParsePlain(field, culture == NumberCulture.Indonesian ? (byte)',' : (byte)'.', out value)
                || Cell(column).TryAmount(culture, out value);
        }

        public bool TryDate(int column, out DateOnly? value)
        {
            var field = Field(column);
            value = null;
            if (field.IsEmpty)
            {
                return true;
            }

            if (CellText.TryParseIsoDate(field, out var date, out var isIso))
            {
                value = date;
                return true;
            }

            return !isIso && Cell(column).TryDate(out value);
        }

        private ReadOnlySpan<byte> Field(int column) =>
            column >= 0 && column < record.FieldCount ? record.GetSpan(column) : [];

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
