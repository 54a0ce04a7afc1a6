using ClosedXML.Excel;
using Kopdes.Shu.IO.Tables;
using Kopdes.Shu.Ledger;

namespace Kopdes.Shu.IO.Workbooks;

/// <summary>An .xlsx workbook's sheets as tables (ClosedXML). Sheet names match loosely, like headers.</summary>
internal sealed class WorkbookSource : IDisposable
{
    private readonly XLWorkbook _workbook;
    private readonly string _file;

    private WorkbookSource(string path)
    {
        _workbook = new XLWorkbook(path);
        _file = Path.GetFileName(path);
    }

    public static WorkbookSource Open(string path) => new(path);

    public void Dispose() => _workbook.Dispose();

    public bool HasSheet(string name) => Find(name) is not null;

    /// <summary>The sheet as a table: the first row is the header.</summary>
    public Table? Table(string name, NumberCulture culture)
    {
        var sheet = Find(name);
        if (sheet is null)
        {
            return null;
        }

        var rows = RawRows(sheet).ToList();
        if (rows.Count == 0)
        {
            return new Table(_file, sheet.Name, [], [], Effective(culture));
        }

        var header = rows[0].Cells.Select(c => c.AsText() ?? string.Empty).ToList();
        return new Table(_file, sheet.Name, header, rows.Skip(1), Effective(culture));
    }

    /// <summary>Every row of the sheet with its row number, empty rows included (the policy sheet has blocks).</summary>
    public IReadOnlyList<(int Row, Cell[] Cells)>? Rows(string name) => Find(name) is { } sheet ? [.. RawRows(sheet)] : null;

    public string? SheetName(string name) => Find(name)?.Name;

    private static NumberCulture Effective(NumberCulture culture) => culture == NumberCulture.Auto ? NumberCulture.International : culture;

    private static IEnumerable<(int Row, Cell[] Cells)> RawRows(IXLWorksheet sheet)
    {
        var used = sheet.RangeUsed();
        if (used is null)
        {
            yield break;
        }

        var lastColumn = used.LastColumn().ColumnNumber();
        var lastRow = used.LastRow().RowNumber();
        for (var r = 1; r <= lastRow; r++)
        {
            var row = sheet.Row(r);
            var cells = new Cell[lastColumn];
            for (var c = 1; c <= lastColumn; c++)
            {
                cells[c - 1] = ToCell(row.Cell(c));
            }

            yield return (r, cells);
        }
    }

    private static Cell ToCell(IXLCell cell)
    {
        if (cell.IsEmpty())
        {
            return Cell.Empty;
        }

        try
        {
            return cell.DataType switch
            {
                XLDataType.Number => new Cell(null, Number: (decimal)cell.GetDouble()),
                XLDataType.DateTime => new Cell(null, Date: DateOnly.FromDateTime(cell.GetDateTime())),
                XLDataType.Boolean => new Cell(cell.GetBoolean() ? "ya" : "tidak"),
                _ => new Cell(cell.GetString()),
            };
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            return new Cell(null, Error: cell.GetString());
        }
    }

    private IXLWorksheet? Find(string name) =>
        _workbook.Worksheets.FirstOrDefault(s => ColumnNames.Match(s.Name, name));
}
