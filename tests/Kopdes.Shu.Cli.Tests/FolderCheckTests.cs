using System.IO.Compression;
using System.Text.RegularExpressions;
using Kopdes.Shu.IO.Inputs;
using Kopdes.Shu.Policies;

namespace Kopdes.Shu.Cli.Tests;

/// <summary>
/// The cooperatives office's run: a city's cooperatives checked in one go, the ones that most need a visit first.
/// The city is generated (contoh --koperasi 56), computed, and then a few results are tampered with and a few
/// anomalies planted, each of a kind the office must see.
/// </summary>
public sealed partial class FolderCheckTests : IDisposable
{
    private const int Members = 60;
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Periksa_OnACity_PutsExactlyTheTamperedAndPlantedCooperativesFirst()
    {
        var city = City();
        // Planted before the year-end run: two policies below the 20% village fund, one ledger with a member twice.
        Plant(city, 7, policy => Village(policy, 15m));
        Plant(city, 31, policy => Village(policy, 10m));
        DuplicateFirstMember(Path.Combine(city, "koperasi-00044.xlsx"));
        Assert.Equal(1, _cli.Run("hitung", city));

        // After it: two results edited by hand, one workbook no longer a workbook.
        AddToFirstMembersShu(Path.Combine(city, "koperasi-00012.hasil.xlsx"), 50_000);
        AddToFirstMembersShu(Path.Combine(city, "koperasi-00050.hasil.xlsx"), 1);
        File.WriteAllText(Path.Combine(city, "koperasi-00003.xlsx"), "bukan buku kerja");

        Assert.Equal(1, _cli.Run("periksa", city));

        var rows = File.ReadLines(Path.Combine(city, "rekap-periksa.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(56, rows.Count);
        string[] first = [.. rows.Take(6).Select(r => r[1])];
        Assert.Equal(["koperasi-00003.xlsx", "koperasi-00044.xlsx"], first[..2].Order(StringComparer.Ordinal));
        Assert.Equal(["koperasi-00012.xlsx", "koperasi-00050.xlsx"], first[2..4].Order(StringComparer.Ordinal));
        Assert.Equal(["koperasi-00007.xlsx", "koperasi-00031.xlsx"], first[4..6].Order(StringComparer.Ordinal));
        Assert.Equal(["1", "1", "2", "2", "3", "3"], rows.Take(6).Select(r => r[5]));
        Assert.All(rows.Skip(6), r => Assert.True(int.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture) > 3, string.Join(',', r)));
        Assert.Contains("koperasi-00003.xlsx", _cli.Error, StringComparison.Ordinal);

        // The table of flags names the planted ones with their figures.
        var flags = File.ReadAllText(Path.Combine(city, "rekap-periksa.temuan.csv"));
        Assert.Contains("koperasi-00007.xlsx,Audit.VillageFundBelow20,", flags, StringComparison.Ordinal);
        Assert.Contains("koperasi-00012.xlsx,Audit.ResultDoesNotReconcile,", flags, StringComparison.Ordinal);
    }

    [Fact]
    public void Verifikasi_OnACity_AgreesEverywhere_ThenNamesTheTamperedOne()
    {
        var city = City(cooperatives: 6);
        Assert.Equal(0, _cli.Run("hitung", city));
        Assert.Equal(0, _cli.Run("verifikasi", city));
        Assert.Contains("6 koperasi: 6 bersih, 0 perlu dilihat, 0 gagal dibaca.", _cli.Out, StringComparison.Ordinal);

        AddToFirstMembersShu(Path.Combine(city, "koperasi-00004.hasil.xlsx"), 1_000);
        Assert.Equal(4, _cli.Run("verifikasi", city, "--lang", "en"));
        var rows = File.ReadLines(Path.Combine(city, "rekap-verifikasi.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(("koperasi-00004.xlsx", "differs"), (rows[0][1], rows[0][12]));
        Assert.All(rows.Skip(1), r => Assert.Equal("agrees", r[12]));

        File.Delete(Path.Combine(city, "koperasi-00002.hasil.xlsx"));
        Assert.Equal(1, _cli.Run("verifikasi", city));
        Assert.Contains("koperasi-00002.xlsx: Berkas hasil koperasi-00002.hasil.xlsx tidak ada", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoShards_RollUpsConcatenated_AreTheWholeFolders()
    {
        var city = City(cooperatives: 8);
        Plant(city, 2, policy => Village(policy, 12m));
        Assert.Equal(0, _cli.Run("hitung", city));
        AddToFirstMembersShu(Path.Combine(city, "koperasi-00005.hasil.xlsx"), 7);
        var shards = new[] { _cli["shard-a"], _cli["shard-b"] };
        foreach (var (file, i) in Directory.GetFiles(city, "koperasi-*").Order(StringComparer.Ordinal).Select((f, i) => (f, i)))
        {
            var shard = shards[int.Parse(Path.GetFileName(file)["koperasi-".Length..][..5], System.Globalization.CultureInfo.InvariantCulture) % 2];
            Directory.CreateDirectory(shard);
            File.Copy(file, Path.Combine(shard, Path.GetFileName(file)));
        }

        foreach (var folder in shards.Append(city))
        {
            Assert.Equal(4, _cli.Run("periksa", folder));
        }

        // Each row is one cooperative keyed by its file; the order is a rule of the rows alone: sorting the shards'
        // rows by it gives the whole folder's table, numbered alike.
        static IEnumerable<string> Rows(string folder) => File.ReadLines(Path.Combine(folder, "rekap-periksa.csv")).Skip(1).Select(l => l[(l.IndexOf(',', StringComparison.Ordinal) + 1)..]);
        var whole = Rows(city).ToList();
        var concatenated = shards.SelectMany(Rows).ToList();
        Assert.Equal(whole.Order(StringComparer.Ordinal), concatenated.Order(StringComparer.Ordinal));
        Assert.Equal(
            File.ReadLines(Path.Combine(city, "rekap-periksa.temuan.csv")).Skip(1).Order(StringComparer.Ordinal),
            shards.SelectMany(s => File.ReadLines(Path.Combine(s, "rekap-periksa.temuan.csv")).Skip(1)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Periksa_WithLastYearsResults_FlagsWhatMovedAgainstThem_NamingTheFigures()
    {
        // Last year's city, computed; this year the same ledgers, where one member's purchases grew twentyfold.
        var lastYear = City(cooperatives: 2, folder: "tahun-lalu");
        Assert.Equal(0, _cli.Run("hitung", lastYear));
        var city = City(cooperatives: 2);
        var book = Path.Combine(city, "koperasi-00001.xlsx");
        var read = Kopdes.Shu.IO.ShuInputReader.Read(book);
        var ledger = read.Ledger!;
        var builder = new Kopdes.Shu.Ledger.MemberLedgerBuilder(ledger.Columns);
        // The member whose SHU is most made of purchases: twenty times as much lifts the SHU far above the rest's.
        var grown = Enumerable.Range(0, ledger.Count)
            .Where(i => ledger[i].Status == Kopdes.Shu.Ledger.MemberStatus.Anggota && ledger[i].Amounts.GetValueOrDefault("transaksi") > 0)
            .MaxBy(i => ledger[i].Amounts["transaksi"] / (1m + ledger[i].Amounts.Where(a => a.Key.StartsWith("simpanan", StringComparison.Ordinal)).Sum(a => a.Value)));
        for (var i = 0; i < ledger.Count; i++)
        {
            var member = ledger[i];
            builder.Add(i != grown ? member : member with
            {
                Amounts = member.Amounts.ToDictionary(a => a.Key, a => a.Key.StartsWith("transaksi", StringComparison.Ordinal) ? a.Value * 20 : a.Value),
            });
        }

        InputWriter.WriteWorkbook(book, read.Policy!, builder.Build(), 2025, []);
        Assert.Equal(0, _cli.Run("hitung", city));

        Assert.Equal(4, _cli.Run("periksa", city, "--tahun-lalu", lastYear, "--lang", "en"));

        var flags = File.ReadAllText(Path.Combine(city, "rekap-periksa.temuan.csv"));
        var rise = flags.Split('\n').SingleOrDefault(l => l.Contains("Audit.ShuRoseFarAboveCooperative", StringComparison.Ordinal));
        Assert.True(rise is not null, flags + _cli.Out + _cli.Error);
        Assert.Contains(ledger[grown].Id, rise, StringComparison.Ordinal);
        Assert.Matches(@"rose from Rp[\d,]+ to Rp[\d,]+ \(x\d", rise);
        Assert.DoesNotContain("koperasi-00002.xlsx,Audit.ShuRose", flags, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDashboard_OpensInHeadlessChromium_WithoutErrors_AndDrawsItsCharts()
    {
        if (ReportTests.Browser() is not { } browser)
        {
            return;
        }

        var city = City(cooperatives: 12);
        Plant(city, 4, policy => Village(policy, 10m));
        Assert.Equal(0, _cli.Run("hitung", city));
        Assert.Equal(4, _cli.Run("periksa", city));
        var html = File.ReadAllText(Path.Combine(city, "rekap-periksa.html"));
        Assert.DoesNotContain("http:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<svg class=\"chart\" id=\"desa\"", html, StringComparison.Ordinal);
        Assert.Contains("<line class=\"limit\"", html, StringComparison.Ordinal);

        var url = new Uri(Path.Combine(city, "rekap-periksa.html")).AbsoluteUri;
        var (_, log) = ReportTests.RunBrowser(browser, "--enable-logging=stderr", "--v=0", "--dump-dom", url);
        Assert.DoesNotMatch(@"CONSOLE\(\d+\)|Uncaught|Failed to load resource", log);
        ReportTests.RunBrowser(browser, "--hide-scrollbars", "--window-size=1100,1400", "--screenshot=" + _cli["dashboard.png"], url);
        var pixels = ReportTests.Png.Read(_cli["dashboard.png"]);
        Assert.True(pixels.Count(p => p == (0x3a, 0x6e, 0xa5)) > 1000, "the SHU bars are drawn");
        Assert.True(pixels.Count(p => p == (0x2e, 0x7d, 0x5b)) > 1000, "the village fund bars are drawn");
        Assert.True(pixels.Count(p => p == (0xb3, 0x26, 0x1e)) > 100, "the 20% line and the red marks are drawn");
    }

    // A generated city: K workbooks of 60 members, as contoh writes them.
    private string City(int cooperatives = 56, string folder = "kota")
    {
        Assert.Equal(0, _cli.Run("contoh", "--koperasi", cooperatives.ToString(System.Globalization.CultureInfo.InvariantCulture), "--anggota", Members.ToString(System.Globalization.CultureInfo.InvariantCulture), "--hasil", _cli[folder]));
        return _cli[folder];
    }

    // Rewrites cooperative n as contoh generated it (seed 2025 + n) with its policy changed.
    private static void Plant(string city, int n, Func<ShuPolicy, ShuPolicy> change)
    {
        var (policy, ledger, balances) = SyntheticCooperative.Generate(Members, 2025 + n, cooperative: $"Koperasi Kelurahan Merah Putih Contoh {n:D5}");
        InputWriter.WriteWorkbook(Path.Combine(city, $"koperasi-{n:D5}.xlsx"), change(policy), ledger, 2025, balances);
    }

    // The village fund at the given percent, the difference to the reserve.
    private static ShuPolicy Village(ShuPolicy policy, decimal percent) => policy with
    {
        Funds = [.. policy.Funds.Select(f => f.Village ? f with { Percent = percent } : f.Reserve ? f with { Percent = f.Percent + (20m - percent) } : f)],
    };

    private static void DuplicateFirstMember(string book)
    {
        var read = Kopdes.Shu.IO.ShuInputReader.Read(book);
        var builder = new Kopdes.Shu.Ledger.MemberLedgerBuilder(read.Ledger!.Columns);
        for (var i = 0; i < read.Ledger.Count; i++)
        {
            builder.Add(i == 1 ? read.Ledger[i] with { Id = read.Ledger[0].Id } : read.Ledger[i]);
        }

        InputWriter.WriteWorkbook(book, read.Policy!, builder.Build(), 2025, []);
    }

    // The first member's shu (column I, the row under the hidden codes) raised in the result workbook's XML.
    private static void AddToFirstMembersShu(string workbook, long rupiah)
    {
        using var zip = ZipFile.Open(workbook, ZipArchiveMode.Update);
        var entry = zip.GetEntry("xl/worksheets/sheet3.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }

        var codes = Regex.Match(xml, "<row r=\"(\\d+)\"[^>]*hidden=\"1\"");
        var row = int.Parse(codes.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
        var edited = Regex.Replace(xml, $"(<c r=\"I{row}\"[^>]*><v>)(\\d+)(</v>)", m => m.Groups[1].Value + (long.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + rupiah) + m.Groups[3].Value);
        Assert.NotEqual(xml, edited);
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet3.xml").Open());
        writer.Write(edited);
    }
}
