using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Kopdes.Shu.Engine;
using Kopdes.Shu.IO;
using Kopdes.Shu.IO.Inputs;
using Kopdes.Shu.IO.Results;

namespace Kopdes.Shu.Consumer.Tests;

/// <summary>
/// An application that uses DocumentFormat.OpenXml 3.x itself and Kopdes.Shu.IO in one process: Kopdes.Shu.IO writes
/// and reads its workbooks (it depends on no Open XML library), and the two read each other's workbooks.
/// </summary>
public sealed class OpenXml3Tests
{
    [Fact]
    public void TheOpenXmlSdkInThisProcess_IsVersion3()
    {
        Assert.Equal(3, typeof(SpreadsheetDocument).Assembly.GetName().Version!.Major);
    }

    [Fact]
    public void AResultWorkbook_WrittenByKopdesShuIO_IsReadByOpenXml3()
    {
        var (policy, ledger, _) = SyntheticCooperative.Generate(50, seed: 8);
        var result = ShuCalculator.Calculate(policy, ledger).GetResultOrThrow();
        var workbook = new MemoryStream();
        ResultWriter.WriteWorkbook(result, workbook, new ResultContext([]));

        workbook.Position = 0;
        using var document = SpreadsheetDocument.Open(workbook, isEditable: false);
        var rows = Rows(document, "Anggota");

        // The title block and the captions, then the row of codes and the members, then their totals.
        var codes = rows.FindIndex(r => Text(document, r, "A") == "no_anggota");
        Assert.True(codes > 0);
        Assert.Equal(result.Members.Count + 2, rows.Count - codes);
        Assert.Equal(result.Members[0].Id, Text(document, rows[codes + 1], "A"));
        Assert.Equal(result.Members[^1].Id, Text(document, rows[^2], "A"));
    }

    [Fact]
    public void AnInputWorkbook_EditedWithOpenXml3_IsReadByKopdesShuIO()
    {
        var (policy, ledger, balances) = SyntheticCooperative.Generate(50, seed: 8);
        var workbook = new MemoryStream();
        InputWriter.WriteWorkbook(workbook, policy, ledger, 2025, balances);

        // The treasurer's other tool sets the first member's purchases to Rp 7,654,321.
        workbook.Position = 0;
        using (var document = SpreadsheetDocument.Open(workbook, isEditable: true))
        {
            var rows = Rows(document, ShuInputReader.MembersSheet);
            var column = rows[0].Elements<Cell>().First(c => Text(document, c) == "transaksi").CellReference!.Value![..^1];
            var cell = rows[1].Elements<Cell>().First(c => c.CellReference!.Value == column + "2");
            cell.DataType = null;
            cell.InlineString = null;
            cell.CellValue = new CellValue(7_654_321m);
        }

        workbook.Position = 0;
        var inputs = ShuInputReader.Read(new InputStream("anggota.xlsx", workbook));

        Assert.False(inputs.HasErrors, string.Join("\n", inputs.Issues.Select(i => i.Describe(Language.English))));
        Assert.Equal(7_654_321m, inputs.Ledger![0].Amounts["transaksi"]);
        Assert.Equal(ledger[1].Amounts["transaksi"], inputs.Ledger[1].Amounts["transaksi"]);
    }

    private static List<Row> Rows(SpreadsheetDocument document, string sheetName)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return [.. part.Worksheet.Descendants<Row>()];
    }

    private static string Text(SpreadsheetDocument document, Row row, string column) =>
        Text(document, row.Elements<Cell>().First(c => c.CellReference!.Value == column + row.RowIndex!.Value));

    private static string Text(SpreadsheetDocument document, Cell cell)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString!.InnerText;
        }

        if (cell.DataType?.Value == CellValues.SharedString)
        {
            var strings = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ToList();
            return strings[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)].InnerText;
        }

        return cell.CellValue?.Text ?? string.Empty;
    }
}
