using System.Globalization;
using System.Xml;
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

    private const string Namespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string BoldStyle = "1";
    private const string RupiahStyle = "2";
    private const string RupiahWithSenStyle = "3";

    private static readonly string[] References = [.. Enumerable.Range(0, 702).Select(ColumnName)];
    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new System.Text.UTF8Encoding(false), CloseOutput = false };

    public static void Write(Stream stream, IReadOnlyList<Sheet> sheets)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        // Relationship ids are set, not generated: the same result gives the same package parts.
        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
        stylesPart.Stylesheet = Styles();
        var sheetList = new Sheets();
        var definedNames = new DefinedNames();
        for (var s = 0; s < sheets.Count; s++)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>("rIdSheet" + (s + 1).ToString(CultureInfo.InvariantCulture));
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

    // A sheet is written with a plain XmlWriter on the part's stream: 1.6 million cells for 100,000 members,
    // each as start tag, value, end tag. (The SDK's OpenXmlWriter took 4 s for that; it re-collects attributes
    // and checks every element against the schema.)
    private static int WriteSheet(WorksheetPart part, Sheet sheet)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = XmlWriter.Create(stream, XmlSettings);
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement("worksheet", Namespace);
        var header = sheet.Header;
        if (header is not null)
        {
            // The header row frozen: the pane below row 1 scrolls.
            writer.WriteStartElement("sheetViews", Namespace);
            writer.WriteStartElement("sheetView", Namespace);
            writer.WriteAttributeString("workbookViewId", "0");
            writer.WriteStartElement("pane", Namespace);
            writer.WriteAttributeString("ySplit", "1");
            writer.WriteAttributeString("topLeftCell", "A2");
            writer.WriteAttributeString("activePane", "bottomLeft");
            writer.WriteAttributeString("state", "frozen");
            writer.WriteEndElement();
            writer.WriteStartElement("selection", Namespace);
            writer.WriteAttributeString("pane", "bottomLeft");
            writer.WriteAttributeString("activeCell", "A2");
            writer.WriteAttributeString("sqref", "A2");
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteStartElement("cols", Namespace);
        for (var c = 0; c < sheet.Widths.Length; c++)
        {
            var index = (c + 1).ToString(CultureInfo.InvariantCulture);
            writer.WriteStartElement("col", Namespace);
            writer.WriteAttributeString("min", index);
            writer.WriteAttributeString("max", index);
            writer.WriteAttributeString("width", sheet.Widths[c].ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("customWidth", "1");
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteStartElement("sheetData", Namespace);
        var row = 0;
        if (header is not null)
        {
            row = 1;
            StartRow(writer, "1");
            for (var c = 0; c < header.Length; c++)
            {
                WriteText(writer, Reference(c), "1", header[c], BoldStyle);
            }

            writer.WriteEndElement();
        }

        Span<char> number = stackalloc char[64];
        foreach (var values in sheet.Rows)
        {
            row++;
            var rowText = row.ToString(CultureInfo.InvariantCulture);
            StartRow(writer, rowText);
            for (var c = 0; c < values.Length; c++)
            {
                var value = values[c];
                switch (value)
                {
                    case { Amount: { } amount }:
                        WriteNumber(writer, Reference(c), rowText, amount, amount == decimal.Truncate(amount) ? RupiahStyle : RupiahWithSenStyle, number);
                        break;
                    case { Number: { } plain }:
                        WriteNumber(writer, Reference(c), rowText, plain, null, number);
                        break;
                    case { Text: { } text }:
                        WriteText(writer, Reference(c), rowText, text, value.Bold ? BoldStyle : null);
                        break;
                    default:
                        // An empty cell is no cell, so a blank row stays blank for readers; references keep the others in place.
                        break;
                }
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        if (row > 1 && header is not null)
        {
            writer.WriteStartElement("autoFilter", Namespace);
            writer.WriteAttributeString("ref", $"A1:{ColumnName(header.Length - 1)}{row}");
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
        return row;
    }

    private static string Reference(int column) => column < References.Length ? References[column] : ColumnName(column);

    private static void StartRow(XmlWriter writer, string row)
    {
        writer.WriteStartElement("row", Namespace);
        writer.WriteAttributeString("r", row);
    }

    private static void StartCell(XmlWriter writer, string column, string row, string? style, string? type)
    {
        writer.WriteStartElement("c", Namespace);
        writer.WriteStartAttribute("r");
        writer.WriteString(column);
        writer.WriteString(row);
        writer.WriteEndAttribute();
        if (style is not null)
        {
            writer.WriteAttributeString("s", style);
        }

        if (type is not null)
        {
            writer.WriteAttributeString("t", type);
        }
    }

    // Numbers as their exact decimal text (invariant), never through a double.
    private static void WriteNumber(XmlWriter writer, string column, string row, decimal value, string? style, Span<char> buffer)
    {
        StartCell(writer, column, row, style, null);
        writer.WriteStartElement("v", Namespace);
        if (!value.TryFormat(buffer, out var length, default, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"{value} does not fit the number buffer.");
        }

        writer.WriteString(new string(buffer[..length]));
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    // Text as an inline string, so text that looks like a formula stays text.
    private static void WriteText(XmlWriter writer, string column, string row, string text, string? style)
    {
        StartCell(writer, column, row, style, "inlineStr");
        writer.WriteStartElement("is", Namespace);
        writer.WriteStartElement("t", Namespace);
        writer.WriteAttributeString("xml", "space", null, "preserve");
        writer.WriteString(XmlText(text));
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    // Characters XML 1.0 cannot hold (control characters from old systems) would make the workbook unreadable:
    // they are dropped from the cell.
    private static string XmlText(string text)
    {
        foreach (var c in text)
        {
            if (!XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c))
            {
                return string.Concat(text.Where(ch => XmlConvert.IsXmlChar(ch) || char.IsSurrogate(ch)));
            }
        }

        return text;
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
