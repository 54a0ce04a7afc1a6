using Kopdes.Shu.Engine;
using Kopdes.Shu.IO.Results;
using Kopdes.Shu.IO.Verification;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;
using Kopdes.Shu.Results;

namespace Kopdes.Shu.IO.Tests;

/// <summary>The journal file for the books (<c>hitung --jurnal</c>), checked against the result computed now.</summary>
public sealed class JournalFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // An SHU of Rp10,000,000, debited in full to SHU tahun berjalan (account 3400).
    private static ShuResult Result() => ShuCalculator.Calculate(
        new ShuPolicy
        {
            Shu = 10_000_000m,
            Funds = [new FundPolicy("cadangan", 40) { Reserve = true }, new FundPolicy("jasa_usaha", 60) { Basis = ["transaksi"] }],
        },
        MemberLedger.From([.. Enumerable.Range(1, 9).Select(i => new Member($"A{i}") { Amounts = new Dictionary<string, decimal> { ["transaksi"] = 100_000m * i } })])).GetResultOrThrow();

    [Theory]
    [InlineData("jurnal.csv", NumberCulture.International)]
    [InlineData("jurnal.csv", NumberCulture.Indonesian)]
    [InlineData("jurnal.xlsx", NumberCulture.International)]
    public void AJournalFile_AgreesAsWritten_AndAChangedAmountIsFoundOnItsAccount(string name, NumberCulture culture)
    {
        var result = Result();
        var context = new ResultContext([]) { Culture = culture };
        var path = _folder.File(name);
        ResultWriter.WriteJournal(result, path, context);

        Assert.True(ResultVerifier.VerifyJournal(result, context, path).Agrees);

        // The journal of an SHU a rupiah smaller: found on the debit of account 3400, in this file.
        var other = ShuCalculator.Calculate(result.Policy with { Shu = 9_999_999m }, result.Ledger).GetResultOrThrow();
        ResultWriter.WriteJournal(other, path, context);
        var verification = ResultVerifier.VerifyJournal(result, context, path);
        Assert.False(verification.Agrees);
        Assert.Contains(verification.Differences, d => d.Kind == "jurnal" && d.Key == "3400" && d.Column == "debit" && d.Expected == "10000000" && d.Recorded == "9999999" && d.File == name);
    }

    [Fact]
    public void AJournalWithoutItsColumns_OrNotThere_IsAnIssue_NotADifference()
    {
        var result = Result();
        var context = new ResultContext([]);
        var path = _folder.Write("jurnal.csv", "tanggal,kode_akun,nama_akun,debit,keterangan\n2025-12-31,3400,SHU tahun berjalan,10000000,Pembagian SHU\n");

        var verification = ResultVerifier.VerifyJournal(result, context, path);
        var issue = Assert.Single(verification.Issues);
        Assert.Equal((FileIssueCodes.MissingColumn, "kredit", "jurnal.csv"), (issue.Code, issue.Column, issue.File));
        Assert.Empty(verification.Differences);

        Assert.Contains("was not found", Assert.Single(ResultVerifier.VerifyJournal(result, context, _folder.File("tidak-ada.csv")).Issues).Message(Language.English), StringComparison.Ordinal);
    }
}
