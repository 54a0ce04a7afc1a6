namespace Kopdes.Shu.Cli.Tests;

/// <summary><c>--samarkan</c> / <c>--redact</c>: no member's name or NIK in any file made for sharing.</summary>
public sealed class RedactTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private IReadOnlyList<string> Names() =>
        [.. File.ReadLines(_cli["anggota.csv"]).Skip(1).Select(l => l.Split(',')[1]).Where(n => n.Length > 0).Distinct()];

    [Fact]
    public void Redacted_ResultsAndReport_HoldNoName()
    {
        var names = Names();
        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.csv"], "--samarkan", "--out", _cli["hasil.csv"], "--laporan", _cli["laporan.html"]));
        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.xlsx"], "--redact", "--out", _cli["hasil.xlsx"]));

        var written = string.Concat(new[] { "hasil.csv", "hasil.dana.csv", "hasil.ringkasan.csv", "laporan.html" }.Select(f => File.ReadAllText(_cli[f])));
        using (var workbook = new ClosedXML.Excel.XLWorkbook(_cli["hasil.xlsx"]))
        {
            written += string.Join('\n', workbook.Worksheet("Anggota").CellsUsed().Select(c => c.GetString()));
        }

        Assert.All(names, name => Assert.DoesNotContain(name, written, StringComparison.Ordinal));
        var first = File.ReadAllLines(_cli["hasil.csv"])[1].Split(',');
        Assert.Matches(@"^\p{L}\*+ \p{L}\*+$", first[1]);
    }

    [Fact]
    public void Redacted_AuditAndComparison_HoldNoNameNorNik()
    {
        _cli.Write("kebijakan.json", """{ "shu": 1000, "funds": [ { "code": "c", "percent": 50, "reserve": true }, { "code": "u", "percent": 50, "basis": ["transaksi"] } ] }""");
        _cli.Write("lain.json", """{ "shu": 1000, "funds": [ { "code": "c", "percent": 40, "reserve": true }, { "code": "u", "percent": 60, "basis": ["transaksi"] } ] }""");
        _cli.Write("anggota.csv", "no_anggota,nama,nik,transaksi\nA1,Budi Santoso,3275010101010001,1\nA2,Siti Aminah,3275010101010001,2\n");

        Assert.Equal(4, _cli.Run("periksa", _cli["anggota.csv"], "--redact", "--out", _cli["periksa.csv"]));
        var audit = _cli.Out + File.ReadAllText(_cli["periksa.csv"]);
        Assert.Equal(0, _cli.Run("bandingkan", _cli["anggota.csv"], "--kebijakan", _cli["kebijakan.json"], "--kebijakan", _cli["lain.json"], "--samarkan", "--out", _cli["banding.csv"]));
        var comparison = File.ReadAllText(_cli["banding.csv"]);

        foreach (var secret in new[] { "Budi", "Santoso", "Siti", "Aminah", "3275010101010001" })
        {
            Assert.DoesNotContain(secret, audit + comparison, StringComparison.Ordinal);
        }

        Assert.Contains("B*** S******", audit, StringComparison.Ordinal);
        Assert.Contains("3275********0001", audit, StringComparison.Ordinal);
        Assert.Contains("A2,S*** A*****,", comparison, StringComparison.Ordinal);
    }
}
