using ClosedXML.Excel;
using Kopdes.Shu.Engine;
using Kopdes.Shu.IO.Csv;
using Kopdes.Shu.IO.Results;
using Kopdes.Shu.IO.Verification;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;
using Kopdes.Shu.Results;

namespace Kopdes.Shu.IO.Tests;

/// <summary>
/// Capital partners in the files a treasurer prints and an office checks: a table of their own (sheet
/// <c>Penyerta</c>, <c>name.penyerta.csv</c>), never among the members' rows, totals, list or slips.
/// </summary>
public sealed class CapitalPartnerOutputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // 60 members and 2 partners between them (rows 3 and 40): the village government and an investor.
    private static ShuResult Result(ShuPolicy? policy = null)
    {
        var members = Enumerable.Range(0, 62).Select(i => i is 3 or 40
            ? new Member(i == 3 ? "P-DESA" : "P-CV") { Name = i == 3 ? "Pemerintah Desa" : "CV Maju", Status = MemberStatus.Penyerta, Amounts = Amounts(0, 0, i == 3 ? 30_000_000 : 10_000_000) }
            : new Member($"A{i:D3}") { Name = $"Anggota {i}", Amounts = Amounts(100_000 * (i + 1), 250_000 * ((i % 7) + 1), 0) });
        policy ??= new ShuPolicy
        {
            Cooperative = "Koperasi Desa Merah Putih Uji",
            Year = 2025,
            Shu = 12_345_678m,
            Funds =
            [
                new FundPolicy("cadangan", 40) { Reserve = true },
                new FundPolicy("jasa_modal", 20) { Basis = ["simpanan_pokok"] },
                new FundPolicy("jasa_usaha", 25) { Basis = ["transaksi"] },
                new FundPolicy("penyertaan", 15) { Basis = ["modal_penyertaan"], Eligible = [MemberStatus.Penyerta] },
            ],
        };
        return ShuCalculator.Calculate(policy, MemberLedger.From(members)).GetResultOrThrow();

        static Dictionary<string, decimal> Amounts(decimal savings, decimal purchases, decimal capital) =>
            new() { ["simpanan_pokok"] = savings, ["transaksi"] = purchases, ["modal_penyertaan"] = capital };
    }

    [Fact]
    public void APartnersPool_RoundTripsThroughTheInputWorkbook_AndTheCsvAndJson()
    {
        var expected = Result();
        var workbook = _folder.File("anggota.xlsx");
        Kopdes.Shu.IO.Inputs.InputWriter.WriteWorkbook(workbook, expected.Policy, expected.Ledger, 2025, []);
        Kopdes.Shu.IO.Inputs.InputWriter.WriteCsv(_folder.File("anggota.csv"), expected.Policy, expected.Ledger, 2025, []);

        foreach (var path in new[] { workbook, _folder.File("anggota.csv") })
        {
            var inputs = ShuInputReader.Read(path);
            Assert.False(inputs.HasErrors, string.Join("\n", inputs.Issues));
            var result = ShuCalculator.Calculate(inputs.Policy!, inputs.Ledger!).GetResultOrThrow();
            Assert.Equal(expected.Partners.Select(p => (p.Id, p.Payout.Gross)), result.Partners.Select(p => (p.Id, p.Payout.Gross)));
            Assert.Equal(expected.Totals.Gross, result.Totals.Gross);
        }
    }

    [Fact]
    public void TheWorkbook_HasAPartnersSheet_AndTheMembersSheetHasNoPartner()
    {
        var result = Result();
        var path = _folder.File("hasil.xlsx");
        ResultWriter.WriteWorkbook(result, path, new ResultContext([]));

        using (var workbook = new XLWorkbook(path))
        {
            Assert.Equal(["Ringkasan", "Dana", "Anggota", "Penyerta", "Jurnal"], workbook.Worksheets.Select(w => w.Name));
            var members = workbook.Worksheet("Anggota").ColumnsUsed().First().CellsUsed().Select(c => c.GetString()).ToList();
            Assert.DoesNotContain("P-DESA", members);
            Assert.Contains("Jumlah (60 anggota)", workbook.Worksheet("Anggota").ColumnsUsed().Skip(1).First().CellsUsed().Select(c => c.GetString()));
            var partners = workbook.Worksheet("Penyerta");
            Assert.Contains(partners.RowsUsed(), r => r.Cell(2).GetString() == "Jumlah (2 penyerta modal)");
            var village = partners.RowsUsed().Single(r => r.Cell(1).GetString() == "P-DESA");
            Assert.Contains(village.CellsUsed(), c => c.DataType == XLDataType.Number && c.GetDouble() == (double)result.Partners[0].Payout.Gross);
            var summary = workbook.Worksheet("Ringkasan").RowsUsed().ToList();
            Assert.Contains(summary, r => r.Cell(1).GetString() == "penyerta" && r.Cell(2).GetDouble() == 2);
            Assert.Contains(summary, r => r.Cell(1).GetString() == "anggota" && r.Cell(2).GetDouble() == 60);
        }

        Assert.True(ResultVerifier.Verify(result, new ResultContext([]), path).Agrees);
    }

    [Fact]
    public void TheCsvResult_HasAPartnersFile_WhichVerifikasiChecksRowByRow()
    {
        var result = Result();
        var path = _folder.File("hasil.csv");
        ResultWriter.WriteCsv(result, path, new ResultContext([]));

        var partners = File.ReadAllLines(_folder.File("hasil.penyerta.csv"));
        Assert.Equal(3, partners.Length);
        Assert.StartsWith("P-DESA,Pemerintah Desa,penyerta,ya,", partners[1], StringComparison.Ordinal);
        Assert.DoesNotContain(File.ReadLines(path), l => l.StartsWith("P-", StringComparison.Ordinal));
        Assert.True(ResultVerifier.Verify(result, new ResultContext([]), path).Agrees);

        // One rupiah moved from a partner: found, and named.
        var gross = result.Partners[1].Payout.Gross.ToString(System.Globalization.CultureInfo.InvariantCulture);
        File.WriteAllLines(_folder.File("hasil.penyerta.csv"), [partners[0], partners[1], partners[2].Replace("," + gross + ",", "," + (result.Partners[1].Payout.Gross + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ",", StringComparison.Ordinal)]);
        var verified = ResultVerifier.Verify(result, new ResultContext([]), path);
        Assert.Contains(verified.Differences, d => d.Key == "P-CV");

        // And the file gone: a result with partners is not whole without it.
        File.Delete(_folder.File("hasil.penyerta.csv"));
        Assert.False(ResultVerifier.Verify(result, new ResultContext([]), path).Agrees);
    }

    // The stream forms a NuGet user (or the web page) calls: the partners' table is a fourth stream, the same bytes as
    // the path form's file, and checked row by row; three streams of a result with partners are not the whole result.
    [Fact]
    public async Task TheStreamForms_WriteAndCheckThePartnersTable()
    {
        var result = Result();
        var context = new ResultContext([]);
        var path = _folder.File("hasil.csv");
        ResultWriter.WriteCsv(result, path, context);
        var tables = new[] { new MemoryStream(), new MemoryStream(), new MemoryStream(), new MemoryStream() };
        ResultWriter.WriteCsv(result, tables[0], tables[1], tables[2], tables[3], context);
        var written = new[] { new MemoryStream(), new MemoryStream(), new MemoryStream(), new MemoryStream() };
        await ResultWriter.WriteCsvAsync(result, written[0], written[1], written[2], written[3], context);

        var files = new[] { path, _folder.File("hasil.dana.csv"), _folder.File("hasil.ringkasan.csv"), _folder.File("hasil.penyerta.csv") };
        for (var i = 0; i < files.Length; i++)
        {
            Assert.Equal(File.ReadAllBytes(files[i]), tables[i].ToArray());
            Assert.Equal(File.ReadAllBytes(files[i]), written[i].ToArray());
        }

        InputStream Open(int table, byte[]? bytes = null) => new(Path.GetFileName(files[table]), new MemoryStream(bytes ?? File.ReadAllBytes(files[table])));
        Assert.True(ResultVerifier.Verify(result, context, Open(0), Open(1), Open(2), Open(3)).Agrees);

        // One rupiah moved from a partner, in the stream form: found, and named.
        var gross = result.Partners[1].Payout.Gross.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var tampered = System.Text.Encoding.UTF8.GetBytes(File.ReadAllText(files[3]).Replace("," + gross + ",", "," + (result.Partners[1].Payout.Gross + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ",", StringComparison.Ordinal));
        var verified = await ResultVerifier.VerifyAsync(result, context, Open(0), Open(1), Open(2), Open(3, tampered));
        Assert.Contains(verified.Differences, d => d.Key == "P-CV");

        // Without the partners' stream: not whole, and said which table is missing.
        var partial = ResultVerifier.Verify(result, context, Open(0), Open(1), Open(2));
        Assert.False(partial.Agrees);
        Assert.Contains(partial.Issues, i => i.Message(Language.English).Contains("hasil.penyerta.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void TheFastPartnersCsv_IsTheBytesOfThePlainWriter()
    {
        var result = Result();
        var context = new ResultContext([]);
        foreach (var list in new[] { result.Members, result.Partners })
        {
            var plain = new MemoryStream();
            CsvTableWriter.Write(plain, ResultTables.MemberHeader(result), ResultTables.MemberRows(result, context, list), context.Culture);
            var fast = new MemoryStream();
            MemberCsvWriter.Write(fast, result, context, list, CancellationToken.None);
            Assert.Equal(System.Text.Encoding.UTF8.GetString(plain.ToArray()), System.Text.Encoding.UTF8.GetString(fast.ToArray()));
        }
    }

    [Fact]
    public void TheReport_ListsPartnersApart_AndPrintsNoSlipForThem()
    {
        var result = Result();
        var output = new MemoryStream();
        ResultWriter.WriteReport(result, output, new ResultContext([]));
        var html = System.Text.Encoding.UTF8.GetString(output.ToArray());

        Assert.Contains("Bagian penyerta modal (bukan anggota)", html, StringComparison.Ordinal);
        Assert.Equal(60, html.Split("<article class=\"slip\">").Length - 1);
        Assert.DoesNotContain("<h3>Pemerintah Desa</h3>", html, StringComparison.Ordinal);
        Assert.Contains("Jumlah (60)", html, StringComparison.Ordinal);

        // The members' list numbers its rows 1..60 with no gap where a partner stood in the ledger.
        Assert.Contains("<td class=\"num\">60</td><td>A061</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">4</td><td>A004</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheJournal_CreditsThePartnersNet_ToTheirPayable()
    {
        var result = Result();
        var journal = ShuJournal.Of(result);
        Assert.Equal(result.PartnerTotals.Net, journal.Single(l => l.Account == new JournalAccounts().PartnerPayable).Credit);
    }
}
