using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace Kopdes.Shu.Cli.Tests;

/// <summary>
/// Writes an .xlsx by hand, cell by cell, as a spreadsheet program might: text cells, number cells with a percent or
/// date format, formulas with a cached value, a shared string index, or any cell XML at all. Independent of the
/// tool's own writer, so tests can give the readers what Excel gives them.
/// </summary>
internal static class RawWorkbook
{
    /// <summary>The cell styles written: 0 plain, 1 percent (built-in 9), 2 date (built-in 14), 3 a custom percent format.</summary>
    public const int Percent = 1;
    public const int Date = 2;
    public const int CustomPercent = 3;

    /// <summary>A cell given as XML; <c>{r}</c> is replaced by its reference.</summary>
    public sealed record Xml(string Text);

    /// <summary>A number cell with a style.</summary>
    public sealed record Styled(decimal Number, int Style);

    public static object Formula(string formula, decimal cached) => new Xml($"<c r=\"{{r}}\"><f>{SecurityElement.Escape(formula)}</f><v>{cached.ToString(CultureInfo.InvariantCulture)}</v></c>");

    public static object SharedString(int index) => new Xml($"<c r=\"{{r}}\" t=\"s\"><v>{index}</v></c>");

    public static void Write(string path, params (string Sheet, object?[][] Rows)[] sheets)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Part(string name, string xml)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml);
        }

        const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string Rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        types.Append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        types.Append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        types.Append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
        var workbook = new StringBuilder($"<workbook xmlns=\"{Main}\" xmlns:r=\"{Rels}\"><sheets>");
        var rels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        rels.Append($"<Relationship Id=\"s\" Type=\"{Rels}/styles\" Target=\"styles.xml\"/><Relationship Id=\"t\" Type=\"{Rels}/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        for (var s = 0; s < sheets.Length; s++)
        {
            types.Append($"<Override PartName=\"/xl/worksheets/sheet{s + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            workbook.Append($"<sheet name=\"{sheets[s].Sheet}\" sheetId=\"{s + 1}\" r:id=\"w{s + 1}\"/>");
            rels.Append($"<Relationship Id=\"w{s + 1}\" Type=\"{Rels}/worksheet\" Target=\"worksheets/sheet{s + 1}.xml\"/>");
            Part($"xl/worksheets/sheet{s + 1}.xml", Sheet(sheets[s].Rows));
        }

        Part("[Content_Types].xml", types + "</Types>");
        Part("_rels/.rels", $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"{Rels}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Part("xl/workbook.xml", workbook + "</sheets></workbook>");
        Part("xl/_rels/workbook.xml.rels", rels + "</Relationships>");
        Part("xl/sharedStrings.xml", $"<sst xmlns=\"{Main}\" count=\"1\" uniqueCount=\"1\"><si><t>x</t></si></sst>");
        Part("xl/styles.xml", $"""
            <styleSheet xmlns="{Main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>
            <fonts count="1"><font/></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
            <borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>
            <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="9" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>
            """);
    }

    /// <summary>A <c>Kebijakan</c> sheet: SHU 1,000,000 split reserve 30 / jasa_modal 30 / jasa_usaha 40 unless cells are given.</summary>
    public static (string, object?[][]) Policy(object? taxRate = null, object? reserve = null, object? modal = null, object? usaha = null, object? year = null, object? shu = null) =>
        ("Kebijakan",
        [
            ["koperasi", "Koperasi Uji"],
            ["tahun", year ?? 2025m],
            ["shu", shu ?? 1_000_000m],
            ["tarif_pajak", taxRate ?? 0m],
            [],
            ["kode", "nama", "persen", "induk", "cadangan", "dasar"],
            ["cadangan", "Dana Cadangan", reserve ?? 30m, null, "ya", null],
            ["jasa_modal", "Jasa Modal", modal ?? 30m, null, null, "simpanan_wajib"],
            ["jasa_usaha", "Jasa Usaha", usaha ?? 40m, null, null, "transaksi"],
        ]);

    /// <summary>An <c>Anggota</c> sheet: the header, then the rows.</summary>
    public static (string, object?[][]) Members(params object?[][] rows) =>
        ("Anggota", [["no_anggota", "nama", "simpanan_wajib", "transaksi"], .. rows]);

    private static string Sheet(object?[][] rows)
    {
        var xml = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (var r = 0; r < rows.Length; r++)
        {
            xml.Append($"<row r=\"{r + 1}\">");
            for (var c = 0; c < rows[r].Length; c++)
            {
                var reference = $"{(char)('A' + c)}{r + 1}";
                xml.Append(rows[r][c] switch
                {
                    null => string.Empty,
                    string text => $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(text)}</t></is></c>",
                    decimal number => $"<c r=\"{reference}\"><v>{number.ToString(CultureInfo.InvariantCulture)}</v></c>",
                    Styled styled => $"<c r=\"{reference}\" s=\"{styled.Style}\"><v>{styled.Number.ToString(CultureInfo.InvariantCulture)}</v></c>",
                    Xml raw => raw.Text.Replace("{r}", reference, StringComparison.Ordinal),
                    var other => throw new ArgumentException($"No cell for {other}."),
                });
            }

            xml.Append("</row>");
        }

        return xml + "</sheetData></worksheet>";
    }
}
