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
    public void Workbook_HasSummaryFundsAndMembersWithRupiahNumbersAndFrozenHeaders()
    {
        var result = Sample();
        var path = _folder.File("hasil.xlsx");
        ResultWriter.WriteWorkbook(result, path, new ResultContext([]));

        using var workbook = new XLWorkbook(path);
        Assert.Equal(["Ringkasan", "Dana", "Anggota"], workbook.Worksheets.Select(w => w.Name));
        var members = workbook.Worksheet("Anggota");
        Assert.Equal(result.Members.Count + 1, members.LastRowUsed().RowNumber());
        var shuColumn = members.Row(1).CellsUsed().First(c => c.GetString() == "shu").Address.ColumnNumber;
        Assert.Equal((double)result.Members[0].Payout.Gross, members.Cell(2, shuColumn).GetDouble());
        Assert.Contains("Rp", members.Cell(2, shuColumn).Style.NumberFormat.Format, StringComparison.Ordinal);
        Assert.Equal(1, members.SheetView.SplitRow);
        Assert.True(members.AutoFilter.IsEnabled);
        Assert.Equal((double)result.Reserve.Amount, workbook.Worksheet("Dana").Cell(2, 4).GetDouble());
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
        var cell = workbook.Worksheet("Anggota").Cell(2, 1);
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
}
