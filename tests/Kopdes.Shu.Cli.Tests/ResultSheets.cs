using ClosedXML.Excel;

namespace Kopdes.Shu.Cli.Tests;

/// <summary>A result sheet as a reader who knows only formats.md finds it: the row of codes, the rows under it with a key.</summary>
internal static class ResultSheets
{
    public static IXLRow Header(IXLWorksheet sheet, string key) => sheet.RowsUsed().First(r => r.Cell(1).GetString() == key);

    /// <summary>The table's rows: under the row of codes, with a key (the totals row has none).</summary>
    public static List<IXLRow> Rows(IXLWorksheet sheet, string key)
    {
        var header = Header(sheet, key).RowNumber();
        return [.. sheet.RowsUsed().Where(r => r.RowNumber() > header && r.Cell(1).GetString().Length > 0)];
    }
}
