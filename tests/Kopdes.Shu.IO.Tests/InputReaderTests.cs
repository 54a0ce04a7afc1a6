using Kopdes.Shu.Engine;
using Kopdes.Shu.IO.Inputs;
using Kopdes.Shu.Policies;
using Kopdes.Shu.Validation;

namespace Kopdes.Shu.IO.Tests;

public sealed class InputReaderTests : IDisposable
{
    private const string Policy = """
        { "shu": 1000, "funds": [ { "code": "cadangan", "percent": 50, "reserve": true },
          { "code": "jasa_usaha", "percent": 50, "basis": ["transaksi"] } ] }
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Csv_HeadersMatchLooselyAndEnglishAliasesWork()
    {
        _folder.Write("kebijakan.json", Policy);
        var members = _folder.Write("anggota.csv", "Member ID,Name,STATUS,Transactions,alamat\nA1,Budi,member,300,Jl. Mawar\nA2,Siti,,100,Jl. Melati\n");

        var inputs = ShuInputReader.Read(members);

        Assert.Empty(inputs.Issues);
        Assert.Equal(["transaksi"], inputs.Ledger!.Columns);
        Assert.Equal(("A1", "Budi", 300m), (inputs.Ledger[0].Id, inputs.Ledger[0].Name, inputs.Ledger[0].Amounts["transaksi"]));
        Assert.Equal(2, inputs.Files.Count);
        Assert.Matches("^[0-9a-f]{64}$", inputs.Files[0].Sha256);
    }

    [Fact]
    public void Csv_SeparatedBySemicolons_IsReadAsIndonesianNumbers()
    {
        _folder.Write("kebijakan.json", Policy);
        var members = _folder.Write("anggota.csv", "no_anggota;nama;transaksi\nA1;Budi;Rp1.234.567,50\nA2;Siti;2.000\n");

        var inputs = ShuInputReader.Read(members);

        Assert.Empty(inputs.Issues);
        Assert.Equal([1_234_567.50m, 2_000m], [inputs.Ledger![0].Amounts["transaksi"], inputs.Ledger[1].Amounts["transaksi"]]);
    }

    [Fact]
    public void Csv_EveryCellProblem_IsReportedWithFileRowColumnAndMember()
    {
        _folder.Write("kebijakan.json", Policy);
        var members = _folder.Write("anggota.csv",
            "no_anggota,nama,status,tanggal_masuk,tanggal_keluar,transaksi\n" +
            "A1,Budi,anggota,2025-01-01,,12x\n" +
            "A2,Siti,warga,2025-01-01,,5\n" +
            "A3,Wayan,anggota,31/02/2025,,5\n" +
            "A1,Rina,anggota,2025-05-01,2025-01-01,-3\n");

        var inputs = ShuInputReader.Read(members);

        Assert.True(inputs.HasErrors);
        Assert.Equal(
            [
                (FileIssueCodes.NotANumber, 2, "transaksi", "A1"), (FileIssueCodes.UnknownStatus, 3, "status", "A2"), (FileIssueCodes.InvalidDate, 4, "tanggal_masuk", "A3"),
                (IssueCodes.DuplicateMemberId, 5, "no_anggota", "A1"), (IssueCodes.ExitBeforeJoin, 5, "tanggal_keluar", "A1"), (IssueCodes.NegativeAmount, 5, "transaksi", "A1"),
            ],
            inputs.Issues.Select(i => (i.Code, i.Row!.Value, i.Column!, i.MemberId!)));
        Assert.All(inputs.Issues, i => Assert.Equal("anggota.csv", i.File));
        Assert.Equal(
            "anggota.csv, baris 2, kolom transaksi, anggota A1: '12x' pada kolom transaksi bukan angka. [Ledger.NotANumber]",
            inputs.Issues[0].Describe(Language.Indonesian));
    }

    [Fact]
    public void Csv_WithoutMemberIdColumn_OrWithDuplicateColumns_IsAnError()
    {
        _folder.Write("kebijakan.json", Policy);
        var noId = ShuInputReader.Read(_folder.Write("a.csv", "nama,transaksi\nBudi,5\n"));
        Assert.Equal(FileIssueCodes.MissingColumn, Assert.Single(noId.Issues).Code);

        var twice = ShuInputReader.Read(_folder.Write("b.csv", "no_anggota,transaksi,Transactions\nA1,5,6\n"));
        Assert.Contains(twice.Issues, i => i.Code == FileIssueCodes.DuplicateColumn && i.Row == 1);
    }

    [Fact]
    public void Csv_WithoutPolicy_SaysWhichFileIsMissing()
    {
        var inputs = ShuInputReader.Read(_folder.Write("anggota.csv", "no_anggota\nA1\n"));
        var issue = Assert.Single(inputs.Issues, i => i.IsError);
        Assert.Equal((FileIssueCodes.Unreadable, "kebijakan.json"), (issue.Code, issue.File));
    }

    [Fact]
    public void MissingWorkbook_IsOneError()
    {
        var inputs = ShuInputReader.Read(_folder.File("tidak-ada.xlsx"));
        Assert.Equal(FileIssueCodes.Unreadable, Assert.Single(inputs.Issues).Code);
        Assert.True(inputs.HasErrors);
    }

    [Fact]
    public void NotAWorkbook_IsOneClearErrorNotACrash()
    {
        var inputs = ShuInputReader.Read(_folder.Write("anggota.xlsx", "this is not a zip"));
        Assert.True(inputs.HasErrors);
        Assert.Contains(inputs.Issues, i => i.Code == FileIssueCodes.Unreadable && i.File == "anggota.xlsx");
    }

    [Fact]
    public void WorkbookAndCsv_OfTheSameCooperative_GiveTheSameAllocation()
    {
        var (policy, ledger, balances) = SyntheticCooperative.Generate(60, seed: 3);
        var workbook = _folder.File("anggota.xlsx");
        var csv = _folder.File("anggota.csv");
        InputWriter.WriteWorkbook(workbook, policy, ledger, 2025, balances);
        InputWriter.WriteCsv(csv, policy, ledger, 2025, balances);

        var fromWorkbook = ShuInputReader.Read(workbook);
        var fromCsv = ShuInputReader.Read(csv, balancesPath: _folder.File("saldo.csv"));

        Assert.False(fromWorkbook.HasErrors, string.Join("\n", fromWorkbook.Issues));
        Assert.False(fromCsv.HasErrors, string.Join("\n", fromCsv.Issues));
        Assert.Equal(ShuPolicyJson.Write(policy), ShuPolicyJson.Write(fromWorkbook.Policy!));
        Assert.Equal(ShuPolicyJson.Write(policy), ShuPolicyJson.Write(fromCsv.Policy!));
        var a = ShuCalculator.Calculate(fromWorkbook.Policy!, fromWorkbook.Ledger!, fromWorkbook.Balances).GetResultOrThrow();
        var b = ShuCalculator.Calculate(fromCsv.Policy!, fromCsv.Ledger!, fromCsv.Balances).GetResultOrThrow();
        var c = ShuCalculator.Calculate(policy, ledger).GetResultOrThrow();
        Assert.Equal(c.Members.Select(m => (m.Id, m.Payout.Gross, m.Payout.Cash)), a.Members.Select(m => (m.Id, m.Payout.Gross, m.Payout.Cash)));
        Assert.Equal(c.Members.Select(m => (m.Id, m.Payout.Gross, m.Payout.Cash)), b.Members.Select(m => (m.Id, m.Payout.Gross, m.Payout.Cash)));
        Assert.Null(fromWorkbook.Balances);
    }

    [Fact]
    public void MonthlyAveragePolicy_ReadsTheSaldoSheetAndTheBalancesCsvAlike()
    {
        var (yearEnd, ledger, balances) = SyntheticCooperative.Generate(30, seed: 4);
        var members = yearEnd.Funds[5];
        var policy = yearEnd with
        {
            Funds = [.. yearEnd.Funds.Take(5), members with { Funds = [members.Funds[0] with { Savings = SavingsBasis.MonthlyAverage }, members.Funds[1]] }],
        };
        InputWriter.WriteWorkbook(_folder.File("anggota.xlsx"), policy, ledger, 2025, balances);
        InputWriter.WriteCsv(_folder.File("anggota.csv"), policy, ledger, 2025, balances);

        var fromWorkbook = ShuInputReader.Read(_folder.File("anggota.xlsx"));
        var fromCsv = ShuInputReader.Read(_folder.File("anggota.csv"), balancesPath: _folder.File("saldo.csv"));

        Assert.Equal(balances.Count, fromWorkbook.Balances!.Count);
        Assert.Equal(balances.Count, fromCsv.Balances!.Count);
        var a = ShuCalculator.Calculate(fromWorkbook.Policy!, fromWorkbook.Ledger!, fromWorkbook.Balances).GetResultOrThrow();
        var b = ShuCalculator.Calculate(fromCsv.Policy!, fromCsv.Ledger!, fromCsv.Balances).GetResultOrThrow();
        Assert.Equal(a.Members.Select(m => (m.Id, m.Weight(0), m.Payout.Gross)), b.Members.Select(m => (m.Id, m.Weight(0), m.Payout.Gross)));
        Assert.Equal(SavingsBasis.MonthlyAverage, a.Policy.AllFunds().Single(f => f.Code == a.Pools[0].Code).Savings);
    }

    [Fact]
    public void PolicySheet_WithBadValuesAndAnUnknownParent_ReportsEachRow()
    {
        var (policy, ledger, _) = SyntheticCooperative.Generate(3, seed: 1);
        var bad = policy with { Funds = [.. policy.Funds.Take(5), new FundPolicy("anggota", 40) { Funds = [new FundPolicy("jasa", 100) { Basis = ["transaksi"] }] }] };
        var workbook = _folder.File("anggota.xlsx");
        InputWriter.WriteWorkbook(workbook, bad, ledger, 2025, []);
        using (var book = new ClosedXML.Excel.XLWorkbook(workbook))
        {
            var sheet = book.Worksheet("Kebijakan");
            var jasa = sheet.RowsUsed().First(r => r.Cell(1).GetString() == "jasa");
            jasa.Cell(4).Value = "tidak_ada";
            jasa.Cell(3).Value = "empat puluh";
            book.Save();
        }

        var inputs = ShuInputReader.Read(workbook);

        Assert.Null(inputs.Policy);
        Assert.Equal(["persen", "induk"], inputs.Issues.Where(i => i.IsError).Select(i => i.Column!));
        Assert.All(inputs.Issues.Where(i => i.IsError), i => Assert.Equal("Kebijakan", i.Sheet));
    }

    [Fact]
    public void PolicySheet_WithACycleOfParents_ReportsEachFundInIt()
    {
        var (policy, ledger, _) = SyntheticCooperative.Generate(3, seed: 1);
        var workbook = _folder.File("anggota.xlsx");
        InputWriter.WriteWorkbook(workbook, policy, ledger, 2025, []);
        using (var book = new ClosedXML.Excel.XLWorkbook(workbook))
        {
            // jasa_modal's parent becomes jasa_usaha and jasa_usaha's becomes jasa_modal: a loop off the tree.
            var sheet = book.Worksheet("Kebijakan");
            sheet.RowsUsed().First(r => r.Cell(1).GetString() == "jasa_modal").Cell(4).Value = "jasa_usaha";
            sheet.RowsUsed().First(r => r.Cell(1).GetString() == "jasa_usaha").Cell(4).Value = "jasa_modal";
            book.Save();
        }

        var inputs = ShuInputReader.Read(workbook);

        var cycle = inputs.Issues.Where(i => i.IsError && i.Column == "induk").ToList();
        Assert.Equal(2, cycle.Count);
        Assert.All(cycle, i => Assert.Contains("tanpa putaran", i.Message(Language.Indonesian), StringComparison.Ordinal));
        Assert.All(cycle, i => Assert.True(i.Row > 1 && i.Sheet == "Kebijakan" && i.File == "anggota.xlsx"));
    }

    [Fact]
    public void TheTemplatesKebijakanSheet_ShowsTheShu_ItsUnitsSumTo()
    {
        var (policy, ledger, balances) = Kopdes.Shu.IO.Inputs.SyntheticCooperative.Generate(5, seed: 17);
        var path = _folder.File("templat.xlsx");
        Kopdes.Shu.IO.Inputs.InputWriter.WriteWorkbook(path, policy, ledger, 2025, balances);

        var read = ShuInputReader.Read(path);

        Assert.Empty(read.Issues);
        Assert.NotEmpty(read.Policy!.Units);
        Assert.Equal(read.Policy.Units.Sum(u => u.Shu), read.Policy.Shu);
        Assert.Equal(policy, read.Policy);
    }

    [Fact]
    public void TheUnitSheet_CarriesEachUnitsTotalSales_AndThePoolsSheetItsTotalAndEligibility()
    {
        var (policy, ledger, balances) = Kopdes.Shu.IO.Inputs.SyntheticCooperative.Generate(5, seed: 17);
        var stated = policy with
        {
            Units = [.. policy.Units.Select(u => u with { Total = 1_000_000_000m })],
            Funds = [.. policy.Funds.Select(f => f with { Funds = [.. f.Funds.Select(c => c.IsPool && !c.PerUnit ? c with { Eligible = [Kopdes.Shu.Ledger.MemberStatus.Anggota, Kopdes.Shu.Ledger.MemberStatus.LuarBiasa], Account = "3-210" } : c)] })],
        };
        var path = _folder.File("unit.xlsx");
        Kopdes.Shu.IO.Inputs.InputWriter.WriteWorkbook(path, stated, ledger, 2025, balances);

        var read = ShuInputReader.Read(path);

        Assert.DoesNotContain(read.Issues, i => i.IsError);
        Assert.Equal(stated, read.Policy);
    }
}
