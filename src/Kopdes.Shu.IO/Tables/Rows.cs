namespace Kopdes.Shu.IO.Tables;

/// <summary>One data row of a table, read cell by cell. Every kind of source reads by <see cref="Cell"/>'s rules.</summary>
internal interface IRow
{
    /// <summary>The row's 1-based number in its file or sheet.</summary>
    int Number { get; }

    /// <summary>The number of fields a CSV record has (null for a sheet, where trailing cells are simply absent).</summary>
    int? FieldCount { get; }

    /// <summary>True when every cell of the row is empty or white space.</summary>
    bool IsBlank();

    /// <summary>The cell as a <see cref="Tables.Cell"/> (empty for a column that is absent, index -1 included).</summary>
    Cell Cell(int column);

    /// <summary>The cell's text, trimmed; null when empty.</summary>
    string? Text(int column);

    /// <summary>
    /// The cell's text as <see cref="Text"/> gives it, in UTF-8 (empty when null): straight from a CSV reader's
    /// buffer when the field needs no trimming, otherwise encoded into <paramref name="scratch"/>. Valid until the next row.
    /// </summary>
    ReadOnlySpan<byte> Utf8Text(int column, ref byte[]? scratch);

    /// <summary>
    /// The cell as an amount by <see cref="CellRules.Amount"/>; an empty cell is 0. False when it cannot be read:
    /// <see cref="CellRules.Amount"/> on <see cref="Cell"/> says why.
    /// </summary>
    bool TryAmount(int column, NumberCulture culture, out decimal value);

    /// <summary>
    /// The cell as a whole amount when <see cref="TryAmount"/> would read it as a whole number without decimals and
    /// it is written so plainly that a long is quicker (an empty cell is 0). False says nothing: ask
    /// <see cref="TryAmount"/>.
    /// </summary>
    bool TryWholeAmount(int column, out long value)
    {
        value = 0;
        return false;
    }

    /// <summary>The cell as a date; an empty cell is null. False when it is not a date.</summary>
    bool TryDate(int column, out DateOnly? value);

    /// <summary>True when the cell is empty or white space.</summary>
    bool IsEmpty(int column);

    /// <summary>True when the cell holds an error value, not a text (only a sheet's cells can).</summary>
    bool IsError(int column) => false;

    /// <summary>True when the cell holds a formula (only a sheet's cells can).</summary>
    bool HasFormula(int column) => false;
}

/// <summary>
/// A table's data rows in file order, read once. A CSV source hands out one row object that moves along the
/// file, straight over the reader's buffers: read what you need from a row before asking for the next.
/// </summary>
internal interface IRowSource : IEnumerable<IRow>
{
    /// <summary>
    /// The rows in consecutive parts, in file order, that may be read side by side on different threads (each part
    /// with its own row object); one part, the whole source, when the source cannot be cut.
    /// </summary>
    IReadOnlyList<IEnumerable<IRow>> Split() => [this];
}

/// <summary>Text of a row in UTF-8, for both kinds of source.</summary>
internal static class RowText
{
    /// <summary>Encodes <paramref name="text"/> into <paramref name="scratch"/> (grown as needed); empty for null.</summary>
    public static ReadOnlySpan<byte> Encode(string? text, ref byte[]? scratch)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var most = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length);
        if (scratch is null || scratch.Length < most)
        {
            scratch = new byte[Math.Max(most, 256)];
        }

        return scratch.AsSpan(0, System.Text.Encoding.UTF8.GetBytes(text, scratch));
    }
}

/// <summary>Rows already read as cells: a sheet's, streamed by the workbook reader.</summary>
internal sealed class CellRows(IEnumerable<(int Row, Cell[] Cells)> rows, IReadOnlyList<(string Range, int Row)>? merged = null) : IRowSource
{
    public static readonly CellRows None = new([]);

    /// <summary>The sheet's merged ranges and their first rows, complete once the rows have been read.</summary>
    public IReadOnlyList<(string Range, int Row)> MergedRanges => merged ?? [];

    public IEnumerator<IRow> GetEnumerator()
    {
        foreach (var (number, cells) in rows)
        {
            yield return new CellRow(number, cells);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class CellRow(int number, Cell[] cells) : IRow
    {
        public int Number => number;

        public int? FieldCount => null;

        public bool IsBlank() => Array.TrueForAll(cells, c => c.IsEmpty);

        public Cell Cell(int column) => Tables.Cell.At(cells, column);

        public string? Text(int column) => Cell(column).AsText();

        public ReadOnlySpan<byte> Utf8Text(int column, ref byte[]? scratch) => RowText.Encode(Text(column), ref scratch);

        public bool TryAmount(int column, NumberCulture culture, out decimal value) => CellRules.Amount(Cell(column), culture, out value) == CellProblem.None;

        public bool TryDate(int column, out DateOnly? value) => CellRules.Date(Cell(column), out value) == CellProblem.None;

        public bool IsEmpty(int column) => Cell(column).IsEmpty;

        public bool IsError(int column) => Cell(column).Error is not null;

        public bool HasFormula(int column) => Cell(column).HasFormula;
    }
}
