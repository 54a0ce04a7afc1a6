using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Value = Kopdes.Shu.IO.Results.ResultTables.Value;

namespace Kopdes.Shu.IO.Workbooks;

/// <summary>
/// Writes a workbook of simple tables with the Open XML SDK's SAX writer, one row at a time: header in bold
/// and frozen, a filter over the table, set column widths, amounts as numbers in a rupiah format (values,
/// never formulas), text as inline strings (so text that looks like a formula stays text).
/// </summary>
internal static class StreamingWorkbookWriter
{
    /// <summary>One sheet: its name, header (null for a free-form sheet: no bold header, freeze or filter), rows and column widths.</summary>
    public sealed record Sheet(string Name, string[]? Header, IEnumerable<Value[]> Rows, double[] Widths);

    private const uint BoldStyle = 1;
    private const uint RupiahStyle = 2;
    private const uint RupiahWithSenStyle = 3;

    private static readonly string[] References = [.. Enumerable.Range(0, 702).Select(ColumnName)];
    private static readonly Cell CellElement = new();
    private static readonly CellValue ValueElement = new();
    private static readonly InlineString InlineElement = new();
    private static readonly DocumentFormat.OpenXml.Spreadsheet.Text TextElement = new();
    private static readonly OpenXmlAttribute[] PreserveSpace = [new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")];

    public static void Write(Stream stream, IReadOnlyList<Sheet> sheets)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = Styles();
        var sheetList = new Sheets();
        var definedNames = new DefinedNames();
        for (var s = 0; s < sheets.Count; s++)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            var rows = WriteSheet(part, sheets[s]);
            sheetList.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = (uint)(s + 1), Name = sheets[s].Name });
            if (rows > 1 && sheets[s].Header is not null)
            {
                definedNames.Append(new DefinedName($"'{sheets[s].Name}'!$A$1:${ColumnName(sheets[s].Header!.Length - 1)}${rows}")
                {
                    Name = "_xlnm._FilterDatabase",
                    LocalSheetId = (uint)s,
                    Hidden = true,
                });
            }
        }

        workbookPart.Workbook.Append(sheetList);
        if (definedNames.HasChildren)
        {
            workbookPart.Workbook.Append(definedNames);
        }

        workbookPart.Workbook.Save();
    }

    internal static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static int WriteSheet(WorksheetPart part, Sheet sheet)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        var header = sheet.Header;
        if (header is not null)
        {
            writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        {
            WorkbookViewId = 0,
        }));
        }

        var columns = new Columns();
        for (var c = 0; c < sheet.Widths.Length; c++)
        {
            columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = sheet.Widths[c], CustomWidth = true });
        }

        writer.WriteElement(columns);
        writer.WriteStartElement(new SheetData());
        var row = 0;
        if (header is not null)
        {
            writer.WriteStartElement(new Row(), RowAttributes(1));
            for (var c = 0; c < header.Length; c++)
            {
                WriteText(writer, ColumnName(c) + "1", header[c], BoldStyle);
            }

            writer.WriteEndElement();
            row = 1;
        }

        foreach (var values in sheet.Rows)
        {
            row++;
            writer.WriteStartElement(new Row(), RowAttributes(row));
            for (var c = 0; c < values.Length; c++)
            {
                var value = values[c];
                if (value.Text is null && value.Amount is null && value.Number is null)
                {
                    // An empty cell is no cell, so a blank row stays blank for readers; references keep the others in place.
                    continue;
                }

                var reference = (c < References.Length ? References[c] : ColumnName(c)) + row.ToString(CultureInfo.InvariantCulture);
                switch (value)
                {
                    case { Amount: { } amount }:
                        WriteNumber(writer, reference, amount, amount == decimal.Truncate(amount) ? RupiahStyle : RupiahWithSenStyle);
                        break;
                    case { Number: { } number }:
                        WriteNumber(writer, reference, number, 0);
                        break;
                    default:
                        WriteText(writer, reference, value.Text ?? string.Empty, value.Bold ? BoldStyle : 0);
                        break;
                }
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        if (row > 1 && header is not null)
        {
            writer.WriteElement(new AutoFilter { Reference = $"A1:{ColumnName(header.Length - 1)}{row}" });
        }

        writer.WriteEndElement();
        return row;
    }

    // Attributes passed apart from the element: the SDK otherwise re-collects an element's attributes into a
    // list on every WriteStartElement, which was most of the time of writing 100,000 rows.
    private static OpenXmlAttribute[] RowAttributes(int row) => [new OpenXmlAttribute("r", string.Empty, row.ToString(CultureInfo.InvariantCulture))];

    // Cells are written as start tag, value, end tag: building a Cell element with children for each of
    // a million cells costs more than the rest of the run.
    private static void WriteNumber(OpenXmlWriter writer, string reference, decimal value, uint style)
    {
        writer.WriteStartElement(CellElement, CellAttributes(reference, null, style));
        writer.WriteStartElement(ValueElement);
        writer.WriteString(value.ToString(CultureInfo.InvariantCulture));
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteText(OpenXmlWriter writer, string reference, string text, uint style)
    {
        writer.WriteStartElement(CellElement, CellAttributes(reference, "inlineStr", style));
        writer.WriteStartElement(InlineElement);
        writer.WriteStartElement(TextElement, PreserveSpace);
        writer.WriteString(text);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static List<OpenXmlAttribute> CellAttributes(string reference, string? type, uint style)
    {
        var attributes = new List<OpenXmlAttribute>(3) { new("r", string.Empty, reference) };
        if (style != 0)
        {
            attributes.Add(new OpenXmlAttribute("s", string.Empty, style.ToString(CultureInfo.InvariantCulture)));
        }

        if (type is not null)
        {
            attributes.Add(new OpenXmlAttribute("t", string.Empty, type));
        }

        return attributes;
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "\"Rp\"#,##0;-\"Rp\"#,##0" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "\"Rp\"#,##0.##;-\"Rp\"#,##0.##" })
        {
            Count = 2,
        },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true })
        {
            Count = 4,
        });
}
