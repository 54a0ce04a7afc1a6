namespace Kopdes.Shu.IO.Tables;

/// <summary>
/// One cell as a source gives it: text (CSV, or a text cell), a number (an Excel number cell), a date, or
/// an error value such as <c>#REF!</c>. Readers turn cells into amounts, dates and text with one set of rules.
/// </summary>
internal readonly record struct Cell(string? Text, decimal? Number = null, DateOnly? Date = null, string? Error = null)
{
    public static readonly Cell Empty = new(null);

    /// <summary>The cell at a column of a row, empty past its end or for column -1 (a column the table lacks).</summary>
    public static Cell At(Cell[] cells, int column) => column >= 0 && column < cells.Length ? cells[column] : Empty;

    public bool IsEmpty => Number is null && Date is null && Error is null && string.IsNullOrWhiteSpace(Text);

    /// <summary>What the cell shows, for messages and text columns.</summary>
    public string Display => Error ?? Text ?? Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    public string? AsText() => IsEmpty ? null : Display.Trim();

    public bool TryAmount(NumberCulture culture, out decimal value)
    {
        value = 0m;
        if (Error is not null)
        {
            return false;
        }

        if (Number is { } number)
        {
            value = number;
            return true;
        }

        if (IsEmpty)
        {
            return true;
        }

        return CellText.TryParseAmount(Text, culture, out value);
    }

    public bool TryDate(out DateOnly? value)
    {
        value = null;
        if (Error is not null)
        {
            return false;
        }

        if (Date is { } date)
        {
            value = date;
            return true;
        }

        // A workbook date is a number of days (a serial date) unless the reader knew its style.
        if (Number is { } serial)
        {
            if (serial is < 1 or > 2_958_465)
            {
                return false;
            }

            value = DateOnly.FromDateTime(DateTime.FromOADate((double)serial));
            return true;
        }

        if (IsEmpty)
        {
            return true;
        }

        if (CellText.TryParseDate(Text, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }
}
