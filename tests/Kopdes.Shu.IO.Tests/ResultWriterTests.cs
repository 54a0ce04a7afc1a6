using ClosedXML.Excel;
using Kopdes.Shu.Engine;
using Kopdes.Shu.IO.Inputs;
using Kopdes.Shu.IO.Results;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;

namespace Kopdes.Shu.IO.Tests;

public sealed class ResultWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static Kopdes.Shu.Results.ShuResult Sample()
    {
        var (policy, ledger, _) = SyntheticCooperative.Generate(40, seed: 9);
        return ShuCalculator.Calculate(policy, ledger).GetResultOrThrow();
    }

    [Fact]
    public void Csv_SameResult_SameBytes()
    {
        var result = Sample();
        var context = new ResultContext([new InputFile("anggota", "anggota.csv", new string('a', 64))]);
        ResultWriter.WriteCsv(result, _folder.File("one.csv"), context);
        ResultWriter.WriteCsv(result, _folder.File("two.csv"), context);

        foreach (var suffix in new[] { ".csv", ".dana.csv", ".ringkasan.csv" })
        {
            Assert.Equal(File.ReadAllBytes(_folder.File("one" + suffix)), File.ReadAllBytes(_folder.File("two" + suffix)));
        }

        Assert.Equal(["one.csv", "one.dana.csv", "one.ringkasan.csv", "two.csv", "two.dana.csv", "two.ringkasan.csv"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Csv_HasTheColumnsOfFormats()
    {
        ResultWriter.WriteCsv(Sample(), _folder.File("hasil.csv"), new ResultContext([]));
        Assert.Equal(
            "no_anggota,nama,status,eligible,bobot:jasa_modal,jasa_modal,bobot:jasa_usaha,jasa_usaha,shu,pajak,shu_bersih,tunai,ke_simpanan_sukarela,catatan",
            File.ReadLines(_folder.File("hasil.csv")).First());
        Assert.StartsWith("kode,nama,persen,jumlah", File.ReadLines(_folder.File("hasil.dana.csv")).First(), StringComparison.Ordinal);
        Assert.Contains(File.ReadLines(_folder.File("hasil.ringkasan.csv")), l => l.StartsWith("cek:shu.total,lulus,", StringComparison.Ordinal));
    }

    [Fact]
    public void Workbook_IsReadyToPrintForTheRat_AndKeepsItsCodesForReaders()
    {
        var result = Sample();
        var path = _folder.File("hasil.xlsx");
        ResultWriter.WriteWorkbook(result, path, new ResultContext([]) { CalculatedOn = new DateOnly(2026, 2, 1) });

        using var workbook = new XLWorkbook(path);
        Assert.Equal(["Ringkasan", "Dana", "Anggota", "Jurnal"], workbook.Worksheets.Select(w => w.Name));
        foreach (var sheet in workbook.Worksheets)
        {
            // A title block on every sheet, and the page set up: landscape, one page wide, header rows on each page.
            Assert.Contains("tahun buku 2025", sheet.Cell(1, 1).GetString(), StringComparison.Ordinal);
            Assert.Equal(result.Policy.Cooperative, sheet.Cell(2, 1).GetString());
            Assert.Contains(sheet.RowsUsed(), r => r.Cell(1).GetString() == "Tanggal perhitungan" && r.Cell(2).GetString() == "1 Februari 2026");
            Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
            Assert.Equal(1, sheet.PageSetup.PagesWide);
            Assert.Equal(0, sheet.PageSetup.PagesTall);
            Assert.Single(sheet.PageSetup.PrintAreas);
            Assert.True(sheet.PageSetup.FirstRowToRepeatAtTop > 1);
            Assert.Contains("&P", sheet.PageSetup.Footer.Center.GetText(XLHFOccurrence.OddPages), StringComparison.Ordinal);
        }

        // The members' table: Indonesian captions over the hidden row of codes, then the members, then their totals.
        var members = workbook.Worksheet("Anggota");
        var codes = members.RowsUsed().First(r => r.Cell(1).GetString() == "no_anggota");
        Assert.True(codes.IsHidden);
        var captions = members.Row(codes.RowNumber() - 1);
        Assert.Equal(["No. Anggota", "Nama"], [captions.Cell(1).GetString(), captions.Cell(2).GetString()]);
        Assert.Contains(captions.CellsUsed(), c => c.GetString() == "SHU Bersih");
        Assert.Contains(captions.CellsUsed(), c => c.GetString() == "Dibayar Tunai");
        Assert.Contains(captions.CellsUsed(), c => c.GetString() == "Ke Simpanan Sukarela");
        Assert.Equal(codes.RowNumber(), members.SheetView.SplitRow);
        Assert.True(members.AutoFilter.IsEnabled);
        Assert.Equal(codes.RowNumber() - 1, members.PageSetup.FirstRowToRepeatAtTop);

        int Column(string code) => codes.CellsUsed().First(c => c.GetString() == code).Address.ColumnNumber;
        var first = codes.RowNumber() + 1;
        Assert.Equal((double)result.Members[0].Payout.Gross, members.Cell(first, Column("shu")).GetDouble());
        Assert.Contains("Rp", members.Cell(first, Column("shu")).Style.NumberFormat.Format, StringComparison.Ordinal);
        Assert.Contains("#,##0", members.Cell(first, Column("bobot:" + result.Pools[0].Code)).Style.NumberFormat.Format, StringComparison.Ordinal);

        var totals = members.Row(first + result.Members.Count);
        Assert.Equal(totals.RowNumber(), members.LastRowUsed().RowNumber());
        Assert.Equal(string.Empty, totals.Cell(1).GetString());
        Assert.StartsWith("Jumlah", totals.Cell(2).GetString(), StringComparison.Ordinal);
        Assert.Equal((double)result.Members.Sum(m => m.Payout.Net), totals.Cell(Column("shu_bersih")).GetDouble());
        Assert.Equal((double)result.Members.Sum(m => m.Payout.Cash), totals.Cell(Column("tunai")).GetDouble());
        Assert.Equal((double)result.Members.Sum(m => m.Weight(0)), totals.Cell(Column("bobot:" + result.Pools[0].Code)).GetDouble());

        var funds = workbook.Worksheet("Dana");
        var fundCodes = funds.RowsUsed().First(r => r.Cell(1).GetString() == "kode");
        Assert.Equal((double)result.Reserve.Amount, funds.Cell(fundCodes.RowNumber() + 1, 4).GetDouble());

        // The chair's page: the cash to prepare and the reconciliation, above the table of items.
        var summary = workbook.Worksheet("Ringkasan");
        var cash = summary.RowsUsed().First(r => r.Cell(1).GetString() == "Uang tunai yang disiapkan");
        Assert.Equal((double)result.Totals.Cash, cash.Cell(2).GetDouble());
        Assert.Contains(summary.RowsUsed(), r => r.Cell(1).GetString() == "Rekonsiliasi" && r.Cell(2).GetString() == "cocok");
        var modal = summary.RowsUsed().First(r => r.Cell(1).GetString().Trim() == result.Pools[0].Name + ": SHU per Rp1");
        Assert.Equal((double)Math.Round(result.Pools[0].Distributed / result.Pools[0].TotalWeight, 6), modal.Cell(2).GetDouble(), 9);
        Assert.True(summary.RowsUsed().First(r => r.Cell(1).GetString() == "item").IsHidden);

        var verified = Kopdes.Shu.IO.Verification.ResultVerifier.Verify(result, new ResultContext([]), path);
        Assert.True(verified.Agrees, string.Join("\n", verified.Differences));
    }

    [Fact]
    public void Workbook_InEnglish_HasEnglishCaptionsAndTitles()
    {
        var result = Sample();
        var path = _folder.File("hasil.xlsx");
        ResultWriter.WriteWorkbook(result, path, new ResultContext([], Language.English));

        using var workbook = new XLWorkbook(path);
        var members = workbook.Worksheet("Anggota");
        var codes = members.RowsUsed().First(r => r.Cell(1).GetString() == "no_anggota");
        Assert.Equal("Member No.", members.Row(codes.RowNumber() - 1).Cell(1).GetString());
        Assert.Contains("financial year 2025", members.Cell(1, 1).GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(members.RowsUsed(), r => r.Cell(1).GetString() == "Tanggal perhitungan" || r.Cell(1).GetString() == "Calculated on");
    }

    [Fact]
    public void FormulaLikeNames_StayTextInBothFormats()
    {
        var ledger = MemberLedger.From([new Member("=1+1") { Name = "@SUM(A1)", Amounts = new Dictionary<string, decimal> { ["transaksi"] = 5 } }]);
        var policy = new ShuPolicy { Shu = 10, Funds = [new FundPolicy("cadangan", 50) { Reserve = true }, new FundPolicy("u", 50) { Basis = ["transaksi"] }] };
        var result = ShuCalculator.Calculate(policy, ledger).GetResultOrThrow();

        ResultWriter.WriteCsv(result, _folder.File("hasil.csv"), new ResultContext([]));
        ResultWriter.WriteWorkbook(result, _folder.File("hasil.xlsx"), new ResultContext([]));

        Assert.StartsWith("'=1+1,'@SUM(A1),", File.ReadLines(_folder.File("hasil.csv")).Skip(1).First(), StringComparison.Ordinal);
        using var workbook = new XLWorkbook(_folder.File("hasil.xlsx"));
        var sheet = workbook.Worksheet("Anggota");
        var cell = sheet.Cell(sheet.RowsUsed().First(r => r.Cell(1).GetString() == "no_anggota").RowNumber() + 1, 1);
        Assert.False(cell.HasFormula);
        Assert.Equal("=1+1", cell.GetString());
    }

    [Fact]
    public void FailedWrite_LeavesNoFileBehind()
    {
        var target = _folder.File("hasil.csv");
        var blocker = _folder.File("hasil.ringkasan.csv");
        Directory.CreateDirectory(blocker);

        Assert.ThrowsAny<IOException>(() => ResultWriter.WriteCsv(Sample(), target, new ResultContext([])));

        Assert.Equal(["hasil.ringkasan.csv"], Directory.GetFileSystemEntries(_folder.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AKilledRunsLeftovers_AreRemovedByTheNextWrite_LookingOnceAFolderOrOnceAFile(bool once)
    {
        // What a run killed outright leaves: a temporary file and a set-aside older result, named after a process
        // that is gone (pid 2^22 + 1 is above Linux's default maximum). Another target's leftover is not touched.
        var gone = (1 << 22) + 1;
        string[] leftovers = [_folder.File($".hasil.csv.{gone}.abc.tmp"), _folder.File($".hasil.csv.{gone}.def.tmp.old")];
        var other = _folder.File($".lain.csv.{gone}.abc.tmp");
        foreach (var file in leftovers.Append(other))
        {
            File.WriteAllText(file, "nama anggota");
        }

        using (once ? Kopdes.Shu.IO.Files.AtomicFiles.ScanOnce() : null)
        {
            using var files = new Kopdes.Shu.IO.Files.AtomicFiles();
            files.Write(_folder.File("hasil.csv"), s => s.WriteByte((byte)'x'));
            files.Commit();
        }

        Assert.All(leftovers, f => Assert.False(File.Exists(f), f));
        Assert.True(File.Exists(other));
        Assert.Equal("x", File.ReadAllText(_folder.File("hasil.csv")));
    }
}
