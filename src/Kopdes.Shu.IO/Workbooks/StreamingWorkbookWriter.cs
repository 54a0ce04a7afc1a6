using System.Globalization;
using System.Xml;
using Kopdes.Shu.IO.Files;
using System.IO.Compression;
using Value = Kopdes.Shu.IO.Results.ResultTables.Value;

namespace Kopdes.Shu.IO.Workbooks;

/// <summary>
/// Writes a workbook of simple tables, one row at a time straight into the package: header in bold
/// and frozen, a filter over the table, set column widths, amounts as numbers in a rupiah format (values,
/// never formulas), text as inline strings (so text that looks like a formula stays text).
/// </summary>
internal static class StreamingWorkbookWriter
{
    /// <summary>One sheet: its name, header (null for a free-form sheet: no bold header, freeze or filter), rows and column widths.</summary>
    public sealed record Sheet(string Name, string[]? Header, IEnumerable<Value[]> Rows, double[] Widths)
    {
        /// <summary>Rows above the table (a title block), then a blank row.</summary>
        public IReadOnlyList<Value[]> Above { get; init; } = [];

        /// <summary>
        /// The header as people read it, in bold above the header of codes, which is then hidden: readers find the table
        /// by its codes, the treasurer sees the captions.
        /// </summary>
        public string[]? Captions { get; init; }

        /// <summary>A bold row under the table (its totals), made when the rows have been written.</summary>
        public Func<Value[]>? Totals { get; init; }

        /// <summary>
        /// The page footer (Excel's codes: <c>&amp;P</c> the page, <c>&amp;N</c> the pages) of a sheet set up for printing:
        /// landscape, one page wide, the header rows on every page, the print area. Null: not set up.
        /// </summary>
        public string? PrintFooter { get; init; }

        /// <summary>The row of the header of codes: below the rows above, the blank row and the captions.</summary>
        public int HeaderRow => (Above.Count > 0 ? Above.Count + 1 : 0) + (Captions is null ? 0 : 1) + 1;

        /// <summary>The first row of the header people read: the captions, or the header itself.</summary>
        public int TopHeaderRow => Captions is null ? HeaderRow : HeaderRow - 1;
    }

    private const string Namespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string BoldStyle = "1";
    private const string RupiahStyle = "2";
    private const string RupiahWithSenStyle = "3";
    private const string GroupedStyle = "4";
    private const string CaptionStyle = "5";

