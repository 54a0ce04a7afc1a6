using System.Globalization;

namespace Kopdes.Shu.IO.Tables;

/// <summary>What a workbook cell's number format says its number is.</summary>
internal enum CellFormat
{
    /// <summary>A plain number (or currency, or no format).</summary>
    None = 0,

    /// <summary>A percentage: the cell holds 0.1 and shows 10 %.</summary>
    Percent,

    /// <summary>A date or time: the cell holds a serial date.</summary>
    Date,
}

/// <summary>
/// One cell as a source gives it: text (CSV, or a text cell of a sheet), a number (an Excel number cell, with what
/// its format says), a date, or an error value such as <c>#REF!</c>. <see cref="CellRules"/> turns cells into
/// amounts, percentages, dates and text with one set of rules.
/// </summary>
internal readonly record struct Cell(string? Text, decimal? Number = null, DateOnly? Date = null, string? Error = null)
{
    /// <summary>The error text of a cell that names a shared string the workbook does not have (a damaged file).</summary>
    public const string MissingSharedString = "#TEKS?";

    /// <summary>The error text of a formula that was never calculated (written by a program, never opened in Excel).</summary>
    public const string NoCachedValue = "=rumus tanpa nilai";

    public static readonly Cell Empty = new(null);

    /// <summary>What the number format says the number is (workbook number cells only).</summary>
    public CellFormat Format { get; init; }

    /// <summary>True for text typed into a workbook cell: it is read by Indonesian rules, whatever the file's culture.</summary>
    public bool FromSheet { get; init; }

    /// <summary>True when the workbook cell holds a formula (its value is the one cached when it was last calculated).</summary>
    public bool HasFormula { get; init; }

    /// <summary>The cell at a column of a row, empty past its end or for column -1 (a column the table lacks).</summary>
    public static Cell At(Cell[] cells, int column) => column >= 0 && column < cells.Length ? cells[column] : Empty;

    public bool IsEmpty => Number is null && Date is null && Error is null && string.IsNullOrWhiteSpace(Text);

    /// <summary>What the cell shows, for messages and text columns.</summary>
    public string Display => Error ?? Text ?? Number?.ToString(CultureInfo.InvariantCulture) ?? Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public string? AsText() => IsEmpty ? null : Display.Trim();
}
