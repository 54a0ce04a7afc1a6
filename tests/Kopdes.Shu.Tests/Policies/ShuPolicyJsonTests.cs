using System.Text.Json;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;
using Kopdes.Shu.Validation;

namespace Kopdes.Shu.Tests.Policies;

public sealed class ShuPolicyJsonTests
{
    // The example of formats.md, verbatim.
    private const string FormatsExample = """
        {
          "cooperative": "Koperasi Kelurahan Merah Putih Jatimakmur",
          "year": 2025,
          "decision": "Keputusan RAT No. 01/RAT/2026, 2026-02-14",
          "shu": 150000000,
          "units": [ { "code": "sembako", "shu": 90000000 }, { "code": "apotek", "shu": 60000000 } ],
          "roundingUnit": 1,
          "funds": [
            { "code": "cadangan", "name": "Dana Cadangan", "percent": 30, "reserve": true },
            { "code": "anggota", "name": "Bagian Anggota", "percent": 70, "funds": [
                { "code": "jasa_modal", "name": "Jasa Modal", "percent": 40,
                  "basis": ["simpanan_pokok", "simpanan_wajib"], "savings": "year-end" },
                { "code": "jasa_usaha", "name": "Jasa Usaha", "percent": 60,
                  "basis": ["transaksi"], "perUnit": false } ] }
          ],
          "eligible": ["anggota"],
          "minimumPayout": 0,
          "minimumPayoutFund": "cadangan",
          "tax": { "rate": 0 },
          "cashUnit": 1000
        }
        """;

    [Fact]
    public void Read_TheFormatsExample_GivesEveryValue()
    {
        var read = ShuPolicyJson.Read(FormatsExample);

        Assert.Empty(read.Issues);
        var policy = read.Policy!;
        Assert.Equal(("Koperasi Kelurahan Merah Putih Jatimakmur", 2025, "Keputusan RAT No. 01/RAT/2026, 2026-02-14"), (policy.Cooperative, policy.Year!.Value, policy.Decision));
        Assert.Equal(150_000_000m, policy.Shu);
        Assert.Equal([("sembako", 90_000_000m), ("apotek", 60_000_000m)], policy.Units.Select(u => (u.Code, u.Shu)));
        Assert.Equal(["cadangan", "anggota", "jasa_modal", "jasa_usaha"], policy.AllFunds().Select(f => f.Code));
        Assert.True(policy.Funds[0].Reserve);
        Assert.Equal(["simpanan_pokok", "simpanan_wajib"], policy.Funds[1].Funds[0].Basis);
        Assert.Equal(1000m, policy.CashUnit);
        Assert.Equal("cadangan", policy.MinimumPayoutFund);
        Assert.True(policy.IsKopdes);
    }

    [Fact]
    public void Read_AppliesTheDefaultsOfFormats()
    {
        var policy = ShuPolicyJson.Read("""{ "shu": 10, "funds": [ { "code": "c", "percent": 100, "reserve": true } ] }""").Policy!;
        Assert.Equal((1m, 0m, 0m, (string?)null, 1m), (policy.RoundingUnit, policy.MinimumPayout, policy.TaxRate, policy.MinimumPayoutFund, policy.EffectiveCashUnit));
        Assert.Equal([MemberStatus.Anggota], policy.Eligible);
    }

    [Fact]
    public void Read_AcceptsMonthlyAverageEnglishStatusesAndABasisJoinedByPlus()
    {
        var policy = ShuPolicyJson.Read("""
            { "shu": 10, "eligible": ["member", "Calon"], "funds": [
              { "code": "c", "percent": 50, "reserve": true },
              { "code": "m", "percent": 50, "basis": "simpanan_pokok + simpanan_wajib", "savings": "monthly-average" } ] }
            """).Policy!;
        Assert.Equal([MemberStatus.Anggota, MemberStatus.Calon], policy.Eligible);
        Assert.Equal(["simpanan_pokok", "simpanan_wajib"], policy.Funds[1].Basis);
        Assert.Equal(SavingsBasis.MonthlyAverage, policy.Funds[1].Savings);
    }

