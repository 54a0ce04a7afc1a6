using System.Globalization;
using System.Text;
using Kopdes.Shu.Engine;
using Kopdes.Shu.IO;

namespace Kopdes.Shu.Cli.Tests;

/// <summary>CSV results in the dialect of the treasurer's Excel: what an Indonesian Excel saves, it opens as columns.</summary>
public sealed class IndonesianCsvTests : IDisposable
{
    private static readonly CultureInfo Indonesia = CultureInfo.GetCultureInfo("id-ID");
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void TheSample_SavedByIndonesianExcel_GivesResultsIndonesianExcelOpensAsColumns_ThatVerifyAndAudit()
    {
        SaveAsIndonesianExcel("anggota.csv", "id/anggota.csv");
        SaveAsIndonesianExcel("saldo.csv", "id/saldo.csv");
        File.Copy(_cli["kebijakan.json"], _cli["id/kebijakan.json"]);

        Assert.Equal(0, _cli.Run("hitung", _cli["id/anggota.csv"], "--saldo", _cli["id/saldo.csv"]));

        var expected = Expected();
        foreach (var file in new[] { "id/anggota.hasil.csv", "id/anggota.hasil.dana.csv", "id/anggota.hasil.ringkasan.csv" })
        {
            var bytes = File.ReadAllBytes(_cli[file]);
            Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), $"{file} starts with a byte order mark, so Excel reads UTF-8");
            Assert.DoesNotContain(",", File.ReadLines(_cli[file]).First(), StringComparison.Ordinal);
        }

        var rows = Rows("id/anggota.hasil.csv");
        Assert.Equal(expected.Members.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(expected.Ledger[i].Id, rows[i]["no_anggota"]);
            Assert.Equal(expected.Members[i].Payout.Net, decimal.Parse(rows[i]["shu_bersih"], NumberStyles.Number, Indonesia));
            Assert.Equal(expected.Members[i].Amount(0), decimal.Parse(rows[i][expected.Pools[0].Code], NumberStyles.Number, Indonesia));
        }

        var funds = Rows("id/anggota.hasil.dana.csv");
        Assert.Equal(expected.Funds.Select(f => f.Amount), funds.Select(f => decimal.Parse(f["jumlah"], NumberStyles.Number, Indonesia)));
        Assert.Contains(funds, f => f["jumlah"].Contains('.', StringComparison.Ordinal));

        Assert.Equal(0, _cli.Run("verifikasi", _cli["id/anggota.csv"], "--saldo", _cli["id/saldo.csv"], "--hasil", _cli["id/anggota.hasil.csv"]));
        Assert.NotEqual(1, _cli.Run("periksa", _cli["id/anggota.csv"], "--saldo", _cli["id/saldo.csv"], "--hasil", _cli["id/anggota.hasil.csv"]));
        Assert.DoesNotContain("HASIL", _cli.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id-ID", ';')]
    [InlineData("en", ',')]
    public void TheCultureOption_ChoosesTheDialect_OfEveryCsvWritten(string culture, char separator)
    {
        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.xlsx"], "--hasil", _cli["hasil.csv"], "--budaya", culture));
        Assert.Equal(0, _cli.Run("bandingkan", _cli["anggota.xlsx"], "--kebijakan", _cli["kebijakan.json"], "--hasil", _cli["banding.csv"], "--budaya", culture));
        Assert.Equal(0, _cli.Run("verifikasi", _cli["anggota.xlsx"], "--hasil", _cli["hasil.csv"], "--budaya", culture));

        foreach (var file in new[] { "hasil.csv", "hasil.dana.csv", "hasil.ringkasan.csv", "banding.csv", "banding.ringkasan.csv" })
        {
            var header = File.ReadLines(_cli[file]).First();
            Assert.True(header.Contains(separator, StringComparison.Ordinal), $"{file}: {header}");
            Assert.Equal(separator == ';', File.ReadAllBytes(_cli[file]).AsSpan().StartsWith(Encoding.UTF8.Preamble));
        }
    }

    // What Excel in Indonesia writes when a treasurer saves the sheet as CSV: ';' between fields, grouped digits.
    private void SaveAsIndonesianExcel(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_cli[to])!);
        var lines = File.ReadAllLines(_cli[from]).Select((line, n) => string.Join(';', line.Split(',').Select(field =>
            n > 0 && long.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && field.Length > 3
                ? number.ToString("N0", Indonesia)
                : field)));
        File.WriteAllLines(_cli[to], lines, new UTF8Encoding(true));
    }

    private Results.ShuResult Expected()
    {
        var inputs = ShuInputReader.Read(_cli["anggota.csv"], balancesPath: _cli["saldo.csv"]);
        return ShuCalculator.Calculate(inputs.Policy!, inputs.Ledger!, inputs.Balances).GetResultOrThrow();
    }

    // Read as Excel does with ';': names in the sample hold no separator or quote.
    private List<Dictionary<string, string>> Rows(string file)
    {
        var lines = File.ReadAllLines(_cli[file], Encoding.UTF8);
        var header = lines[0].Split(';');
        return [.. lines.Skip(1).Select(line => header.Zip(line.Split(';')).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))];
    }
}
