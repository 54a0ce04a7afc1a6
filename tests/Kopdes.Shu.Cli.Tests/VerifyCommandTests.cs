namespace Kopdes.Shu.Cli.Tests;

public sealed class VerifyCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Verify_OnAFreshResult_Agrees()
    {
        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.xlsx"]));

        Assert.Equal(0, _cli.Run("verifikasi", _cli["anggota.xlsx"]));
        Assert.Contains("Cocok sampai rupiah", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("(300 anggota, 8 dana)", _cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_CatchesOneRupiahMovedBetweenTwoMembers()
    {
        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.csv"], "--out", _cli["hasil.csv"]));
        var lines = File.ReadAllLines(_cli["hasil.csv"]);
        var shu = Array.IndexOf(lines[0].Split(','), "shu");
        string Move(string line, int by)
        {
            var cells = line.Split(',');
            cells[shu] = (long.Parse(cells[shu], System.Globalization.CultureInfo.InvariantCulture) + by).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return string.Join(',', cells);
        }

        var first = lines[1].Split(',')[0];
        var second = lines[2].Split(',')[0];
        lines[1] = Move(lines[1], +1);
        lines[2] = Move(lines[2], -1);
        File.WriteAllLines(_cli["hasil.csv"], lines);

        var exit = _cli.Run("verify", _cli["anggota.csv"], "--result", _cli["hasil.csv"], "--out", _cli["selisih.csv"], "--lang", "en");

        Assert.Equal(4, exit);
        Assert.Contains("has 2 differences", _cli.Out, StringComparison.Ordinal);
        Assert.Contains($"[member] {first} shu: expected", _cli.Out, StringComparison.Ordinal);
        Assert.Contains($"[member] {second} shu: expected", _cli.Out, StringComparison.Ordinal);
        var written = File.ReadAllLines(_cli["selisih.csv"]);
        Assert.Equal("kind,key,column,expected,recorded,file,sheet,row", written[0]);
        Assert.Equal(3, written.Length);
        Assert.StartsWith($"member,{first},shu,", written[1], StringComparison.Ordinal);
        Assert.EndsWith(",hasil.csv,,2", written[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ReportsAMissingMemberAFundAndChangedInputs()
    {
        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.csv"], "--out", _cli["hasil.csv"]));
        var members = File.ReadAllLines(_cli["hasil.csv"]).ToList();
        var dropped = members[5].Split(',')[0];
        members.RemoveAt(5);
        File.WriteAllLines(_cli["hasil.csv"], members);
        var funds = File.ReadAllText(_cli["hasil.dana.csv"]).Replace("cadangan,Dana Cadangan,25,2250000", "cadangan,Dana Cadangan,25,2200000", StringComparison.Ordinal);
        File.WriteAllText(_cli["hasil.dana.csv"], funds);
        // A blank line added after the run changes the members file, not the amounts.
        File.AppendAllText(_cli["anggota.csv"], "\n");

        var exit = _cli.Run("verifikasi", _cli["anggota.csv"], "--hasil", _cli["hasil.csv"]);

        Assert.Equal(4, exit);
        Assert.Contains($"[anggota] {dropped} -: seharusnya ada, tercatat tidak ada", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("[dana] cadangan jumlah: seharusnya 2250000, tercatat 2200000", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("masukan anggota berubah sejak hasil dibuat", _cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_WithoutTheResultFile_IsAnInputError()
    {
        Assert.Equal(1, _cli.Run("verifikasi", _cli["anggota.xlsx"]));
        Assert.Contains("anggota.hasil.xlsx", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_AgreesWhenTheSummaryRepeatsAWarningCode()
    {
        // Two pools nobody weighs in: two warnings Pool.NoEligibleWeight, two summary rows with the same item.
        _cli.Write("kebijakan.json", """
            { "shu": 1000, "funds": [ { "code": "cadangan", "percent": 40, "reserve": true },
              { "code": "modal", "percent": 30, "basis": ["simpanan_wajib"] }, { "code": "usaha", "percent": 30, "basis": ["transaksi"] } ] }
            """);
        _cli.Write("anggota.csv", "no_anggota,simpanan_wajib,transaksi\nA1,0,0\nA2,0,0\n");
        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.csv"]));
        Assert.Equal(2, File.ReadLines(_cli["anggota.hasil.ringkasan.csv"]).Count(l => l.StartsWith("peringatan:Pool.NoEligibleWeight,", StringComparison.Ordinal)));

        Assert.Equal(0, _cli.Run("verifikasi", _cli["anggota.csv"]));
    }
}
