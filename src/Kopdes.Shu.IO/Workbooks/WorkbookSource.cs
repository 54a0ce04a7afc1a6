using System.Globalization;
using System.Text;
using System.Xml;
using Kopdes.Shu.IO.Tables;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Validation;

namespace Kopdes.Shu.IO.Workbooks;

/// <summary>
/// An .xlsx workbook's sheets as tables, streamed row by row: a sheet of 100,000 members is never held as a
/// document (ClosedXML would load every sheet, at about 10 KB a row). Sheet names match loosely, like headers.
/// Formula cells give their cached value (and say they hold a formula); error cells are errors; a number cell
/// carries what its number format says it is (a percentage, a date).
/// </summary>
internal sealed class WorkbookSource : IDisposable
{
    private readonly XlsxPackage _package;
    private readonly string _file;
    private string[]? _sharedStrings;
    private CellFormat[]? _formats;

    private WorkbookSource(Stream stream, string file)
    {
        _package = XlsxPackage.Open(stream, file);
        _file = file;
    }

    /// <summary>Opens the workbook at <paramref name="path"/>.</summary>
    public static WorkbookSource Open(string path) => Open(Files.InputSource.File(path));

    /// <summary>Opens the workbook whose bytes <paramref name="source"/> holds.</summary>
    public static WorkbookSource Open(Files.InputSource source) => Open(source.Open(), source.Name);

    /// <summary>Opens the workbook in <paramref name="stream"/> (which it then owns), named <paramref name="file"/> in messages.</summary>
    public static WorkbookSource Open(Stream stream, string file) => new(stream, file);

    /// <summary>
    /// The largest part a workbook may expand to: 1 GiB. A full sheet of 1,048,576 members written by this tool
    /// is about 700 MB; a zip bomb declares (or expands to) far more and is refused before it fills memory.
    /// </summary>
    public const long MaxPartBytes = 1L << 30;

    /// <summary>The largest ratio of a part's expanded to its compressed size, for parts above 16 MB: spreadsheet XML compresses 5-30 times.</summary>
    public const long MaxRatio = 200;

    public void Dispose() => _package.Dispose();

    public bool HasSheet(string name) => Find(name) is not null;

    public string? SheetName(string name) => Find(name)?.Name;

    /// <summary>
    /// The sheet as a table; rows stream while the workbook is open. The header is the first row, or, with
    /// <paramref name="key"/>, the first row whose first cell is that column name (a result sheet has a title block
    /// and captions above its row of codes); a sheet with no such row is read from its first row.
    /// </summary>
    public Table? Table(string name, NumberCulture culture, string? key = null)
    {
        var sheet = Find(name);
        if (sheet is null)
        {
            return null;
        }

        var headerRow = 0;
        IReadOnlyList<string>? header = null;
        foreach (var (row, cells) in RawRows(sheet.Value.Part).Take(key is null ? 1 : MaxRowsAboveHeader))
        {
            if (key is null || string.Equals(Cell.At(cells, 0).AsText(), key, StringComparison.Ordinal))
            {
                (headerRow, header) = (row, [.. cells.Select(c => c.AsText() ?? string.Empty)]);
                break;
            }
        }

        if (header is null && key is not null)
        {
            return Table(name, culture);
        }

        if (header is null)
        {
            return new Table(_file, sheet.Value.Name, [], CellRows.None, CellRules.Effective(culture));
        }

        var merged = new List<(string Range, int Row)>();
        var start = headerRow;
        return new Table(_file, sheet.Value.Name, header, new CellRows(RawRows(sheet.Value.Part, merged).SkipWhile(r => r.Row <= start), merged), CellRules.Effective(culture))
        {
            HeaderRow = headerRow,
        };
    }

    // A title block and the chair's page of a summary sheet stand above its table: some thirty rows, never hundreds.
    private const int MaxRowsAboveHeader = 200;

    /// <summary>Every row of the sheet with its row number, blank rows included (the policy sheet has blocks).</summary>
    public IReadOnlyList<(int Row, Cell[] Cells)>? Rows(string name)
    {
        var sheet = Find(name);
        if (sheet is null)
        {
            return null;
        }

        var rows = new List<(int Row, Cell[] Cells)>();
        var next = 1;
        foreach (var (row, cells) in RawRows(sheet.Value.Part))
        {
            for (; next < row; next++)
            {
                rows.Add((next, []));
            }

            rows.Add((row, cells));
            next = row + 1;
        }

        return rows;
    }

    /// <summary>The 0-based column of a reference such as <c>AB12</c>.</summary>
    internal static int ColumnIndex(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (c - 'A' + 1);
        }