    private static readonly string[] References = [.. Enumerable.Range(0, 702).Select(ColumnName)];
    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new System.Text.UTF8Encoding(false), CloseOutput = false };

    public static void Write(Stream stream, IReadOnlyList<Sheet> sheets, CancellationToken cancellationToken = default)
    {
        // The package is written part by part with fixed names, relationship ids and entry times: the same result
        // gives the same bytes, in every part and in the file as a whole.
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        Part(zip, "[Content_Types].xml", writer =>
        {
            writer.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
            Default(writer, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            Default(writer, "xml", "application/xml");
            Override(writer, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
            Override(writer, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
            for (var s = 0; s < sheets.Count; s++)
            {
                Override(writer, $"/xl/worksheets/sheet{s + 1}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
            }
        });
        Part(zip, "_rels/.rels", writer =>
        {
            writer.WriteStartElement("Relationships", RelationshipsNamespace);
            Relationship(writer, "rId1", "officeDocument", "xl/workbook.xml");
        });
        Part(zip, "xl/_rels/workbook.xml.rels", writer =>
        {
            writer.WriteStartElement("Relationships", RelationshipsNamespace);
            Relationship(writer, "rIdStyles", "styles", "styles.xml");
            for (var s = 0; s < sheets.Count; s++)
            {
                Relationship(writer, SheetId(s), "worksheet", $"worksheets/sheet{s + 1}.xml");
            }
        });
        Part(zip, "xl/styles.xml", WriteStyles);
        var rows = new (int Data, int Last)[sheets.Count];
        for (var s = 0; s < sheets.Count; s++)
        {
            using var part = Entry(zip, $"xl/worksheets/sheet{s + 1}.xml").Open();
            rows[s] = WriteSheet(part, sheets[s] with { Rows = sheets[s].Rows.Checked(cancellationToken) });
        }

        Part(zip, "xl/workbook.xml", writer =>
        {
            writer.WriteStartElement("workbook", Namespace);
            writer.WriteAttributeString("xmlns", "r", null, OfficeRelationshipsNamespace);
            writer.WriteStartElement("sheets", Namespace);
            for (var s = 0; s < sheets.Count; s++)
            {
                writer.WriteStartElement("sheet", Namespace);
                writer.WriteAttributeString("name", sheets[s].Name);
                writer.WriteAttributeString("sheetId", (s + 1).ToString(CultureInfo.InvariantCulture));
                writer.WriteAttributeString("id", OfficeRelationshipsNamespace, SheetId(s));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            var names = new List<(string Name, int Sheet, string Range, bool Hidden)>();
            for (var s = 0; s < sheets.Count; s++)
            {
                var sheet = sheets[s];
                var quoted = "'" + sheet.Name.Replace("'", "''", StringComparison.Ordinal) + "'!";
                if (sheet.Header is { } header && rows[s].Data > sheet.HeaderRow)
                {
                    names.Add(("_xlnm._FilterDatabase", s, $"{quoted}$A${sheet.TopHeaderRow}:${ColumnName(header.Length - 1)}${rows[s].Data}", true));
                }

                if (sheet.PrintFooter is not null)
                {
                    var last = ColumnName(Math.Max(sheet.Widths.Length, sheet.Header?.Length ?? 0) - 1);
                    names.Add(("_xlnm.Print_Area", s, $"{quoted}$A$1:${last}${rows[s].Last}", false));
                    if (sheet.Header is not null)
                    {
                        names.Add(("_xlnm.Print_Titles", s, $"{quoted}${sheet.TopHeaderRow}:${sheet.HeaderRow}", false));
                    }
                }
            }

            if (names.Count > 0)
            {
                writer.WriteStartElement("definedNames", Namespace);
                foreach (var (name, sheet, range, hidden) in names)
                {
                    writer.WriteStartElement("definedName", Namespace);
                    writer.WriteAttributeString("name", name);
                    writer.WriteAttributeString("localSheetId", sheet.ToString(CultureInfo.InvariantCulture));
                    if (hidden)
                    {
                        writer.WriteAttributeString("hidden", "1");
                    }

                    writer.WriteString(range);
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }
        });
    }

    private static string SheetId(int sheet) => "rIdSheet" + (sheet + 1).ToString(CultureInfo.InvariantCulture);

    // Zip entry times are part of the file: one fixed time (the zip format's first day) keeps the bytes the same.
    // Deflate at its fastest level: compressing took a fifth of a folder run's processor time at the default level,
    // for files a quarter smaller that nobody sends over a slow line.
    private static ZipArchiveEntry Entry(ZipArchive zip, string name)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        return entry;
    }

    private static void Part(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        using var stream = Entry(zip, name).Open();
        using var writer = XmlWriter.Create(stream, XmlSettings);
        writer.WriteStartDocument(standalone: true);
        write(writer);
        writer.WriteEndDocument();
    }

    private static void Default(XmlWriter writer, string extension, string type)
    {
        writer.WriteStartElement("Default", "http://schemas.openxmlformats.org/package/2006/content-types");
        writer.WriteAttributeString("Extension", extension);
        writer.WriteAttributeString("ContentType", type);
        writer.WriteEndElement();
    }

    private static void Override(XmlWriter writer, string part, string type)
    {
        writer.WriteStartElement("Override", "http://schemas.openxmlformats.org/package/2006/content-types");
        writer.WriteAttributeString("PartName", part);
        writer.WriteAttributeString("ContentType", type);
        writer.WriteEndElement();
    }

    private static void Relationship(XmlWriter writer, string id, string type, string target)
    {
        writer.WriteStartElement("Relationship", RelationshipsNamespace);
        writer.WriteAttributeString("Id", id);
        writer.WriteAttributeString("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + type);
        writer.WriteAttributeString("Target", target);
        writer.WriteEndElement();
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
    // and checks every element against the schema.) Gives the last row of the table and the last row written.
    private static (int Data, int Last) WriteSheet(Stream stream, Sheet sheet)
    {
        using var writer = XmlWriter.Create(stream, XmlSettings);
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement("worksheet", Namespace);
        if (sheet.PrintFooter is not null)
        {
            writer.WriteStartElement("sheetPr", Namespace);
            writer.WriteStartElement("pageSetUpPr", Namespace);
            writer.WriteAttributeString("fitToPage", "1");
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        var header = sheet.Header;
        if (header is not null)
        {
            // The rows down to the header frozen: the pane below them scrolls.
            var below = (sheet.HeaderRow + 1).ToString(CultureInfo.InvariantCulture);
            writer.WriteStartElement("sheetViews", Namespace);
            writer.WriteStartElement("sheetView", Namespace);
            writer.WriteAttributeString("workbookViewId", "0");
            writer.WriteStartElement("pane", Namespace);
            writer.WriteAttributeString("ySplit", sheet.HeaderRow.ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("topLeftCell", "A" + below);
            writer.WriteAttributeString("activePane", "bottomLeft");
            writer.WriteAttributeString("state", "frozen");
            writer.WriteEndElement();
            writer.WriteStartElement("selection", Namespace);
            writer.WriteAttributeString("pane", "bottomLeft");
            writer.WriteAttributeString("activeCell", "A" + below);
            writer.WriteAttributeString("sqref", "A" + below);
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
        Span<char> number = stackalloc char[64];
        var row = 0;
        foreach (var values in sheet.Above)
        {
            WriteRow(writer, ++row, values, number);
        }

        if (row > 0)
        {
            row++;
        }

        if (header is not null)
        {
            if (sheet.Captions is { } captions)
            {
                var captionRow = (++row).ToString(CultureInfo.InvariantCulture);
                StartRow(writer, captionRow);
                for (var c = 0; c < captions.Length; c++)
                {
                    WriteText(writer, Reference(c), captionRow, captions[c], CaptionStyle);
                }

                writer.WriteEndElement();
            }

            var headerRow = (++row).ToString(CultureInfo.InvariantCulture);
            StartRow(writer, headerRow);
            if (sheet.Captions is not null)
            {
                writer.WriteAttributeString("hidden", "1");
            }

            for (var c = 0; c < header.Length; c++)
            {
                WriteText(writer, Reference(c), headerRow, header[c], BoldStyle);
            }

            writer.WriteEndElement();
        }

        foreach (var values in sheet.Rows)
        {
            WriteRow(writer, ++row, values, number);
        }

        var data = row;
        if (sheet.Totals is { } totals)
        {
            WriteRow(writer, ++row, totals(), number, bold: true);
        }

        writer.WriteEndElement();
        if (data > sheet.HeaderRow && header is not null)
        {
            writer.WriteStartElement("autoFilter", Namespace);
            writer.WriteAttributeString("ref", $"A{sheet.TopHeaderRow}:{ColumnName(header.Length - 1)}{data}");
            writer.WriteEndElement();
        }

        if (sheet.PrintFooter is { } footer)
        {
            WritePrintSetup(writer, footer);
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
        return (data, row);
    }

    private static void WriteRow(XmlWriter writer, int row, Value[] values, Span<char> number, bool bold = false)
    {
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
                    WriteNumber(writer, Reference(c), rowText, plain, value.Grouped ? GroupedStyle : null, number);
                    break;
                case { Text: { } text }:
                    WriteText(writer, Reference(c), rowText, text, value.Bold || bold ? BoldStyle : null);
                    break;
                default:
                    // An empty cell is no cell, so a blank row stays blank for readers; references keep the others in place.
                    break;
            }
        }

        writer.WriteEndElement();
    }

    // A4 landscape, as wide as one page and as long as it takes, margins of about 1.5 cm, the footer centred.
    private static void WritePrintSetup(XmlWriter writer, string footer)
    {
        writer.WriteStartElement("printOptions", Namespace);
        writer.WriteAttributeString("horizontalCentered", "1");
        writer.WriteEndElement();
        writer.WriteStartElement("pageMargins", Namespace);
        foreach (var (side, inches) in new[] { ("left", "0.6"), ("right", "0.6"), ("top", "0.6"), ("bottom", "0.7"), ("header", "0.3"), ("footer", "0.3") })
        {
            writer.WriteAttributeString(side, inches);
        }

        writer.WriteEndElement();
        writer.WriteStartElement("pageSetup", Namespace);
        writer.WriteAttributeString("paperSize", "9");
        writer.WriteAttributeString("orientation", "landscape");
        writer.WriteAttributeString("fitToWidth", "1");
        writer.WriteAttributeString("fitToHeight", "0");
        writer.WriteEndElement();
        writer.WriteStartElement("headerFooter", Namespace);
        writer.WriteElementString("oddFooter", Namespace, footer);
        writer.WriteEndElement();
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

    // Bold for headers; rupiah without and with sen for amounts; grouped digits for weights; wrapped bold captions. The minimum Excel asks of a style sheet besides.
    private static void WriteStyles(XmlWriter writer)
    {
        writer.WriteStartElement("styleSheet", Namespace);
        writer.WriteStartElement("numFmts", Namespace);
        writer.WriteAttributeString("count", "3");
        NumberFormat(writer, "164", "\"Rp\"#,##0;-\"Rp\"#,##0");
        NumberFormat(writer, "165", "\"Rp\"#,##0.##;-\"Rp\"#,##0.##");
        NumberFormat(writer, "166", "#,##0.####");
        writer.WriteEndElement();
        writer.WriteStartElement("fonts", Namespace);
        writer.WriteAttributeString("count", "2");
        Font(writer, bold: false);
        Font(writer, bold: true);
        writer.WriteEndElement();
        writer.WriteStartElement("fills", Namespace);
        writer.WriteAttributeString("count", "2");
        foreach (var pattern in new[] { "none", "gray125" })
        {
            writer.WriteStartElement("fill", Namespace);
            writer.WriteStartElement("patternFill", Namespace);
            writer.WriteAttributeString("patternType", pattern);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteStartElement("borders", Namespace);
        writer.WriteAttributeString("count", "1");
        writer.WriteStartElement("border", Namespace);
        foreach (var side in new[] { "left", "right", "top", "bottom", "diagonal" })
        {
            writer.WriteElementString(side, Namespace, string.Empty);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteStartElement("cellStyleXfs", Namespace);
        writer.WriteAttributeString("count", "1");
        CellFormat(writer, "0", "0", apply: null);
        writer.WriteEndElement();
        writer.WriteStartElement("cellXfs", Namespace);
        writer.WriteAttributeString("count", "6");
        CellFormat(writer, "0", "0", apply: null);
        CellFormat(writer, "0", "1", apply: "applyFont");
        CellFormat(writer, "164", "0", apply: "applyNumberFormat");
        CellFormat(writer, "165", "0", apply: "applyNumberFormat");
        CellFormat(writer, "166", "0", apply: "applyNumberFormat");
        CellFormat(writer, "0", "1", apply: "applyFont", wrap: true);
        writer.WriteEndElement();
        writer.WriteStartElement("cellStyles", Namespace);
        writer.WriteAttributeString("count", "1");
        writer.WriteStartElement("cellStyle", Namespace);
        writer.WriteAttributeString("name", "Normal");
        writer.WriteAttributeString("xfId", "0");
        writer.WriteAttributeString("builtinId", "0");
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void NumberFormat(XmlWriter writer, string id, string code)
    {
        writer.WriteStartElement("numFmt", Namespace);
        writer.WriteAttributeString("numFmtId", id);
        writer.WriteAttributeString("formatCode", code);
        writer.WriteEndElement();
    }

    private static void Font(XmlWriter writer, bool bold)
    {
        writer.WriteStartElement("font", Namespace);
        if (bold)
        {
            writer.WriteElementString("b", Namespace, string.Empty);
        }

        writer.WriteStartElement("sz", Namespace);
        writer.WriteAttributeString("val", "11");
        writer.WriteEndElement();
        writer.WriteStartElement("name", Namespace);
        writer.WriteAttributeString("val", "Calibri");
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void CellFormat(XmlWriter writer, string numberFormat, string font, string? apply, bool wrap = false)
    {
        writer.WriteStartElement("xf", Namespace);
        writer.WriteAttributeString("numFmtId", numberFormat);
        writer.WriteAttributeString("fontId", font);
        writer.WriteAttributeString("fillId", "0");
        writer.WriteAttributeString("borderId", "0");
        if (apply is not null)
        {
            writer.WriteAttributeString(apply, "1");
        }

        if (wrap)
        {
            // Captions wrap within their column, centred: "Ke Simpanan Sukarela" in a column of 18.
            writer.WriteAttributeString("applyAlignment", "1");
            writer.WriteStartElement("alignment", Namespace);
            writer.WriteAttributeString("horizontal", "center");
            writer.WriteAttributeString("vertical", "center");
            writer.WriteAttributeString("wrapText", "1");
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }
}
