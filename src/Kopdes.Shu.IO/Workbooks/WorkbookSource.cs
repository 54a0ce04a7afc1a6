using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Kopdes.Shu.IO.Tables;
using Kopdes.Shu.Ledger;
using Cell = Kopdes.Shu.IO.Tables.Cell;
using Table = Kopdes.Shu.IO.Tables.Table;
using XCell = DocumentFormat.OpenXml.Spreadsheet.Cell;

namespace Kopdes.Shu.IO.Workbooks;

/// <summary>
/// An .xlsx workbook's sheets as tables, streamed row by row with the Open XML SDK's SAX reader: a sheet of
/// 100,000 members is never held as a document (ClosedXML would load every sheet, at about 10 KB a row).
/// Sheet names match loosely, like headers. Formula cells give their cached value; error cells are errors.
/// </summary>
internal sealed class WorkbookSource : IDisposable
{
    private readonly SpreadsheetDocument _document;
    private readonly WorkbookPart _workbook;
    private readonly string _file;
    private string[]? _sharedStrings;

    private WorkbookSource(string path)
    {
        _document = SpreadsheetDocument.Open(path, isEditable: false);
        _workbook = _document.WorkbookPart ?? throw new InvalidDataException("The file has no workbook part.");
        _file = Path.GetFileName(path);
    }

    public static WorkbookSource Open(string path) => new(path);

    public void Dispose() => _document.Dispose();

    public bool HasSheet(string name) => Find(name) is not null;

    public string? SheetName(string name) => Find(name)?.Name?.Value;

    /// <summary>The sheet as a table: the first row is the header; rows stream while the workbook is open.</summary>
    public Table? Table(string name, NumberCulture culture)
    {
        var sheet = Find(name);
        if (sheet is null)
        {
            return null;
        }

        using var rows = RawRows(sheet).GetEnumerator();
        if (!rows.MoveNext())
        {
            return new Table(_file, sheet.Name!.Value, [], CellRows.None, Effective(culture));
        }

        var header = rows.Current.Cells.Select(c => c.AsText() ?? string.Empty).ToList();
        return new Table(_file, sheet.Name!.Value, header, new CellRows(RawRows(sheet).Skip(1)), Effective(culture));
    }

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
        foreach (var (row, cells) in RawRows(sheet))
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

    private static NumberCulture Effective(NumberCulture culture) => culture == NumberCulture.Auto ? NumberCulture.International : culture;

    // Pure SAX: rows and cells are read from the reader's attributes and text, never loaded as elements,
    // which is what made reading a 100,000-member sheet slow.
    private IEnumerable<(int Row, Cell[] Cells)> RawRows(Sheet sheet)
    {
        var part = (WorksheetPart)_workbook.GetPartById(sheet.Id!.Value!);
        using var reader = OpenXmlReader.Create(part);
        var cells = new List<Cell>();
        var rowNumber = 0;
        var inRow = false;
        string? type = null;
        string? value = null;
        StringBuilder? inline = null;
        var column = 0;
        while (reader.Read())
        {
            var element = reader.ElementType;
            if (element == typeof(Row))
            {
                if (reader.IsStartElement)
                {
                    inRow = true;
                    cells.Clear();
                    rowNumber = Attributes(reader, out _) is { } r ? int.Parse(r, NumberStyles.None, CultureInfo.InvariantCulture) : rowNumber + 1;
                }
                else if (inRow)
                {
                    inRow = false;
                    yield return (rowNumber, [.. cells]);
                }
            }
            else if (element == typeof(XCell))
            {
                if (reader.IsStartElement)
                {
                    column = Attributes(reader, out type) is { } reference ? ColumnIndex(reference) : cells.Count;
                    value = null;
                    inline = null;
                }
                else
                {
                    while (cells.Count < column)
                    {
                        cells.Add(Cell.Empty);
                    }

                    cells.Add(ToCell(type, value, inline?.ToString()));
                }
            }
            else if (element == typeof(CellValue) && reader.IsStartElement)
            {
                value = reader.GetText();
            }
            else if (element == typeof(DocumentFormat.OpenXml.Spreadsheet.Text) && reader.IsStartElement)
            {
                (inline ??= new StringBuilder()).Append(reader.GetText());
            }
        }
    }

    // The reference ("r") and the type ("t") of a row or cell, in one pass over attributes the reader builds on each call.
    private static string? Attributes(OpenXmlReader reader, out string? type)
    {
        string? reference = null;
        type = null;
        var attributes = reader.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            switch (attributes[i].LocalName)
            {
                case "r":
                    reference = attributes[i].Value;
                    break;
                case "t":
                    type = attributes[i].Value;
                    break;
            }
        }

        return reference;
    }

    private Cell ToCell(string? type, string? raw, string? inline)
    {
        switch (type)
        {
            case "inlineStr":
                return new Cell(inline ?? raw);
            case "s":
                var strings = _sharedStrings ??= LoadSharedStrings();
                return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Length
                    ? new Cell(strings[index])
                    : raw is null ? Cell.Empty : new Cell(null, Error: raw);
            case "e":
                return new Cell(null, Error: raw ?? "#N/A");
            case "b":
                return new Cell(raw == "1" ? "ya" : "tidak");
            case "str" or "d":
                return new Cell(raw);
        }

        if (raw is null)
        {
            return Cell.Empty;
        }

        // A number cell: exact decimal from the stored text (Excel keeps about 15 significant digits).
        return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new Cell(null, Number: number)
            : new Cell(raw);
    }

    private string[] LoadSharedStrings()
    {
        var part = _workbook.SharedStringTablePart;
        if (part is null)
        {
            return [];
        }

        var strings = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(reader.LoadCurrentElement()!.InnerText);
            }
        }

        return [.. strings];
    }

    private Sheet? Find(string name) =>
        _workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name?.Value is { } sheetName && ColumnNames.Match(sheetName, name));
}
