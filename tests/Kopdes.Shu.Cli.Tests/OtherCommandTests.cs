namespace Kopdes.Shu.Cli.Tests;

public sealed class OtherCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Validasi_OnGoodInputs_SaysSoAndWritesNothing()
    {
        var before = _cli.Files();
        Assert.Equal(0, _cli.Run("validasi", _cli["anggota.xlsx"]));
        Assert.Contains("0 kesalahan, 1 peringatan.", _cli.Out, StringComparison.Ordinal);
        Assert.Equal(before, _cli.Files());
    }

    [Fact]
    public void Validate_OnBadInputs_ListsThemAndExitsOne()
    {
        _cli.Write("kebijakan.json", """{ "shu": 10, "funds": [ { "code": "c", "percent": 100 } ] }""");
        var input = _cli.Write("x.csv", "no_anggota,transaksi\nA1,5\nA1,6\n");

        Assert.Equal(1, _cli.Run("validate", input, "--lang", "en"));
        Assert.Contains("No fund is marked as the reserve", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("row 3, column no_anggota, member A1: Member id A1 appears more than once", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Templat_WritesAWorkbookAndCsvAndJsonThatComputeAndRefusesToOverwrite()
    {
        var folder = _cli["baru"];

        Assert.Equal(0, _cli.Run("templat", folder));
        Assert.Equal(["anggota.csv", "anggota.xlsx", "kebijakan.json", "saldo.csv"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(0, _cli.Run("hitung", Path.Combine(folder, "anggota.xlsx")));
        Assert.Contains("Dana Pembangunan Desa (20%)", _cli.Out, StringComparison.Ordinal);

        // The template runs clean: no warning, nothing flagged, from the workbook and from the CSV files.
        foreach (var members in new[] { "anggota.xlsx", "anggota.csv" })
        {
            Assert.Equal(0, _cli.Run("hitung", Path.Combine(folder, members), "--hasil", Path.Combine(folder, "h-" + Path.ChangeExtension(members, members.EndsWith(".csv", StringComparison.Ordinal) ? ".csv" : ".xlsx"))));
            Assert.Equal(string.Empty, _cli.Error);
            Assert.Equal(0, _cli.Run("periksa", Path.Combine(folder, members)));
            Assert.Equal(string.Empty, _cli.Error);
        }

        Assert.Equal(2, _cli.Run("init", folder, "--lang", "en"));
        Assert.Contains("already exists; not overwritten", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Jelaskan_ExplainsOneMemberInTheirNumbers()
    {
        Assert.Equal(0, _cli.Run("jelaskan", _cli["anggota.xlsx"], "--member", "KMP-00001"));
        Assert.StartsWith("Anggota KMP-00001 (", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("- Jasa Modal: bobot ", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("- Jasa Usaha / sembako: bobot ", _cli.Out, StringComparison.Ordinal);

        Assert.Equal(0, _cli.Run("explain", _cli["anggota.xlsx"], "--member", "KMP-00001", "--lang", "en"));
        Assert.StartsWith("Member KMP-00001 (", _cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Jelaskan_UnknownMember_IsAUsageError()
    {
        Assert.Equal(2, _cli.Run("jelaskan", _cli["anggota.xlsx"], "--member", "ZZZ"));
        Assert.Contains("Anggota ZZZ tidak ada di daftar anggota.", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Contoh_GeneratesACooperativeThatComputes()
    {
        var folder = Directory.CreateDirectory(_cli["gen"]).FullName;
        Assert.Equal(0, _cli.Run("contoh", "--members", "120", "--seed", "5", "--out", Path.Combine(folder, "gen.csv")));
        Assert.Equal(121, File.ReadLines(Path.Combine(folder, "gen.csv")).Count());
        Assert.Equal(0, _cli.Run("hitung", Path.Combine(folder, "gen.csv"), "--balances", Path.Combine(folder, "saldo.csv")));

        // The sample folder already holds kebijakan.json and saldo.csv: contoh never overwrites them.
        Assert.Equal(2, _cli.Run("contoh", "--members", "10", "--out", _cli["gen.csv"]));

        Assert.Equal(0, _cli.Run("generate", "--members", "50", "--out", _cli["gen.xlsx"]));
        Assert.Equal(0, _cli.Run("hitung", _cli["gen.xlsx"]));
        Assert.Contains("50", _cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Contoh_RejectsANonsenseCount()
    {
        Assert.Equal(2, _cli.Run("contoh", "--members", "nol"));
        Assert.Contains("--anggota harus bilangan bulat dari 1 sampai 10.000.000.", _cli.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id", "Hitung pembagian SHU")]
    [InlineData("en", "Compute the SHU allocation")]
    public void Help_IsInTheChosenLanguage(string language, string expected)
    {
        Assert.Equal(0, _cli.Run("--help", "--lang", language));
        Assert.Contains(expected, _cli.Out, StringComparison.Ordinal);
        Assert.Contains(language == "en" ? "allocate" : "hitung", _cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_OfACommand_ListsItsOptions()
    {
        Assert.Equal(0, _cli.Run("hitung", "--help"));
        Assert.Contains("--kebijakan", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("Berkas anggota", _cli.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hitung")]
    [InlineData("tidak-ada")]
    [InlineData("hitung", "a.csv", "--lang", "fr")]
    [InlineData("hitung", "a.csv", "--culture", "fr-FR")]
    public void WrongCommandLines_AreUsageErrors(params string[] args)
    {
        _cli.Write("a.csv", "no_anggota\nA1\n");
        _cli.Write("kebijakan.json", """{ "shu": 10, "funds": [ { "code": "c", "percent": 100, "reserve": true } ] }""");
        Assert.Equal(2, _cli.Run([.. args.Select(a => a == "a.csv" ? _cli["a.csv"] : a)]));
    }

    [Fact]
    public void Jelaskan_FindsAnIdTypedLoosely_AndSuggestsTheNearestWhenNotFound()
    {
        Assert.Equal(0, _cli.Run("jelaskan", _cli["anggota.xlsx"], "--anggota", "kmp 00002"));
        Assert.StartsWith("Anggota KMP-00002 (Siti Pratama)", _cli.Out, StringComparison.Ordinal);

        Assert.Equal(2, _cli.Run("jelaskan", _cli["anggota.xlsx"], "--anggota", "KMP-0002"));
        Assert.Contains("Anggota KMP-0002 tidak ada di daftar anggota. Maksudnya KMP-00002", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Jelaskan_AnAmbiguousLooseId_IsNotGuessed()
    {
        var members = _cli.Write("dua.csv", "no_anggota,nama,transaksi\nA-1,Budi,100\na1,Siti,200\n");
        _cli.Write("kebijakan.json", """{ "shu": 1000, "funds": [ { "code": "cadangan", "percent": 40, "reserve": true }, { "code": "jasa_usaha", "percent": 60, "basis": ["transaksi"] } ] }""");

        Assert.Equal(2, _cli.Run("jelaskan", members, "--anggota", "A 1"));
        Assert.Contains("Maksudnya A-1, a1?", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Jelaskan_AMonthlyAverageWeight_ShowsTheMonthsItCameFrom()
    {
        // The sample's jasa modal weighed by the month-end balances of saldo.csv.
        var policy = File.ReadAllText(_cli["kebijakan.json"]);
        var modal = policy.IndexOf("\"year-end\"", StringComparison.Ordinal);
        File.WriteAllText(_cli["kebijakan.json"], policy[..modal] + "\"monthly-average\"" + policy[(modal + "\"year-end\"".Length)..]);
        var months = File.ReadLines(_cli["saldo.csv"]).Skip(1).Select(l => l.Split(',')).Where(c => c[0] == "KMP-00002").ToList();

        Assert.Equal(0, _cli.Run("jelaskan", _cli["anggota.csv"], "--anggota", "KMP-00002"));

        // saldo.csv: no_anggota, bulan (2025-09), simpanan_pokok, simpanan_wajib; the weight sums both columns a month.
        var names = new[] { "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des" };
        var expected = string.Join(" + ", months.Select(c => $"{names[int.Parse(c[1][5..], System.Globalization.CultureInfo.InvariantCulture) - 1]} {(long.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(c[3], System.Globalization.CultureInfo.InvariantCulture)).ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("id-ID"))}"));
        Assert.NotEmpty(months);
        Assert.Contains("Bobotnya jumlah saldo simpanan akhir bulan: " + expected + " = ", _cli.Out, StringComparison.Ordinal);
    }
}
