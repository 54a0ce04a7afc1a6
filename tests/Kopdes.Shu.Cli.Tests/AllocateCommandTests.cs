using ClosedXML.Excel;

namespace Kopdes.Shu.Cli.Tests;

public sealed class AllocateCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Hitung_OnTheSampleWorkbook_WritesTheResultBesideItAndSummarises()
    {
        var exit = _cli.Run("hitung", _cli["anggota.xlsx"]);

        Assert.Equal(0, exit);
        Assert.True(File.Exists(_cli["anggota.hasil.xlsx"]));
        Assert.Contains("SHU Koperasi Kelurahan Merah Putih Jatimakmur tahun 2025", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("SHU dibagi: Rp9.000.000", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("Pemeriksaan: 10 dari 10 lulus", _cli.Out, StringComparison.Ordinal);
        Assert.Matches(@"Anggota menerima SHU: \d+ dari 300", _cli.Out);
    }

    [Fact]
    public void Hitung_WithCapitalPartners_WritesTheirTableApart_AndVerifikasiAgrees()
    {
        // The village government put Rp30,000,000 into the cooperative; the RAT gives capital 15% of the SHU.
        var policy = """
            { "shu": 10000000, "funds": [ { "code": "cadangan", "percent": 40, "reserve": true },
              { "code": "jasa_usaha", "percent": 45, "basis": ["transaksi"] },
              { "code": "penyertaan", "percent": 15, "basis": ["modal_penyertaan"], "eligible": ["penyerta"] } ] }
            """;
        Directory.CreateDirectory(_cli["mitra"]);
        File.WriteAllText(Path.Combine(_cli["mitra"], "kebijakan.json"), policy);
        var members = Path.Combine(_cli["mitra"], "anggota.csv");
        File.WriteAllText(members, "no_anggota,nama,status,transaksi,modal_penyertaan\nA1,Budi,anggota,3000000,0\nD1,Pemerintah Desa,penyerta,0,30000000\nA2,Siti,anggota,1000000,0\n");

        Assert.Equal(0, _cli.Run("hitung", members, "--hasil", _cli["h.csv"]));

        Assert.Contains("Anggota menerima SHU: 2 dari 2", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("Penyerta modal (bukan anggota): 1, utang SHU kepada mereka Rp1.500.000", _cli.Out, StringComparison.Ordinal);
        Assert.Equal(["no_anggota", "A1", "A2"], File.ReadLines(_cli["h.csv"]).Select(l => l.Split(',')[0]));
        Assert.Equal(2, File.ReadAllLines(_cli["h.penyerta.csv"]).Length);
        Assert.Contains(",1500000,", File.ReadAllLines(_cli["h.penyerta.csv"])[1], StringComparison.Ordinal);
        Assert.Equal(0, _cli.Run("verifikasi", members, "--hasil", _cli["h.csv"]));
    }

    [Fact]
    public void Allocate_InEnglish_SummarisesInEnglish()
    {
        Assert.Equal(0, _cli.Run("allocate", _cli["anggota.csv"], "--lang", "en"));
        Assert.Contains("SHU distributed: Rp9,000,000", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("Checks: 10 of 10 passed", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("anggota.hasil.ringkasan.csv", _cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void CsvAndWorkbookInputs_GiveTheSameAmounts()
    {
        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.xlsx"]));
        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.csv"], "--balances", _cli["saldo.csv"]));

        using var workbook = new XLWorkbook(_cli["anggota.hasil.xlsx"]);
        var sheet = workbook.Worksheet("Anggota");
        var fromWorkbook = ResultSheets.Rows(sheet, "no_anggota").Select(r => string.Join(",", r.Cells(1, 13).Select(c => c.GetString()).Where((_, i) => i != 1))).ToList();
        var fromCsv = File.ReadLines(_cli["anggota.hasil.csv"]).Skip(1).Select(l => string.Join(",", l.Split(',').Take(13).Where((_, i) => i != 1))).ToList();

        Assert.Equal(300, fromCsv.Count);
        Assert.Equal(fromCsv, fromWorkbook);
    }

    [Fact]
    public void IndonesianAndInternationalCsv_GiveTheSameAmounts()
    {
        var policy = """{ "shu": 1000, "funds": [ { "code": "cadangan", "percent": 40, "reserve": true }, { "code": "jasa_usaha", "percent": 60, "basis": ["transaksi"] } ] }""";
        Directory.CreateDirectory(_cli["id"]);
        Directory.CreateDirectory(_cli["en"]);
        File.WriteAllText(Path.Combine(_cli["id"], "kebijakan.json"), policy);
        File.WriteAllText(Path.Combine(_cli["en"], "kebijakan.json"), policy);
        File.WriteAllText(Path.Combine(_cli["id"], "anggota.csv"), "no_anggota;nama;transaksi\nA1;Budi;Rp1.234.567,50\nA2;Siti;2.000\n");
        File.WriteAllText(Path.Combine(_cli["en"], "anggota.csv"), "no_anggota,nama,transaksi\nA1,Budi,1234567.50\nA2,Siti,2000\n");

        Assert.Equal(0, _cli.Run("hitung", Path.Combine(_cli["id"], "anggota.csv")));
        Assert.Equal(0, _cli.Run("hitung", Path.Combine(_cli["en"], "anggota.csv"), "--culture", "en"));

        // Each result in its input's dialect: the same amounts, written as that treasurer's Excel reads them.
        var en = File.ReadAllText(Path.Combine(_cli["en"], "anggota.hasil.csv"));
        var id = File.ReadAllText(Path.Combine(_cli["id"], "anggota.hasil.csv"));
        Assert.Contains("A1,Budi,anggota,ya,1234567.50,599,", en, StringComparison.Ordinal);
        Assert.Contains("A1;Budi;anggota;ya;1.234.567,50;599;", id, StringComparison.Ordinal);
        Assert.Equal(en.Replace(",", ";", StringComparison.Ordinal).Split('\n')[0], id.TrimStart('\uFEFF').Split('\n')[0]);
    }

    [Fact]
    public void SaldoCsv_BesideACsvLedger_IsPickedUpAsKebijakanJsonIs_WhenAPoolNeedsIt()
    {
        // The sample's policy with a monthly-average jasa modal: the balances beside the ledger are read without --saldo.
        var policy = File.ReadAllText(_cli["kebijakan.json"]);
        var modal = policy.IndexOf("\"year-end\"", StringComparison.Ordinal);
        File.WriteAllText(_cli["kebijakan.json"], policy[..modal] + "\"monthly-average\"" + policy[(modal + "\"year-end\"".Length)..]);

        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.csv"], "--hasil", _cli["beside.csv"]));
        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.csv"], "--saldo", _cli["saldo.csv"], "--hasil", _cli["named.csv"]));

        Assert.Equal(File.ReadAllBytes(_cli["named.csv"]), File.ReadAllBytes(_cli["beside.csv"]));
        Assert.Contains(File.ReadLines(_cli["beside.ringkasan.csv"]), l => l.StartsWith("sha256:saldo,", StringComparison.Ordinal));

        File.Delete(_cli["saldo.csv"]);
        Assert.Equal(1, _cli.Run("hitung", _cli["anggota.csv"], "--hasil", _cli["none.csv"]));
    }

    [Fact]
    public void APoolDividedByTheWholeBusiness_FromTheJsonAndTheSheet_ShowsTheNonMembersPart_AndVerifies()
    {
        // kebijakan.json in the sheet's words: jasa usaha divided by total sales of Rp102,000,000 (members bought 61,500,000).
        _cli.Write("kebijakan.json", """
            { "shu": 45000000, "dana": [
              { "kode": "cadangan", "persen": 40, "cadangan": true },
              { "kode": "jasa_usaha", "persen": 60, "dasar": ["transaksi"], "jumlah_dasar": 102000000 } ] }
            """);
        var members = _cli.Write("anggota.csv", "no_anggota,nama,transaksi\nA1,Budi,1500000\nA2,Siti,30000000\nA3,Wati,30000000\n");

        Assert.Equal(0, _cli.Run("hitung", members, "--hasil", _cli["h.csv"]));
        Assert.Matches(@"\n    bagian non-anggota, ke cadangan +Rp10\.720\.58[89]\r?\n", _cli.Out);
        var funds = File.ReadAllLines(_cli["h.dana.csv"]);
        Assert.Contains(funds, l => l.StartsWith("jasa_usaha:non_anggota,", StringComparison.Ordinal) && (l.Contains(",10720588,", StringComparison.Ordinal) || l.Contains(",10720589,", StringComparison.Ordinal)));
        Assert.Contains(File.ReadLines(_cli["h.ringkasan.csv"]), l => l.StartsWith("bagian:jasa_usaha:non_anggota,", StringComparison.Ordinal));
        Assert.Matches("^A1,Budi,anggota,ya,1500000,39705[89],", File.ReadLines(_cli["h.csv"]).ElementAt(1));
        Assert.Equal(0, _cli.Run("verifikasi", members, "--hasil", _cli["h.csv"]));

        // The same policy through a workbook's Kebijakan sheet (column jumlah_dasar) gives the same result.
        var read = Kopdes.Shu.IO.ShuInputReader.Read(members);
        Kopdes.Shu.IO.Inputs.InputWriter.WriteWorkbook(_cli["buku.xlsx"], read.Policy!, read.Ledger!, 2025, []);
        Assert.Equal(read.Policy, Kopdes.Shu.IO.ShuInputReader.Read(_cli["buku.xlsx"]).Policy);
        Assert.Equal(0, _cli.Run("hitung", _cli["buku.xlsx"], "--hasil", _cli["b.csv"]));
        Assert.Equal(File.ReadAllLines(_cli["h.csv"]), File.ReadAllLines(_cli["b.csv"]));
    }

    [Fact]
    public void Hitung_TwiceOnTheSameInputs_WritesTheSameCsvBytes()
    {
        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.csv"], "--out", _cli["a.csv"]));
        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.csv"], "--out", _cli["b.csv"]));
        Assert.Equal(File.ReadAllBytes(_cli["a.csv"]), File.ReadAllBytes(_cli["b.csv"]));
        Assert.Equal(File.ReadAllBytes(_cli["a.ringkasan.csv"]), File.ReadAllBytes(_cli["b.ringkasan.csv"]));
    }

    [Fact]
    public void Hitung_NeverWritesOverAnInput()
    {
        var before = File.ReadAllBytes(_cli["anggota.csv"]);

        var exit = _cli.Run("hitung", _cli["anggota.csv"], "--out", _cli["anggota.csv"]);

        Assert.Equal(2, exit);
        Assert.Contains("keluaran tidak pernah menimpa masukan", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(_cli["anggota.csv"]));
    }

    [Fact]
    public void MissingFile_IsAUsageError()
    {
        Assert.Equal(2, _cli.Run("hitung", _cli["tidak-ada.csv"]));
        Assert.Contains("tidak-ada.csv", _cli.Error, StringComparison.Ordinal);
    }
}