    [Fact]
    public void Read_NotJson_IsAnErrorWithTheLine()
    {
        var read = ShuPolicyJson.Read("{ \"shu\": 10,\n  \"funds\": [ }");
        Assert.Null(read.Policy);
        var issue = Assert.Single(read.Issues);
        Assert.Equal(IssueCodes.InvalidJson, issue.Code);
        Assert.Contains("line 2", issue.Message(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ReportsEveryWrongValueWithItsPath()
    {
        var read = ShuPolicyJson.Read("""
            { "shu": "banyak", "year": 2025.5, "eligible": ["warga"], "tax": { "rate": true },
              "funds": [ { "code": "c", "reserve": "ya" }, { "code": "p", "percent": 100, "savings": "weekly" } ] }
            """);

        Assert.Null(read.Policy);
        Assert.Equal(
            [
                (IssueCodes.InvalidValue, "shu"), (IssueCodes.InvalidValue, "year"), (IssueCodes.UnknownEligibleStatus, "eligible[0]"),
                (IssueCodes.InvalidValue, "tax.rate"), (IssueCodes.InvalidValue, "funds[0].reserve"), (IssueCodes.InvalidValue, "funds[0].percent"),
                (IssueCodes.InvalidValue, "funds[1].savings"),
            ],
            read.Issues.Select(i => (i.Code, i.Column!)));
        Assert.Equal("shu harus berupa angka.", read.Issues[0].Message(Language.Indonesian));
    }

    [Fact]
    public void Read_UnknownKey_IsAnErrorNamingTheNearestKnownKey()
    {
        // A typo used to be a warning the treasurer never read, and the fund's name silently missing.
        var read = ShuPolicyJson.Read("""{ "shu": 10, "persen_cadangan": 30, "funds": [ { "code": "c", "percnt": 100, "reserve": true, "nmae": "x" } ] }""");

        Assert.Null(read.Policy);
        Assert.Equal(["persen_cadangan", "funds[0].percnt", "funds[0].nmae", "funds[0].percent"], read.Issues.Select(i => i.Column!));
        Assert.All(read.Issues, i => Assert.Equal(IssueSeverity.Error, i.Severity));
        Assert.Equal("The key funds[0].percnt is not known; did you mean percent?", read.Issues[1].Message(Language.English));
        Assert.Equal("Kunci funds[0].nmae tidak dikenal; maksudnya name?", read.Issues[2].Message(Language.Indonesian));
        Assert.Equal("The key persen_cadangan is not known.", read.Issues[0].Message(Language.English));
    }

    [Theory]
    [InlineData("""{ "shu": 10, "SHU": 20, "funds": [ { "code": "c", "percent": 100, "reserve": true } ] }""", "SHU")]
    [InlineData("""{ "shu": 10, "funds": [ { "code": "c", "percent": 100, "reserve": true, "percent": 50 } ] }""", "funds[0].percent")]
    [InlineData("""{ "shu": 10, "cash_unit": 100, "cashUnit": 1000, "funds": [ { "code": "c", "percent": 100, "reserve": true } ] }""", "cashUnit")]
    public void Read_DuplicateKey_IsAnError_WhateverItsCase(string json, string second)
    {
        // The last one used to win silently while a reader of the file sees the first.
        var read = ShuPolicyJson.Read(json);

        Assert.Null(read.Policy);
        var issue = Assert.Single(read.Issues);
        Assert.Equal(IssueCodes.DuplicateKey, issue.Code);
        Assert.Equal(second, issue.Column);
    }

    [Fact]
    public void Read_InvalidJson_SaysWhereInOwnWords()
    {
        var read = ShuPolicyJson.Read("{ \"shu\": 10 \"funds\": [] }");

        var issue = Assert.Single(read.Issues);
        Assert.Equal("Berkas kebijakan bukan JSON yang sah di baris 1, posisi 13: periksa koma, tanda kutip, dan kurung di sekitar tempat itu.", issue.Message(Language.Indonesian));
        Assert.DoesNotContain("invalid after", issue.Message(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void WriteThenRead_GivesTheSamePolicy()
    {
        var policy = ShuPolicyJson.Read(FormatsExample).Policy! with { TaxRate = 10, MinimumPayout = 5000, Kopdes = true, Eligible = [MemberStatus.Anggota, MemberStatus.LuarBiasa] };

        var text = ShuPolicyJson.Write(policy);
        var back = ShuPolicyJson.Read(text);

        Assert.Empty(back.Issues);
        Assert.Equal(text, ShuPolicyJson.Write(back.Policy!));
        Assert.Equal(policy.AllFunds().Select(f => (f.Code, f.Percent, f.Reserve, string.Join("+", f.Basis))), back.Policy!.AllFunds().Select(f => (f.Code, f.Percent, f.Reserve, string.Join("+", f.Basis))));
        Assert.Equal((10m, 5000m, true), (back.Policy!.TaxRate, back.Policy.MinimumPayout, back.Policy.Kopdes!.Value));
        Assert.Equal(policy.Eligible, back.Policy.Eligible);
    }

    // The Kebijakan sheet's names, which the JSON accepts as aliases.
    private static readonly string[] IndonesianPolicyKeys =
        ["koperasi", "tahun", "keputusan_rat", "unit", "satuan_pembulatan", "dana", "anggota_berhak", "pembayaran_minimum", "dana_pembayaran_minimum", "satuan_tunai", "accounts", "daftar_akun", "tarif_pajak"];

    private static readonly string[] IndonesianFundKeys = ["kode", "nama", "persen", "cadangan", "desa", "dana", "dasar", "simpanan", "per_unit", "jumlah_dasar", "dana_non_anggota", "berhak", "akun", "anggota_berhak"];

    [Fact]
    public void Read_TheSheetsIndonesianNames_AreTheEnglishKeys()
    {
        const string indonesian = """
            {
              "koperasi": "Koperasi Kelurahan Merah Putih Jatimakmur",
              "tahun": 2025,
              "keputusan_rat": "Keputusan RAT No. 01/RAT/2026, 2026-02-14",
              "shu": 150000000,
              "unit": [ { "kode": "sembako", "shu": 90000000 }, { "kode": "apotek", "shu": 60000000 } ],
              "satuan_pembulatan": 1,
              "dana": [
                { "kode": "cadangan", "nama": "Dana Cadangan", "persen": 30, "cadangan": true },
                { "kode": "anggota", "nama": "Bagian Anggota", "persen": 70, "dana": [
                    { "kode": "jasa_modal", "nama": "Jasa Modal", "persen": 40,
                      "dasar": ["simpanan_pokok", "simpanan_wajib"], "simpanan": "year-end" },
                    { "kode": "jasa_usaha", "nama": "Jasa Usaha", "persen": 60,
                      "dasar": ["transaksi"], "per_unit": false } ] }
              ],
              "anggota_berhak": ["anggota"],
              "pembayaran_minimum": 0,
              "dana_pembayaran_minimum": "cadangan",
              "tarif_pajak": 0,
              "satuan_tunai": 1000
            }
            """;

        var read = ShuPolicyJson.Read(indonesian);

        Assert.Empty(read.Issues);
        Assert.Equal(ShuPolicyJson.Read(FormatsExample).Policy, read.Policy);
        Assert.Equal(12.5m, ShuPolicyJson.Read(FormatsExample.Replace("\"tax\": { \"rate\": 0 }", "\"tarif_pajak\": 12.5", StringComparison.Ordinal)).Policy!.TaxRate);
    }

    [Fact]
    public void Read_AKeyAndItsIndonesianName_AreAKeyGivenTwice_AndATypoSuggestsTheIndonesianName()
    {
        var twice = ShuPolicyJson.Read("""{ "shu": 100, "funds": [ { "code": "c", "percent": 100, "persen": 100, "reserve": true } ] }""");
        Assert.Contains(twice.Issues, i => i.Code == IssueCodes.DuplicateKey);

        var tax = ShuPolicyJson.Read("""{ "shu": 100, "tax": { "rate": 5 }, "tarif_pajak": 5, "funds": [ { "code": "c", "percent": 100, "reserve": true } ] }""");
        Assert.Contains(tax.Issues, i => i.Code == IssueCodes.DuplicateKey);

        var typo = ShuPolicyJson.Read("""{ "shu": 100, "funds": [ { "code": "c", "persn": 100, "reserve": true } ] }""");
        Assert.Contains(typo.Issues, i => i.Code == IssueCodes.UnknownKey && i.Message(Language.English).Contains("persen", StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_IsJsonAndDescribesEveryKeyTheReaderAccepts()
    {
        using var schema = JsonDocument.Parse(ShuPolicyJson.Schema);
        var root = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name);
        var fund = schema.RootElement.GetProperty("$defs").GetProperty("fund").GetProperty("properties").EnumerateObject().Select(p => p.Name);

        Assert.Equal(
            ["$schema", "cooperative", "year", "decision", "kopdes", "shu", "units", "roundingUnit", "funds", "eligible", "minimumPayout", "minimumPayoutFund", "tax", "cashUnit",
             .. IndonesianPolicyKeys],
            root);
        Assert.Equal(["code", "name", "percent", "reserve", "village", "funds", "basis", "savings", "perUnit", "total", "nonMemberFund", "eligible", "account", .. IndonesianFundKeys], fund);

        // Every key the writer emits is one the schema knows.
        using var written = JsonDocument.Parse(ShuPolicyJson.Write(ShuPolicyJson.Read(FormatsExample).Policy! with { Kopdes = true }));
        Assert.All(written.RootElement.EnumerateObject(), p => Assert.Contains(p.Name, root));
    }
}
