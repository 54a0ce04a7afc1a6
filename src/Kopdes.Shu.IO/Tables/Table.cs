namespace Kopdes.Shu.IO.Tables;

/// <summary>A header and rows of cells from a CSV file or a sheet, with where they came from.</summary>
/// <param name="File">The file name, for messages.</param>
/// <param name="Sheet">The sheet, or null for a CSV file.</param>
/// <param name="Header">The header row's texts.</param>
/// <param name="Rows">The data rows, read once, each with its 1-based row number in the file (the header is row 1 in a CSV).</param>
/// <param name="Culture">How text numbers are written.</param>
internal sealed record Table(string File, string? Sheet, IReadOnlyList<string> Header, IRowSource Rows, NumberCulture Culture)
{
    /// <summary>About how many data rows the table has (at least as many), when the source knows it cheaply.</summary>
    public int? RowCountHint { get; init; }

    /// <summary>The 1-based row of the header: 1, or lower in a sheet with a title above its table.</summary>
    public int HeaderRow { get; init; } = 1;
}
