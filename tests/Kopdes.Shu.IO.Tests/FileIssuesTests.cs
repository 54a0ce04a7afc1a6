using Kopdes.Shu.Validation;

namespace Kopdes.Shu.IO.Tests;

/// <summary>The readers' own issues: worded here, coded apart from the calculation's, never clashing with them.</summary>
public sealed class FileIssuesTests
{
    [Fact]
    public void ReaderIssues_AreWordedForTreasurers()
    {
        Assert.Equal("Status 'warga' tidak dikenal; gunakan anggota, calon, luar_biasa, atau keluar.", FileIssues.UnknownStatus("A001", "warga").Message(Language.Indonesian));
        Assert.Equal("'12,5x' in column transaksi is not a number.", FileIssues.NotANumber("A001", "transaksi", "12,5x").Message(Language.English));
        Assert.Equal(
            "'31/02/2025' pada kolom tanggal_masuk bukan tanggal (gunakan 2025-07-21 atau 21/07/2025).",
            FileIssues.InvalidDate("A001", "tanggal_masuk", "31/02/2025").Message(Language.Indonesian));
        Assert.Equal("The required column no_anggota is missing.", FileIssues.MissingColumn("no_anggota").Message(Language.English));
        Assert.Equal(
            [FileIssueCodes.UnknownStatus, FileIssueCodes.NotANumber, FileIssueCodes.InvalidDate, FileIssueCodes.MissingColumn],
            new[] { FileIssues.UnknownStatus(null, "x"), FileIssues.NotANumber(null, "c", "x"), FileIssues.InvalidDate(null, "c", "x"), FileIssues.MissingColumn("c") }.Select(i => i.Code));
    }

    [Fact]
    public void FileCodes_AreUniqueDotted_AndNoneIsACalculationCode()
    {
        static List<string> Codes(Type type) => [.. type.GetFields().Select(f => (string)f.GetValue(null)!)];
        var files = Codes(typeof(FileIssueCodes));
        var calculation = Codes(typeof(IssueCodes));

        Assert.Equal(files.Count, files.Distinct(StringComparer.Ordinal).Count());
        Assert.All(files, code => Assert.Matches(@"^[A-Z][A-Za-z]+\.[A-Z][A-Za-z]+$", code));
        Assert.Empty(files.Intersect(calculation, StringComparer.Ordinal));
    }
}
