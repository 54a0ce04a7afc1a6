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

    /// <summary>The cell as an amount; an empty cell is 0. False when it is not a number.</summary>
    bool TryAmount(int column, NumberCulture culture, out decimal value);

    /// <summary>The cell as a date; an empty cell is null. False when it is not a date.</summary>
    bool TryDate(int column, out DateOnly? value);
}

/// <summary>A table's data rows, read once.</summary>
internal interface IRowSource
{
    /// <summary>
    /// Each row mapped by <paramref name="parse"/>, in file order. A CSV file's rows are parsed on every core,
    /// straight from the reader's buffers, so <paramref name="parse"/> must be thread-safe and keep nothing of the row.
    /// </summary>
    IEnumerable<T> Select<T>(Func<IRow, T> parse);
}

/// <summary>Rows already read as cells: a sheet's, streamed by the workbook reader.</summary>
internal sealed class CellRows(IEnumerable<(int Row, Cell[] Cells)> rows, IReadOnlyList<(string Range, int Row)>? merged = null) : IRowSource
{
    public static readonly CellRows None = new([]);

    /// <summary>The sheet's merged ranges and their first rows, complete once the rows have been read.</summary>
    public IReadOnlyList<(string Range, int Row)> MergedRanges => merged ?? [];

    public IEnumerable<T> Select<T>(Func<IRow, T> parse)
    {
        foreach (var (number, cells) in rows)
        {
            yield return parse(new CellRow(number, cells));
        }
    }

    private sealed class CellRow(int number, Cell[] cells) : IRow
    {
        public int Number => number;

        public int? FieldCount => null;

        public bool IsBlank() => Array.TrueForAll(cells, c => c.IsEmpty);

        public Cell Cell(int column) => Tables.Cell.At(cells, column);

        public string? Text(int column) => Cell(column).AsText();

        public bool TryAmount(int column, NumberCulture culture, out decimal value) => Cell(column).TryAmount(culture, out value);

        public bool TryDate(int column, out DateOnly? value) => Cell(column).TryDate(out value);
    }
}
