namespace Kopdes.Shu.Cli.Tests;

/// <summary>The bad inputs of shu-rules.md: each gives its error, exit 1, and no output file.</summary>
public sealed class BadInputTests : IDisposable
{
    private const string GoodPolicy = """
        { "shu": 1000000, "funds": [ { "code": "cadangan", "percent": 30, "reserve": true },
          { "code": "jasa_modal", "percent": 30, "basis": ["simpanan_wajib"] }, { "code": "jasa_usaha", "percent": 40, "basis": ["transaksi"] } ] }
        """;

    private const string GoodMembers = "no_anggota,nama,status,tanggal_masuk,tanggal_keluar,simpanan_wajib,transaksi\nA1,Budi,anggota,2020-01-01,,100,500\nA2,Siti,anggota,2021-03-01,,200,700\n";

    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    public static TheoryData<string, string, string, string> Cases() => new()
    {
        { "duplicate id", GoodMembers + "A1,Rina,anggota,,,1,1\n", GoodPolicy, "baris 4, kolom no_anggota, anggota A1: Nomor anggota A1 muncul lebih dari sekali" },
        { "negative amount", GoodMembers + "A3,Rina,anggota,,,-5,1\n", GoodPolicy, "baris 4, kolom simpanan_wajib, anggota A3: simpanan_wajib bernilai negatif (-5)" },
        { "not a number", GoodMembers + "A3,Rina,anggota,,,lima,1\n", GoodPolicy, "baris 4, kolom simpanan_wajib, anggota A3: 'lima' pada kolom simpanan_wajib bukan angka." },
        { "unknown status", GoodMembers + "A3,Rina,warga,,,5,1\n", GoodPolicy, "baris 4, kolom status, anggota A3: Status 'warga' tidak dikenal" },
        { "exit before join", GoodMembers + "A3,Rina,keluar,2025-05-01,2025-01-01,5,1\n", GoodPolicy, "baris 4, kolom tanggal_keluar, anggota A3: Tanggal keluar 2025-01-01 lebih awal dari tanggal masuk 2025-05-01." },
        { "missing column", "nama,transaksi\nBudi,5\n", GoodPolicy, "baris 1, kolom no_anggota: Kolom wajib no_anggota tidak ada." },
        { "105 percent", GoodMembers, GoodPolicy.Replace("\"percent\": 40", "\"percent\": 45", StringComparison.Ordinal), "Persentase dana tingkat atas berjumlah 105%, bukan 100%." },
        { "unknown pool column", GoodMembers, GoodPolicy.Replace("[\"transaksi\"]", "[\"belanja\"]", StringComparison.Ordinal), "Bagian jasa_usaha dihitung dari kolom belanja, yang tidak ada di daftar anggota." },
        { "total over the limit", GoodMembers, GoodPolicy.Replace("1000000", "10000000000000000000", StringComparison.Ordinal), "melebihi batas perhitungan tepat" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void BadInput_GivesItsErrorExitOneAndWritesNothing(string name, string members, string policy, string message)
    {
        _cli.Write("kebijakan.json", policy);
        var input = _cli.Write("bad.csv", members);
        var before = _cli.Files();

        var exit = _cli.Run("hitung", input);

        Assert.True(exit == 1, $"{name}: exit {exit}\n{_cli.Error}");
        Assert.Contains(message, _cli.Error, StringComparison.Ordinal);
        Assert.Equal(before, _cli.Files());
    }

    [Fact]
    public void AllErrors_AreListedAtOnce()
    {
        _cli.Write("kebijakan.json", GoodPolicy.Replace("\"percent\": 40", "\"percent\": 45", StringComparison.Ordinal));
        var input = _cli.Write("bad.csv", GoodMembers + "A1,Rina,warga,,,-5,x\n");

        Assert.Equal(1, _cli.Run("hitung", input, "--lang", "en"));

        Assert.Contains("The inputs have 5 errors; no file was written:", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("add up to 105%, not 100%", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("simpanan_wajib is negative (-5)", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("Unknown status 'warga'", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("'x' in column transaksi is not a number.", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("Member id A1 appears more than once", _cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void PolicyErrors_AreListedAfterTheLedgerReads()
    {
        _cli.Write("kebijakan.json", GoodPolicy.Replace("\"percent\": 40", "\"percent\": 45", StringComparison.Ordinal));
        var input = _cli.Write("ok.csv", GoodMembers);

        Assert.Equal(1, _cli.Run("hitung", input, "--lang", "en"));
        Assert.Contains("The top-level funds' percentages add up to 105%, not 100%. [Policy.PercentSum]", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void BadMonthlyBalance_IsReportedOnceAtItsRowInTheBalancesFile()
    {
        _cli.Write("kebijakan.json", GoodPolicy.Replace("\"basis\": [\"simpanan_wajib\"]", "\"basis\": [\"simpanan_wajib\"], \"savings\": \"monthly-average\"", StringComparison.Ordinal));
        var input = _cli.Write("m.csv", GoodMembers);
        var balances = _cli.Write("s.csv", "no_anggota,bulan,simpanan_wajib\nA1,2025-01,100\nA2,2025-01,-5\nA9,2025-02,1\n");

        Assert.Equal(1, _cli.Run("hitung", input, "--balances", balances));

        Assert.Contains("Masukan memiliki 2 kesalahan", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("s.csv, baris 3, kolom simpanan_wajib, anggota A2: simpanan_wajib bernilai negatif (-5)", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("s.csv, baris 4, anggota A9: Ada saldo bulanan untuk anggota A9, yang tidak ada di daftar anggota.", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void LossYear_IsNotAnErrorAndStillWritesEveryFile()
    {
        _cli.Write("kebijakan.json", GoodPolicy.Replace("1000000", "-250000", StringComparison.Ordinal));
        var input = _cli.Write("rugi.csv", GoodMembers);

        Assert.Equal(0, _cli.Run("hitung", input));

        Assert.Contains("Tahun rugi: tidak ada yang dibagikan, defisit Rp250.000.", _cli.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(_cli["rugi.hasil.csv"]));
        Assert.Contains(File.ReadLines(_cli["rugi.hasil.ringkasan.csv"]), l => l.StartsWith("defisit,250000,", StringComparison.Ordinal));
        Assert.All(File.ReadLines(_cli["rugi.hasil.csv"]).Skip(1), l => Assert.Contains(",0,0,0,0,0,", l, StringComparison.Ordinal));
    }
}