        return column - 1;
    }

    // Sheets are read with a plain XmlReader over the part's stream: rows and cells come from attributes and
    // text, nothing is built as an element, and a sheet of 100,000 members is never held as a document. No DTD
    // is ever processed.
    private IEnumerable<(int Row, Cell[] Cells)> RawRows(string part, List<(string Range, int Row)>? merged = null)
    {
        using var reader = _package.Read(part);
        var cells = new List<Cell>();
        var rowNumber = 0;
        var inRow = false;
        string? type = null;
        string? value = null;
        StringBuilder? inline = null;
        var style = 0;
        var column = 0;
        var inText = false;
        var inValue = false;
        var hasFormula = false;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when XlsxPackage.IsMain(reader):
                    switch (reader.LocalName)
                    {
                        case "row":
                            rowNumber = reader.GetAttribute("r") is { } r ? int.Parse(r, NumberStyles.None, CultureInfo.InvariantCulture) : rowNumber + 1;
                            cells.Clear();
                            if (reader.IsEmptyElement)
                            {
                                yield return (rowNumber, []);
                            }
                            else
                            {
                                inRow = true;
                            }

                            break;
                        case "c":
                            column = reader.GetAttribute("r") is { } reference ? ColumnIndex(reference) : cells.Count;
                            type = reader.GetAttribute("t");
                            style = reader.GetAttribute("s") is { } s && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var xf) ? xf : 0;
                            value = null;
                            inline = null;
                            hasFormula = false;
                            if (reader.IsEmptyElement)
                            {
                                AddCell(cells, column, Cell.Empty);
                            }

                            break;
                        case "v" when !reader.IsEmptyElement:
                            inValue = true;
                            break;
                        case "f":
                            hasFormula = true;
                            break;
                        case "mergeCell" when merged is not null && reader.GetAttribute("ref") is { } range:
                            merged.Add((range, FirstRow(range)));
                            break;
                        case "t" when !reader.IsEmptyElement:
                            inText = true;
                            break;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when inValue:
                    value += reader.Value;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when inText:
                    (inline ??= new StringBuilder()).Append(reader.Value);
                    break;
                case XmlNodeType.EndElement when XlsxPackage.IsMain(reader):
                    switch (reader.LocalName)
                    {
                        case "v":
                            inValue = false;
                            break;
                        case "t":
                            inText = false;
                            break;
                        case "c":
                            // A formula never calculated (written by a program, not opened in Excel) has no value: not 0.
                            var cell = hasFormula && value is null && inline is null ? new Cell(null, Error: Cell.NoCachedValue) : ToCell(type, value, inline?.ToString(), style);
                            AddCell(cells, column, cell with { HasFormula = hasFormula });
                            break;
                        case "row" when inRow:
                            inRow = false;
                            yield return (rowNumber, [.. cells]);
                            break;
                    }

                    break;
            }
        }
    }

    // The first row of a range such as "A3:B4" (0 for a whole-column range such as "A:A").
    private static int FirstRow(string range)
    {
        var start = range.Split(':')[0];
        var digits = start.AsSpan(start.Length - start.TrimStart("ABCDEFGHIJKLMNOPQRSTUVWXYZ$abcdefghijklmnopqrstuvwxyz").Length);
        return int.TryParse(digits.TrimStart('$'), NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : 0;
    }

    private static void AddCell(List<Cell> cells, int column, Cell cell)
    {
        while (cells.Count < column)
        {
            cells.Add(Cell.Empty);
        }

        if (column < cells.Count)
        {
            cells[column] = cell;
        }
        else
        {
            cells.Add(cell);
        }
    }

    private Cell ToCell(string? type, string? raw, string? inline, int style)
    {
        switch (type)
        {
            case "inlineStr":
                return new Cell(inline ?? raw) { FromSheet = true };
            case "s":
                var strings = _sharedStrings ??= LoadSharedStrings();
                // An index past the table is a damaged file, never the index read as a value.
                return raw is null ? Cell.Empty
                    : int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Length
                        ? new Cell(strings[index]) { FromSheet = true }
                        : new Cell(null, Error: Cell.MissingSharedString);
            case "e":
                return new Cell(null, Error: raw ?? "#N/A");
            case "b":
                return new Cell(raw == "1" ? "ya" : "tidak") { FromSheet = true };
            case "str" or "d":
                return new Cell(raw) { FromSheet = true };
        }

        if (raw is null)
        {
            return Cell.Empty;
        }

        // A number cell: exact decimal from the stored text (Excel keeps about 15 significant digits).
        return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new Cell(null, Number: number) { Format = Format(style) }
            : new Cell(raw) { FromSheet = true };
    }

    private CellFormat Format(int style)
    {
        var formats = _formats ??= NumberFormats.Read(_package);
        return style < formats.Length ? formats[style] : CellFormat.None;
    }

    private string[] LoadSharedStrings()
    {
        if (_package.SharedStrings is not { } part)
        {
            return [];
        }

        // A string item is its text runs; phonetic runs (rPh) are a reading aid, not the text.
        var strings = new List<string>();
        using var reader = _package.Read(part);
        var text = new StringBuilder();
        var inText = false;
        var phonetic = 0;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when XlsxPackage.IsMain(reader):
                    switch (reader.LocalName)
                    {
                        case "si":
                            text.Clear();
                            if (reader.IsEmptyElement)
                            {
                                strings.Add(string.Empty);
                            }

                            break;
                        case "rPh" when !reader.IsEmptyElement:
                            phonetic++;
                            break;
                        case "t" when !reader.IsEmptyElement:
                            inText = phonetic == 0;
                            break;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when inText:
                    text.Append(reader.Value);
                    break;
                case XmlNodeType.EndElement when XlsxPackage.IsMain(reader):
                    switch (reader.LocalName)
                    {
                        case "t":
                            inText = false;
                            break;
                        case "rPh":
                            phonetic--;
                            break;
                        case "si":
                            strings.Add(text.ToString());
                            break;
                    }

                    break;
            }
        }

        return [.. strings];
    }

    // Sheet names match loosely; two sheets that both match would leave the choice to their order: refused.
    private (string Name, string Part)? Find(string name)
    {
        var matches = _package.Sheets.Where(sheet => ColumnNames.Match(sheet.Name, name)).ToList();
        return matches.Count switch
        {
            0 => null,
            1 => matches[0],
            _ => throw new WorkbookRefusedException(FileIssues.AmbiguousSheet(_file, name, matches.Select(m => m.Name))),
        };
    }
}
