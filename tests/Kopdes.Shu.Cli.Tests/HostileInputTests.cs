using System.IO.Compression;
using System.Text;

namespace Kopdes.Shu.Cli.Tests;

/// <summary>
/// The corpus of broken inputs of issue 6: files from old spreadsheets, phones and other systems. Each must give
/// its error at its place (file, row, column), exit 1, write nothing and show no stack trace; a few that are
/// merely unusual (BOM, UTF-16, Windows-1252, a hidden sheet, -0) must be read correctly. Workbooks are built
/// here byte by byte from their XML, independently of the project's writer.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const string Policy = """
        { "shu": 1000000, "funds": [ { "code": "cadangan", "percent": 30, "reserve": true },
          { "code": "jasa_usaha", "percent": 70, "basis": ["transaksi"] } ] }
        """;

    private const string Header = "no_anggota,nama,tanggal_masuk,transaksi\n";

    private readonly CliRun _cli = new();

    public HostileInputTests() => _cli.Write("kebijakan.json", Policy);

    public void Dispose() => _cli.Dispose();

    public static TheoryData<string, string, string[]> Refused() => new()
    {
        // name, file content (CSV text, or a workbook recipe below), what the error must say
        { "empty file", "", ["empty file.csv, baris 1: Berkas kosong", "[Input.Empty]"] },
        { "header only", Header, ["header only.csv, baris 2: Tidak ada anggota", "[Input.NoMembers]"] },
        { "mixed delimiters", Header + "A1,Budi,2020-01-01,100\nA2;Siti;2020-01-01;200\n", ["baris 3", "memiliki 1 kolom, sedangkan judul memiliki 4", "[Input.FieldCount]"] },
        { "quote left open", Header + "A1,\"Budi,2020-01-01,100\nA2,Siti,2020-01-01,200\n", ["baris 2: Tanda kutip", "[Input.Malformed]"] },
        { "ragged rows", Header + "A1,Budi,2020-01-01,100,9\nA2,Siti\n", ["baris 2, anggota A1: Baris ini memiliki 5 kolom", "baris 3, anggota A2: Baris ini memiliki 2 kolom"] },
        { "10^30 amount", Header + "A1,Budi,2020-01-01,1000000000000000000000000000000\n", ["baris 2, kolom transaksi, anggota A1: '1000000000000000000000000000000' pada kolom transaksi bukan angka"] },
        { "NaN", Header + "A1,Budi,2020-01-01,NaN\n", ["baris 2, kolom transaksi, anggota A1: 'NaN' pada kolom transaksi bukan angka"] },
        { "exponent", Header + "A1,Budi,2020-01-01,1e5\n", ["baris 2, kolom transaksi, anggota A1: '1e5' pada kolom transaksi bukan angka"] },
        { "thousands in the wrong culture", Header + "A1,Budi,2020-01-01,\"1.234,50\"\n", ["baris 2, kolom transaksi, anggota A1: '1.234,50' pada kolom transaksi dapat dibaca dua cara", "Tulis 1234.50.", "[Cell.AmbiguousThousands]"] },
        { "a date that does not exist", Header + "A1,Budi,2025-02-30,100\n", ["baris 2, kolom tanggal_masuk, anggota A1", "2025-02-30", "[Ledger.InvalidDate]"] },
        { "duplicate headers", "no_anggota,transaksi,Transaksi\nA1,1,2\n", ["baris 1", "[Ledger.DuplicateColumn]"] },
        { "binary junk named .csv", "\u0000\u0001\u0002PK\u0003\u0004", ["binary junk named .csv"] },
        { "xlsx:not a zip", "this is not a workbook", ["not a zip.xlsx", "[Input.Unreadable]"] },
        { "xlsx:zip bomb", "bomb", ["zip bomb.xlsx", "xl/worksheets/sheet1.xml", "[Input.TooLarge]"] },
        { "xlsx:merged cells", "merged", ["sheet Anggota, baris 3: Sel gabungan A3:A4", "[Input.MergedCells]"] },
        { "xlsx:formula without a value", "formula", ["sheet Anggota, baris 2, kolom transaksi, anggota A1: '=rumus tanpa nilai'"] },
        { "xlsx:error value", "error", ["sheet Anggota, baris 2, kolom transaksi, anggota A1: '#REF!' pada kolom transaksi bukan angka"] },
        { "xlsx:a sheet of 1048576 rows", "last row", ["sheet Anggota, baris 1048576, kolom transaksi, anggota A2: 'banyak' pada kolom transaksi bukan angka"] },
        { "policy:105 percent", Policy.Replace("\"percent\": 70", "\"percent\": 75", StringComparison.Ordinal), ["kebijakan.json, kolom funds", "105%", "[Policy.PercentSum]"] },
        { "policy:no reserve", Policy.Replace(", \"reserve\": true", string.Empty, StringComparison.Ordinal), ["kebijakan.json, kolom funds", "[Policy.NoReserve]"] },
        { "policy:unknown pool column", Policy.Replace("[\"transaksi\"]", "[\"belanja\"]", StringComparison.Ordinal), ["kebijakan.json", "belanja", "[Policy.UnknownBasisColumn]"] },
        { "policy:duplicate fund codes", Policy.Replace("\"jasa_usaha\"", "\"cadangan\"", StringComparison.Ordinal), ["kebijakan.json, kolom funds[1]", "[Policy.DuplicateFundCode]"] },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refused_WithALocatedError_ExitOne_NothingWritten_NoStackTrace(string name, string content, string[] messages)
    {
        var input = Build(name, content);
        var before = _cli.Files();

        var exit = _cli.Run("hitung", input);

        Assert.True(exit == 1, $"{name}: exit {exit}\n{_cli.Out}\n{_cli.Error}");
        foreach (var message in messages)
        {
            Assert.Contains(message, _cli.Error, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("   at ", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(before, _cli.Files());
    }

    [Fact]
    public void Verbose_ShowsTheStackTraceOfADefect_ButNeverForBadData()
    {
        var input = Build("xlsx:not a zip", "junk");

        Assert.Equal(1, _cli.Run("hitung", input, "--verbose"));
        Assert.DoesNotContain("   at ", _cli.Error, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[], string> Accepted() => new()
    {
        { "UTF-8 with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Header + "A1,André,2020-01-01,100\n")], "André" },
        { "UTF-16 LE", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Header + "A1,André,2020-01-01,100\n")], "André" },
        { "UTF-16 BE", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Header + "A1,André,2020-01-01,100\n")], "André" },
        { "Windows-1252", Encoding.Latin1.GetBytes(Header + "A1,André,2020-01-01,100\n"), "André" },
        { "negative zero", Encoding.UTF8.GetBytes(Header + "A1,Budi,2020-01-01,-0\nA2,Siti,2020-01-01,5\n"), "A1,Budi,anggota,ya,0,0," },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Unusual_ButValid_IsReadCorrectly(string name, byte[] content, string expected)
    {
        File.WriteAllBytes(_cli[name + ".csv"], content);

        var exit = _cli.Run("hitung", _cli[name + ".csv"], "--out", _cli["hasil.csv"]);

        Assert.True(exit == 0, $"{name}: exit {exit}\n{_cli.Error}");
        Assert.Contains(expected, File.ReadAllText(_cli["hasil.csv"]), StringComparison.Ordinal);
        if (name == "Windows-1252")
        {
            Assert.Contains("[Input.LegacyEncoding]", _cli.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AHiddenMembersSheet_IsStillRead()
    {
        var input = Workbook(_cli["hidden.xlsx"], Row(1, "no_anggota", "transaksi") + Row(2, "A1", 100), hidden: true);

        Assert.Equal(0, _cli.Run("hitung", input, "--kebijakan", _cli["kebijakan.json"], "--out", _cli["hasil.csv"]));
        Assert.StartsWith("A1,,anggota,ya,100,700000", File.ReadAllLines(_cli["hasil.csv"])[1], StringComparison.Ordinal);
    }

    private string Build(string name, string content)
    {
        if (name.StartsWith("policy:", StringComparison.Ordinal))
        {
            _cli.Write("kebijakan.json", content);
            return _cli.Write("anggota.csv", Header + "A1,Budi,2020-01-01,100\nA2,Siti,2020-01-01,200\n");
        }

        if (!name.StartsWith("xlsx:", StringComparison.Ordinal))
        {
            return _cli.Write(name + ".csv", content);
        }

        var path = _cli[name["xlsx:".Length..] + ".xlsx"];
        var header = Row(1, "no_anggota", "nama", "transaksi");
        switch (content)
        {
            case "bomb":
                // 64 MB of spaces inside the sheet: it compresses about a thousand times.
                return Workbook(path, header + new string(' ', 64 << 20));
            case "merged":
                return Workbook(path, header + Row(2, "A1", "Budi", 100) + Row(3, "A2", "Siti", 200) + Row(4, null, "Rina", 300), "<mergeCells count=\"1\"><mergeCell ref=\"A3:A4\"/></mergeCells>");
            case "formula":
                return Workbook(path, header + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>A1</t></is></c><c r=\"C2\"><f>B2*2</f></c></row>");
            case "error":
                return Workbook(path, header + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>A1</t></is></c><c r=\"C2\" t=\"e\"><f>#REF!+1</f><v>#REF!</v></c></row>");
            case "last row":
                return Workbook(path, header + Row(2, "A1", "Budi", 100) + Row(1048576, "A2", "Siti", "banyak"));
            default:
                File.WriteAllText(path, content);
                return path;
        }
    }

    private static string Row(int number, params object?[] cells)
    {
        var row = new StringBuilder($"<row r=\"{number}\">");
        for (var c = 0; c < cells.Length; c++)
        {
            var reference = $"{(char)('A' + c)}{number}";
            row.Append(cells[c] switch
            {
                null => string.Empty,
                int n => $"<c r=\"{reference}\"><v>{n}</v></c>",
                var text => $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{text}</t></is></c>",
            });
        }

        return row.Append("</row>").ToString();
    }

    /// <summary>A minimal workbook with one sheet, Anggota, from its XML parts.</summary>
    private static string Workbook(string path, string sheetData, string afterData = "", bool hidden = false)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Part(string name, string xml)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }

        Part("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
        Part("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Part("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Anggota" sheetId="1" {(hidden ? "state=\"hidden\" " : string.Empty)}r:id="rId1"/></sheets></workbook>""");
        Part("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
        Part("xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{sheetData}</sheetData>{afterData}</worksheet>""");
        return path;
    }
}
