using System.Globalization;

namespace Kopdes.Shu.Cli.Tests;

public sealed class AuditAndCompareTests : IDisposable
{
    private const string Policy = """
        { "cooperative": "Koperasi Desa Merah Putih Uji", "year": 2025, "shu": 1000000,
          "funds": [ { "code": "cadangan", "percent": 30, "reserve": true }, { "code": "desa", "percent": 20, "village": true },
                     { "code": "jasa_usaha", "percent": 50, "basis": ["transaksi"] } ] }
        """;

    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Audit_OnTheSample_FlagsIneligibleTradersAndExitedSavers_WithTheirRows()
    {
        var exit = _cli.Run("periksa", _cli["anggota.csv"], "--out", _cli["periksa.csv"]);

        Assert.Equal(4, exit);
        Assert.Contains("[Audit.IneligibleWithTransactions] 36 anggota bertransaksi", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("[Audit.ExitedWithSavings] 8 anggota keluar sebelum tahun buku 2025", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("2 temuan.", _cli.Out, StringComparison.Ordinal);

        // Every flagged member is one row of the table, and the rows are those the sample really has.
        var table = File.ReadAllLines(_cli["periksa.csv"]).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(36 + 8, table.Count);
        var members = File.ReadAllLines(_cli["anggota.csv"]);
        foreach (var row in table)
        {
            var line = int.Parse(row[^1], CultureInfo.InvariantCulture);
            Assert.StartsWith(row[2] + ",", members[line - 1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Audit_FindsDuplicateNik_AndNeverShowsAWholeNik()
    {
        _cli.Write("kebijakan.json", Policy);
        _cli.Write("anggota.csv", """
            no_anggota,nama,nik,transaksi
            A1,Budi,3275010101010001,100
            A2,Siti,3275010101010001,200
            A3,Wati,3275020202020002,300
            A4,Joko,,400
            """);

        var exit = _cli.Run("audit", _cli["anggota.csv"], "--out", _cli["periksa.csv"], "--lang", "en");

        Assert.Equal(4, exit);
        Assert.Contains("[Audit.DuplicateNationalId] NIK 3275********0001 is used by more than one member.", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("A1 Budi, NIK 3275********0001 (row 2)", _cli.Out, StringComparison.Ordinal);
        var written = File.ReadAllText(_cli["periksa.csv"]);
        Assert.Contains("3275********0001", written, StringComparison.Ordinal);
        Assert.DoesNotContain("3275010101010001", _cli.Out + _cli.Error + written, StringComparison.Ordinal);
        Assert.DoesNotContain("3275020202020002", _cli.Out + _cli.Error + written, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_OnInputsWithErrors_ListsThemAndTheFlags_ExitsOne_AndWritesNothing()
    {
        // Duplicate ids are an input error: the audit cannot compute a result, so it never says "nothing flagged".
        _cli.Write("kebijakan.json", Policy);
        _cli.Write("anggota.csv", """
            no_anggota,nama,nik,transaksi
            A1,Budi,3275010101010001,100
            A2,Siti,3275010101010001,200
            A2,Wati,3275020202020002,300
            A4,Joko,,empat ratus
            """);

        var exit = _cli.Run("audit", _cli["anggota.csv"], "--out", _cli["periksa.csv"], "--lang", "en");

        Assert.Equal(1, exit);
        Assert.Contains("[Audit.DuplicateMemberId] Member id A2 is used on more than one row.", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("[Audit.DuplicateNationalId] NIK 3275********0001 is used by more than one member.", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("row 5, column transaksi, member A4: 'empat ratus' in column transaksi is not a number. [Ledger.NotANumber]", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("[Ledger.DuplicateMemberId]", _cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing", _cli.Out, StringComparison.OrdinalIgnoreCase);
        Assert.False(File.Exists(_cli["periksa.csv"]));
        Assert.DoesNotContain("3275010101010001", _cli.Out + _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_FlagsAPolicyBelowTheVillageMinimum_AndFundsNotSummingTo100()
    {
        _cli.Write("kebijakan.json", Policy.Replace("\"percent\": 20, \"village\"", "\"percent\": 15, \"village\"", StringComparison.Ordinal));
        _cli.Write("anggota.csv", "no_anggota,transaksi\nA1,100\nA2,200\n");

        Assert.Equal(1, _cli.Run("periksa", _cli["anggota.csv"]));
        Assert.Contains("[Audit.FundsNot100] Persentase dana tingkat atas berjumlah 95%, bukan 100%.", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("[Audit.VillageFundBelow20] Kebijakan koperasi Merah Putih memberi desa 15% dari SHU", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("[Policy.PercentSum]", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_FlagsAPayoutBeyondTheFarOutFence()
    {
        // The pool of 500,000 goes about 478.5 per 100 of transactions: A1..A9 get 478..4,306, A10 about 478,000.
        // Quartiles of the ten (type 7): Q1 ~ 1,555, Q3 ~ 3,708, so the fence Q3 + 3 x IQR ~ 10,167: only A10 is beyond.
        _cli.Write("kebijakan.json", Policy);
        _cli.Write("anggota.csv", "no_anggota,transaksi\n" + string.Concat(Enumerable.Range(1, 9).Select(i => $"A{i},{i * 100}\n")) + "A10,100000\n");

        Assert.Equal(4, _cli.Run("periksa", _cli["anggota.csv"]));
        Assert.Contains("[Audit.OutlierPayout] 1 anggota menerima SHU jauh di atas yang lain", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("  - A10", _cli.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("  - A9", _cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_FlagsAResultThatDoesNotReconcile_AndALowReserve()
    {
        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.csv"]));
        Assert.Equal(4, _cli.Run("periksa", _cli["anggota.csv"]));
        Assert.DoesNotContain("Audit.ResultDoesNotReconcile", _cli.Out, StringComparison.Ordinal);

        var funds = _cli["anggota.hasil.dana.csv"];
        File.WriteAllText(funds, File.ReadAllText(funds).Replace("cadangan,Dana Cadangan,25,2250000", "cadangan,Dana Cadangan,25,2000000", StringComparison.Ordinal));

        Assert.Equal(4, _cli.Run("periksa", _cli["anggota.csv"]));
        Assert.Contains("[Audit.ResultDoesNotReconcile] Berkas hasil anggota.hasil.csv tidak cocok dengan perhitungan ulang: 1 selisih", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("[Audit.ReserveBelowPolicy] Dana cadangan di anggota.hasil.csv tercatat 2000000, di bawah 2250000 menurut kebijakan.", _cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_ThirtyAgainstFortyPercentJasaModal_MatchesTwoSeparateRuns()
    {
        // The RAT debates 30% instead of 40% jasa modal (and so 70% instead of 60% jasa usaha).
        var policy = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(_cli["kebijakan.json"]))!;
        var members = policy["funds"]!.AsArray().Single(f => (string?)f!["code"] == "anggota")!["funds"]!.AsArray();
        members.Single(f => (string?)f!["code"] == "jasa_modal")!["percent"] = 30;
        members.Single(f => (string?)f!["code"] == "jasa_usaha")!["percent"] = 70;
        _cli.Write("modal30.json", policy.ToJsonString());

        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.csv"], "--out", _cli["a.csv"]));
        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.csv"], "--kebijakan", _cli["modal30.json"], "--out", _cli["b.csv"]));
        Assert.Equal(0, _cli.Run("bandingkan", _cli["anggota.csv"], "--kebijakan", _cli["kebijakan.json"], "--kebijakan", _cli["modal30.json"], "--out", _cli["banding.csv"]));

        static Dictionary<string, long> Gross(string path) =>
            File.ReadLines(path).Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[0], c => long.Parse(c[8], CultureInfo.InvariantCulture));
        var before = Gross(_cli["a.csv"]);
        var after = Gross(_cli["b.csv"]);
        var rows = File.ReadLines(_cli["banding.csv"]).Select(l => l.Split(',')).ToList();
        Assert.Equal(["no_anggota", "nama", "shu:kebijakan", "shu:modal30", "selisih:modal30"], rows[0]);
        Assert.Equal(300, rows.Count - 1);
        foreach (var row in rows.Skip(1))
        {
            var id = row[0];
            Assert.Equal([before[id], after[id], after[id] - before[id]], row[2..].Select(x => long.Parse(x, CultureInfo.InvariantCulture)));
        }

        var differences = before.Keys.Select(id => after[id] - before[id]).Order().ToArray();
        var summary = File.ReadAllLines(_cli["banding.ringkasan.csv"])[1].Split(',');
        Assert.Equal(differences.Count(d => d > 0), int.Parse(summary[2], CultureInfo.InvariantCulture));
        Assert.Equal(differences.Count(d => d < 0), int.Parse(summary[3], CultureInfo.InvariantCulture));
        Assert.Equal(differences.Count(d => d == 0), int.Parse(summary[4], CultureInfo.InvariantCulture));
        Assert.Equal(differences.Where(d => d > 0).Sum(), long.Parse(summary[5], CultureInfo.InvariantCulture));
        Assert.Equal(-differences.Where(d => d < 0).Sum(), long.Parse(summary[6], CultureInfo.InvariantCulture));
        Assert.Equal((differences[149] + differences[150]) / 2m, decimal.Parse(summary[7], CultureInfo.InvariantCulture));
        Assert.Equal((differences[0], differences[^1]), (long.Parse(summary[8], CultureInfo.InvariantCulture), long.Parse(summary[10], CultureInfo.InvariantCulture)));
        Assert.Contains("modal30 dibanding kebijakan:", _cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_NeedsTwoPolicies()
    {
        Assert.Equal(2, _cli.Run("bandingkan", _cli["anggota.csv"], "--kebijakan", _cli["kebijakan.json"]));
        Assert.Contains("paling sedikit dua kebijakan", _cli.Error, StringComparison.Ordinal);
    }
}
