using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using static Kopdes.Shu.Cli.Tests.RawWorkbook;

namespace Kopdes.Shu.Cli.Tests;

/// <summary>
/// Every value that reaches the calculation is what the treasurer typed, or the run stops with a located message and
/// writes nothing; the audit commands never say "clean" wrongly; no output destroys data. One test a finding.
/// </summary>
public sealed class SilentWrongMoneyTests : IDisposable
{
    private const string Policy = """
        { "shu": 1000000, "year": 2025, "funds": [ { "code": "cadangan", "percent": 30, "reserve": true },
          { "code": "jasa_modal", "percent": 30, "basis": ["simpanan_wajib"] }, { "code": "jasa_usaha", "percent": 40, "basis": ["transaksi"] } ] }
        """;

    private readonly CliRun _cli = new();

    public SilentWrongMoneyTests() => _cli.Write("kebijakan.json", Policy);

    public void Dispose() => _cli.Dispose();

    // Numbers as typed in Indonesia

    [Theory]
    [InlineData("\"50.000\"", "50000")]
    [InlineData("\"1.250\"", "1250")]
    [InlineData("\"1.250.000\"", "1250000")]
    [InlineData("\"Rp 50.000,00\"", "50000.00")]
    public void ThousandsWithAPoint_InACommaCsv_AreRefused_SayingHowToWriteThem(string field, string suggestion)
    {
        var members = _cli.Write("a.csv", $"no_anggota,nama,simpanan_wajib,transaksi\nA1,Budi,{field},500\nA2,Siti,100000,700\n");
        var before = _cli.Files();

        Assert.Equal(1, _cli.Run("hitung", members));

        Assert.Contains("a.csv, baris 2, kolom simpanan_wajib, anggota A1:", _cli.Error, StringComparison.Ordinal);
        Assert.Contains($"Tulis {suggestion}.", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("[Cell.AmbiguousThousands]", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(before, _cli.Files());
    }

    [Fact]
    public void AmountTextInAWorkbook_IsReadByIndonesianRules_WhateverTheCulture()
    {
        var book = _cli["buku.xlsx"];
        Write(book, Policy(), Members(["A1", "Budi", "Rp 50.000", 500m], ["A2", "Siti", "50.000,-", 700m], ["A3", "Wati", 100000m, 900m]));

        // The result CSV is in the culture asked for: the same weights, as each writes them.
        foreach (var (culture, separator, expected) in new[] { ("en", ',', new[] { "50000", "50000", "100000" }), ("id-ID", ';', ["50.000", "50.000", "100.000"]) })
        {
            Assert.Equal(0, _cli.Run("hitung", book, "--out", _cli[$"h-{culture}.csv"], "--culture", culture));
            var weights = File.ReadLines(_cli[$"h-{culture}.csv"]).Skip(1).Select(l => l.Split(separator)[4]).ToArray();
            Assert.Equal(expected, weights);
        }
    }

    [Fact]
    public void AmountTextInAWorkbook_ThatCouldBeReadTwoWays_IsRefused()
    {
        var book = _cli["buku.xlsx"];
        Write(book, Policy(), Members(["A1", "Budi", "1,500", 500m], ["A2", "Siti", "1500", 700m]));

        Assert.Equal(1, _cli.Run("hitung", book));
        Assert.Contains("buku.xlsx, sheet Anggota, baris 2, kolom simpanan_wajib, anggota A1: '1,500'", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("[Cell.AmbiguousThousands]", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void PercentFormattedCells_InPercentFields_AreThePercentageShown()
    {
        // 10 % of tax, funds typed as 30 % / 30 % / 40 %: Excel stores 0.1, 0.3, 0.3 and 0.4.
        var book = _cli["buku.xlsx"];
        Write(book, Policy(taxRate: new Styled(0.1m, Percent), reserve: new Styled(0.3m, Percent), modal: new Styled(0.3m, CustomPercent), usaha: new Styled(0.4m, Percent)),
            Members(["A1", "Budi", 100000m, 500m], ["A2", "Siti", 100000m, 500m]));

        Assert.Equal(0, _cli.Run("hitung", book, "--out", _cli["h.csv"]));

        var summary = File.ReadAllLines(_cli["h.ringkasan.csv"]);
        Assert.Contains("dana:cadangan,300000,Dana Cadangan", summary);
        var first = File.ReadLines(_cli["h.csv"]).Skip(1).First().Split(',');
        Assert.Equal("350000", first[8]); // gross: half of 300,000 + half of 400,000
        Assert.Equal("35000", first[9]); // tax: 10 %, not 0.1 %
    }

    [Fact]
    public void APercentOrDateFormattedCell_InAnAmountColumn_IsRefused()
    {
        var book = _cli["buku.xlsx"];
        Write(book, Policy(), Members(["A1", "Budi", new Styled(0.5m, Percent), 500m], ["A2", "Siti", new Styled(45859m, Date), 700m]));

        Assert.Equal(1, _cli.Run("hitung", book, "--lang", "en"));
        Assert.Contains("row 2, column simpanan_wajib, member A1: The cell in column simpanan_wajib is formatted as a percentage", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("row 3, column simpanan_wajib, member A2: The cell in column simpanan_wajib is formatted as a date", _cli.Error, StringComparison.Ordinal);
    }

    // Ledger consistency

    [Fact]
    public void ATransactionsTotal_ThatDisagreesWithItsUnits_IsRefusedWithBothFigures()
    {
        _cli.Write("kebijakan.json", """
            { "units": [ { "code": "sembako", "shu": 600000 }, { "code": "apotek", "shu": 400000 } ], "funds": [ { "code": "cadangan", "percent": 30, "reserve": true },
              { "code": "jasa_usaha", "percent": 70, "basis": ["transaksi"], "perUnit": true } ] }
            """);
        var members = _cli.Write("a.csv", "no_anggota,transaksi,transaksi:sembako,transaksi:apotek\nA1,900,500,400\nA2,2000,700,300\n");

        Assert.Equal(1, _cli.Run("hitung", members, "--lang", "en"));
        Assert.Contains("a.csv, row 3, column transaksi, member A2: transaksi 2,000 is not the sum of transaksi:sembako + transaksi:apotek, which is 1,000", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("[Ledger.TransactionsDisagree]", _cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("member A1", _cli.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2019-03", true)]
    [InlineData("03/2019", true)]
    [InlineData("2025-03", false)]
    [InlineData("3", false)]
    public void MonthlyBalances_FromAnotherYear_AreRefused(string month, bool refused)
    {
        _cli.Write("kebijakan.json", Policy.Replace("\"basis\": [\"simpanan_wajib\"]", "\"basis\": [\"simpanan_wajib\"], \"savings\": \"monthly-average\"", StringComparison.Ordinal));
        var members = _cli.Write("a.csv", "no_anggota,simpanan_wajib,transaksi\nA1,100,500\nA2,200,700\n");
        var balances = _cli.Write("s.csv", $"no_anggota,bulan,simpanan_wajib\nA1,{month},100\nA2,2025-01,200\n");

        var exit = _cli.Run("hitung", members, "--balances", balances, "--lang", "en");

        Assert.Equal(refused ? 1 : 0, exit);
        Assert.Equal(refused, _cli.Error.Contains("s.csv, row 2, column bulan, member A1: The balance of 2019-03 is not from the financial year 2025", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A\u00001", "no_anggota")]
    [InlineData("A\u00011", "no_anggota")]
    [InlineData("A1", "nama")]
    public void ControlCharacters_InIdsAndNames_AreRefused(string id, string column)
    {
        var name = column == "nama" ? "Bu\u0007di" : "Budi";
        var members = _cli.Write("a.csv", $"no_anggota,nama,simpanan_wajib,transaksi\n{id},{name},100,500\nA2,Siti,200,700\n");

        Assert.Equal(1, _cli.Run("hitung", members));
        Assert.Contains($"baris 2, kolom {column}", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("[Ledger.ControlCharacter]", _cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0000", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ASharedStringIndexOutOfRange_IsRefused_NotReadAsTheIndex()
    {
        var book = _cli["buku.xlsx"];
        Write(book, Policy(), Members([SharedString(57), "Budi", 100m, 500m], ["A2", "Siti", 200m, 700m]));

        Assert.Equal(1, _cli.Run("hitung", book));
        Assert.Contains("sheet Anggota, baris 2, kolom no_anggota: Sel kolom no_anggota merujuk teks yang tidak ada di buku kerja: berkas rusak.", _cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("anggota 57", _cli.Error, StringComparison.Ordinal);
    }

    // Policy files

    [Theory]
    [InlineData("\"shu\": 1000000, \"SHU\": 2000000")]
    [InlineData("\"shu\": 1000000, \"shu\": 2000000")]
    public void DuplicateKeysInThePolicy_AreRefused(string keys)
    {
        _cli.Write("kebijakan.json", Policy.Replace("\"shu\": 1000000", keys, StringComparison.Ordinal));
        var members = _cli.Write("a.csv", "no_anggota,simpanan_wajib,transaksi\nA1,100,500\n");

        Assert.Equal(1, _cli.Run("hitung", members));
        Assert.Contains("[Policy.DuplicateKey]", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownPolicyKey_IsAnError_SuggestingTheNearestKnownOne()
    {
        _cli.Write("kebijakan.json", Policy.Replace("\"percent\": 30, \"reserve\"", "\"percnt\": 30, \"reserve\"", StringComparison.Ordinal));
        var members = _cli.Write("a.csv", "no_anggota,simpanan_wajib,transaksi\nA1,100,500\n");

        Assert.Equal(1, _cli.Run("hitung", members, "--lang", "en"));
        Assert.Contains("kebijakan.json, column funds[0].percnt: The key funds[0].percnt is not known; did you mean percent? [Policy.UnknownKey]", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownOrRepeatedKey_InThePolicySheet_IsAnError()
    {
        var book = _cli["buku.xlsx"];
        var (name, rows) = Policy();
        Write(book, (name, [.. rows[..3], ["tarif_pjak", 10m], ["shu", 2_000_000m], .. rows[4..]]), Members(["A1", "Budi", 100m, 500m]));

        Assert.Equal(1, _cli.Run("hitung", book, "--lang", "en"));
        Assert.Contains("sheet Kebijakan, row 4, column tarif_pjak: The key tarif_pjak is not known; did you mean tarif_pajak?", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("sheet Kebijakan, row 5, column shu: The key shu is given more than once", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AMisspeltColumnOfTheFundsTable_IsAnError_NotADefaultSetting()
    {
        var book = _cli["buku.xlsx"];
        var (name, rows) = Policy();
        rows[5] = [.. rows[5], "per_units"];
        Write(book, (name, rows), Members(["A1", "Budi", 100m, 500m]));

        Assert.Equal(1, _cli.Run("hitung", book, "--lang", "en"));
        Assert.Contains("sheet Kebijakan, row 6, column per_units: The key per_units is not known; did you mean per_unit?", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoSheetsThatBothMatchAnggota_AreRefused_NotChosenByTheirOrder()
    {
        var book = _cli["buku.xlsx"];
        var (_, members) = Members(["A1", "Budi", 100m, 500m]);
        Write(book, Policy(), ("Anggota", members), ("anggota_", members));

        Assert.Equal(1, _cli.Run("hitung", book, "--lang", "en"));
        Assert.Contains("The workbook has more than one sheet Anggota (Anggota, anggota_)", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("[Input.AmbiguousSheet]", _cli.Error, StringComparison.Ordinal);
    }

    // Audit commands that must never say "clean" wrongly

    [Fact]
    public void Periksa_OnInputsWithErrors_ListsThemAndExitsOne()
    {
        var members = _cli.Write("a.csv", "no_anggota,simpanan_wajib,transaksi\nA1,\"50.000\",500\nA2,200,tujuh\n");

        Assert.Equal(1, _cli.Run("periksa", members));
        Assert.Contains("[Cell.AmbiguousThousands]", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("[Ledger.NotANumber]", _cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Tidak ada yang ditandai", _cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Verifikasi_TreatsAFormulaInTheResult_AsADifference_EvenWithTheRightCachedValue()
    {
        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.xlsx"]));
        var result = _cli["anggota.hasil.xlsx"];
        var shuColumn = EditSheet(result, "xl/worksheets/sheet3.xml", xml =>
        {
            // The first member's shu cell (row 9, under the title and the header): the same value, now behind a
            // formula a treasurer could have typed.
            var start = xml.IndexOf("<row r=\"9\"", StringComparison.Ordinal);
            var cell = xml.IndexOf("<v>", xml.IndexOf("<c r=\"I9\"", start, StringComparison.Ordinal), StringComparison.Ordinal);
            return xml[..cell] + "<f>SUM(F9,H9)</f>" + xml[cell..];
        });

        Assert.Equal(4, _cli.Run("verifikasi", _cli["anggota.xlsx"], "--lang", "en"));
        Assert.Contains("[formula]", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("expected value, recorded formula (anggota.hasil.xlsx, Anggota, row 9)", _cli.Out, StringComparison.Ordinal);
        Assert.True(shuColumn);
    }

    [Fact]
    public void TheJournal_IsWrittenForTheBooks_AndVerifikasiChecksTheResultsJurnalSheet()
    {
        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.xlsx"], "--jurnal", _cli["jurnal.csv"]));
        var journal = File.ReadAllLines(_cli["jurnal.csv"]);
        Assert.Equal("tanggal,kode_akun,nama_akun,debit,kredit,keterangan", journal[0]);
        var amounts = journal.Skip(1).Select(l => l.Split(',')).Select(c => (Debit: long.Parse(c[3], System.Globalization.CultureInfo.InvariantCulture), Credit: long.Parse(c[4], System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(9_000_000L, amounts.Sum(a => a.Debit));
        Assert.Equal(9_000_000L, amounts.Sum(a => a.Credit));
        Assert.Equal(0, _cli.Run("verifikasi", _cli["anggota.xlsx"]));

        // The reserve's credit in the Jurnal sheet (the fourth sheet) a rupiah less: a difference of kind jurnal.
        var edited = EditSheet(_cli["anggota.hasil.xlsx"], "xl/worksheets/sheet4.xml", xml =>
        {
            var at = xml.IndexOf("<v>2250000</v>", StringComparison.Ordinal);
            return at < 0 ? xml : xml[..at] + "<v>2249999</v>" + xml[(at + "<v>2250000</v>".Length)..];
        });
        Assert.True(edited);
        Assert.Equal(4, _cli.Run("verifikasi", _cli["anggota.xlsx"], "--lang", "en"));
        Assert.Contains("jurnal", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("cadangan", _cli.Out, StringComparison.Ordinal);
    }

    // The journal the accountant imports is a file of its own: verifikasi --jurnal checks it account by account.
    [Theory]
    [InlineData("jurnal.csv")]
    [InlineData("jurnal.xlsx")]
    public void VerifikasiJurnal_ChecksTheJournalFileForTheBooks(string name)
    {
        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.xlsx"], "--jurnal", _cli[name]));
        Assert.Equal(0, _cli.Run("verifikasi", _cli["anggota.xlsx"], "--jurnal", _cli[name], "--lang", "en"));
        Assert.Contains($"The journal agrees to the rupiah: {_cli[name]}.", _cli.Out, StringComparison.Ordinal);

        // The reserve's credit a rupiah less in the journal file: a difference of kind jurnal, naming the account.
        if (name.EndsWith(".csv", StringComparison.Ordinal))
        {
            var lines = File.ReadAllLines(_cli[name]);
            var reserve = Array.FindIndex(lines, l => l.Contains(",2250000,", StringComparison.Ordinal));
            lines[reserve] = lines[reserve].Replace(",2250000,", ",2249999,", StringComparison.Ordinal);
            File.WriteAllLines(_cli[name], lines);
        }
        else
        {
            Assert.True(EditSheet(_cli[name], "xl/worksheets/sheet1.xml", xml =>
            {
                var at = xml.IndexOf("<v>2250000</v>", StringComparison.Ordinal);
                return at < 0 ? xml : xml[..at] + "<v>2249999</v>" + xml[(at + "<v>2250000</v>".Length)..];
            }));
        }

        Assert.Equal(4, _cli.Run("verifikasi", _cli["anggota.xlsx"], "--jurnal", _cli[name], "--lang", "en"));
        Assert.Contains("[jurnal] cadangan", _cli.Out, StringComparison.Ordinal);
        Assert.Contains(name, _cli.Out, StringComparison.Ordinal);

        // A journal that is not there: said, as a result file that is not there is.
        Assert.Equal(1, _cli.Run("verifikasi", _cli["anggota.xlsx"], "--jurnal", _cli["tidak-ada.csv"], "--lang", "en"));
        Assert.Contains("tidak-ada.csv was not found", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Verifikasi_ChecksTheTotalsRowTheMeetingReads_NotOnlyTheMembers()
    {
        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.xlsx"]));
        var result = _cli["anggota.hasil.xlsx"];
        // The sample's 300 members are rows 9 to 308; row 309 holds their totals. Net SHU (column K) one rupiah more.
        var edited = EditSheet(result, "xl/worksheets/sheet3.xml", xml =>
        {
            var start = xml.IndexOf("<c r=\"K309\"", StringComparison.Ordinal);
            var value = xml.IndexOf("<v>", start, StringComparison.Ordinal) + 3;
            var end = xml.IndexOf("</v>", value, StringComparison.Ordinal);
            return xml[..value] + (long.Parse(xml[value..end], System.Globalization.CultureInfo.InvariantCulture) + 1) + xml[end..];
        });

        Assert.True(edited);
        Assert.Equal(4, _cli.Run("verifikasi", _cli["anggota.xlsx"], "--lang", "en"));
        Assert.Contains("jumlah", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("shu_bersih", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("row 309", _cli.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id-ID", ".csv")]
    [InlineData("id-ID", ".xlsx")]
    [InlineData("en", ".csv")]
    public void Verifikasi_AgreesWithWhatHitungWrote_WithTheSameCulture(string culture, string extension)
    {
        var members = _cli.Write("m.csv", "no_anggota;nama;simpanan_wajib;transaksi\nA1;Budi;1.234,50;500\nA2;Siti;20.000;700,25\nA3;Wati;0,5;1.000\n");
        if (culture == "en")
        {
            File.WriteAllText(members, "no_anggota,nama,simpanan_wajib,transaksi\nA1,Budi,1234.50,500\nA2,Siti,20000,700.25\nA3,Wati,0.5,1000\n");
        }

        var result = _cli["hasil" + extension];
        Assert.Equal(0, _cli.Run("hitung", members, "--culture", culture, "--out", result));
        Assert.Equal(0, _cli.Run("verifikasi", members, "--culture", culture, "--hasil", result));
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("'quoted")]
    [InlineData("-5")]
    [InlineData("@home")]
    public void Verifikasi_AgreesWithTheToolsOwnCsv_WhenAnIdLooksLikeAFormula(string id)
    {
        var members = _cli.Write("a.csv", $"no_anggota,nama,simpanan_wajib,transaksi\n\"{id.Replace("\"", "\"\"", StringComparison.Ordinal)}\",Budi,100,500\nA2,Siti,200,700\n");

        Assert.Equal(0, _cli.Run("hitung", members));
        Assert.Equal(0, _cli.Run("verifikasi", members));
        Assert.Equal(0, _cli.Run("hitung", members, "--out", _cli["b.xlsx"]));
        Assert.Equal(0, _cli.Run("verifikasi", members, "--hasil", _cli["b.xlsx"]));
    }

    // Outputs that destroy data

    [Theory]
    [InlineData("hitung", "--out", "r.xlsx", "--laporan", "r.xlsx")]
    [InlineData("hitung", "--out", "r.csv", "--laporan", "r.dana.csv")]
    [InlineData("hitung", "--out", "anggota.xlsx")]
    [InlineData("periksa", "--out", "anggota.hasil.xlsx")]
    [InlineData("verifikasi", "--out", "anggota.hasil.xlsx")]
    [InlineData("bandingkan", "--kebijakan", "kebijakan.json", "--out", "anggota.xlsx")]
    public void AnOutputNamingAnInputOrAnotherOutput_IsRefused_AndNothingChanges(string command, params string[] options)
    {
        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.xlsx"]));
        var before = Snapshot();

        var exit = _cli.Run([command, _cli["anggota.xlsx"], .. options.Select(o => o.Contains('.', StringComparison.Ordinal) ? _cli[o] : o)]);

        Assert.True(exit == 2, $"{command}: exit {exit}\n{_cli.Error}");
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void AnOutputThatIsADeviceOrAPipe_IsRefusedAtOnce()
    {
        var pipe = _cli["pipa.csv"];
        Process.Start("mkfifo", pipe).WaitForExit();

        var device = _cli["null.csv"];
        File.CreateSymbolicLink(device, "/dev/null");
        var report = _cli["pipa.html"];
        Process.Start("mkfifo", report).WaitForExit();

        Assert.Equal(2, _cli.Run("hitung", _cli["anggota.xlsx"], "--out", pipe));
        Assert.Contains("bukan berkas biasa", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(2, _cli.Run("hitung", _cli["anggota.xlsx"], "--out", device));
        Assert.Equal(2, _cli.Run("hitung", _cli["anggota.xlsx"], "--laporan", report));
        Assert.Equal(2, _cli.Run("periksa", _cli["anggota.xlsx"], "--out", pipe));
        Assert.True(File.Exists("/dev/null") && new FileInfo(device).LinkTarget == "/dev/null");
    }

    [Fact]
    public async Task AnInputThatIsADeviceOrAPipe_IsRefusedAtOnce_NotReadForever()
    {
        var pipe = _cli["pipa.csv"];
        Process.Start("mkfifo", pipe).WaitForExit();

        var run = Task.Run(() => (Zero: _cli.Run("hitung", "/dev/zero"), Pipe: _cli.Run("validasi", pipe)));

        // Reading a device or a pipe must not block: the run ends long before the wait does.
        var exits = await run.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal((2, 2), exits);
    }

    [Theory]
    [InlineData("hitung", "--out", "hasil.pdf")]
    [InlineData("hitung", "--laporan", "laporan.pdf")]
    [InlineData("periksa", "--out", "periksa.txt")]
    [InlineData("verifikasi", "--out", "selisih")]
    public void AnUnknownOutputExtension_IsRefused(string command, string option, string file)
    {
        var before = _cli.Files();

        Assert.Equal(2, _cli.Run(command, _cli["anggota.xlsx"], option, _cli[file], "--lang", "en"));

        Assert.Contains("the file name must end in", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(before, _cli.Files());
    }

    [Fact]
    public void TemporaryFilesOfAWriterThatWasKilled_AreRemovedByTheNextRun()
    {
        // A process that has ended stands for a writer killed with SIGKILL; one still running may be another writer.
        using var ended = Process.Start("true")!;
        ended.WaitForExit();
        var abandoned = _cli[$".anggota.hasil.xlsx.{ended.Id}.0123456789abcdef0123456789abcdef.tmp"];
        var aside = abandoned + ".old";
        var alive = _cli[$".anggota.hasil.xlsx.{Environment.ProcessId + 0}.fedcba9876543210fedcba9876543210.tmp"];
        File.WriteAllText(abandoned, "Budi Santoso");
        File.WriteAllText(aside, "Siti");
        File.WriteAllText(alive, "in progress");

        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.xlsx"]));

        Assert.False(File.Exists(abandoned));
        Assert.False(File.Exists(aside));
        Assert.True(File.Exists(alive));
    }

    [Theory]
    [InlineData("=HYPERLINK(\\\"http://x\\\")")]
    [InlineData("jasa usaha")]
    [InlineData("jasa-usaha")]
    public void APoolCodeOtherThanLettersDigitsAndUnderscores_IsRefused(string code)
    {
        _cli.Write("kebijakan.json", Policy.Replace("\"jasa_usaha\"", $"\"{code}\"", StringComparison.Ordinal));
        var members = _cli.Write("a.csv", "no_anggota,simpanan_wajib,transaksi\nA1,100,500\n");

        Assert.Equal(1, _cli.Run("hitung", members));
        Assert.Contains("hanya boleh berisi huruf, angka, dan garis bawah", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("[Policy.InvalidCode]", _cli.Error, StringComparison.Ordinal);
    }

    // Determinism

    [Fact]
    public void TheResultWorkbook_IsTheSameBytes_RunAfterRun()
    {
        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.xlsx"], "--out", _cli["a.xlsx"]));
        Thread.Sleep(1100); // past a zip timestamp's two-second resolution at least once across the two writes
        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.xlsx"], "--out", _cli["b.xlsx"]));

        Assert.Equal(Parts(_cli["a.xlsx"]), Parts(_cli["b.xlsx"]));
        Assert.Equal(SHA256.HashData(File.ReadAllBytes(_cli["a.xlsx"])), SHA256.HashData(File.ReadAllBytes(_cli["b.xlsx"])));
    }

    [Fact]
    public async Task ALargeCooperative_GivesTheSameBytes_InThisProcess_AndInAnother()
    {
        // Above the size the engine splits across threads, ids out of order (non-ASCII among them) and weights from a
        // few values, so thousands of members tie for the last rupiah. Another process hashes ids with another seed
        // and schedules its threads its own way; neither may show in a single byte.
        _cli.Write("kebijakan.json", """
            { "shu": 98765432.10, "year": 2025, "minimumPayout": 5000, "tax": { "rate": 10 }, "cashUnit": 100,
              "units": [ { "code": "toko", "shu": 90000000 }, { "code": "apotek", "shu": 8765432.10 } ],
              "eligible": ["anggota"],
              "funds": [ { "code": "cadangan", "percent": 25, "reserve": true },
                { "code": "jasa_modal", "percent": 30, "basis": ["simpanan_wajib"] },
                { "code": "jasa_usaha", "percent": 45, "basis": ["transaksi"], "perUnit": true } ] }
            """);
        var random = new Random(17);
        var order = Enumerable.Range(0, 60_000).ToArray();
        random.Shuffle(order);
        var csv = new System.Text.StringBuilder("no_anggota,status,simpanan_wajib,transaksi,transaksi:toko,transaksi:apotek\n");
        foreach (var n in order)
        {
            var (toko, apotek) = (random.Next(5) * 10_000, random.Next(3) * 2_500);
            csv.Append(n % 97 == 0 ? "É-" : "KMP-").Append(n).Append(n % 13 == 0 ? ",calon," : ",anggota,")
                .Append(random.Next(4) * 50_000).Append(',').Append(n % 13 == 0 ? 0 : toko + apotek).Append(',')
                .Append(n % 13 == 0 ? 0 : toko).Append(',').Append(n % 13 == 0 ? 0 : apotek).Append('\n');
        }

        var members = _cli.Write("anggota.csv", csv.ToString());

        Assert.Equal(0, _cli.Run("hitung", members, "--out", _cli["a.csv"]));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "kopdes-shu.dll"), "hitung", members, "--out", _cli["b.csv"] })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, await error);

        Assert.Equal(File.ReadAllBytes(_cli["a.csv"]), File.ReadAllBytes(_cli["b.csv"]));
        Assert.Equal(60_001, File.ReadLines(_cli["a.csv"]).Count());
    }

    // Messages

    [Fact]
    public void ADamagedWorkbook_IsReportedOnce_InTheUsersWords()
    {
        var book = _cli.Write("rusak.xlsx", "bukan zip sama sekali");

        Assert.Equal(1, _cli.Run("hitung", book));

        Assert.Contains("rusak.xlsx: Berkas tidak dapat dibaca: berkas ini bukan buku kerja Excel (.xlsx) yang utuh.", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(1, _cli.Error.Split("Berkas tidak dapat dibaca").Length - 1);
        Assert.DoesNotContain("Central Directory", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingInput_SaysNotFound_WithThePath()
    {
        Assert.Equal(2, _cli.Run("hitung", _cli["tidak-ada.csv"]));
        Assert.Contains($"Berkas masukan tidak ditemukan: {_cli["tidak-ada.csv"]}", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroShu_IsNotCalledALossYear()
    {
        _cli.Write("kebijakan.json", Policy.Replace("1000000", "0", StringComparison.Ordinal));
        var members = _cli.Write("a.csv", "no_anggota,simpanan_wajib,transaksi\nA1,100,500\n");

        Assert.Equal(0, _cli.Run("hitung", members));

        Assert.DoesNotContain("rugi", _cli.Out + _cli.Error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("defisit", _cli.Out + _cli.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("SHU sebesar Rp0: tidak ada yang dibagikan.", _cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyInEnglish_SaysEverythingInEnglish()
    {
        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.xlsx"], "--out", _cli["h.csv"]));
        var lines = File.ReadAllLines(_cli["h.csv"]);
        lines[1] = lines[1].Replace(",anggota,ya,", ",anggota,ya,9", StringComparison.Ordinal);
        File.WriteAllLines(_cli["h.csv"], lines[..^1]);

        Assert.Equal(4, _cli.Run("verify", _cli["anggota.xlsx"], "--result", _cli["h.csv"], "--lang", "en", "--out", _cli["d.csv"]));

        var said = _cli.Out + _cli.Error + File.ReadAllText(_cli["d.csv"]);
        foreach (var word in new[] { "seharusnya", "tercatat", "tidak ada", "baris", "jenis", "kunci", "BERBEDA", "selisih" })
        {
            Assert.DoesNotContain(word, said, StringComparison.OrdinalIgnoreCase);
        }
    }

    private Dictionary<string, string> Snapshot() =>
        Directory.GetFiles(_cli.Folder).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    private static Dictionary<string, string> Parts(string workbook)
    {
        using var zip = ZipFile.OpenRead(workbook);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            return Convert.ToHexString(SHA256.HashData(stream));
        });
    }

    // Rewrites one part of a workbook; true when the edit changed it.
    private static bool EditSheet(string workbook, string part, Func<string, string> edit)
    {
        using var zip = ZipFile.Open(workbook, ZipArchiveMode.Update);
        var entry = zip.GetEntry(part)!;
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }

        var edited = edit(xml);
        entry.Delete();
        using (var writer = new StreamWriter(zip.CreateEntry(part).Open()))
        {
            writer.Write(edited);
        }

        return edited != xml;
    }
}
