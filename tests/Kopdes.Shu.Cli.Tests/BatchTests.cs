namespace Kopdes.Shu.Cli.Tests;

/// <summary><c>hitung FOLDER</c>: many cooperatives in one run, one summary for the cooperatives office.</summary>
public sealed class BatchTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Folder_ComputesEveryCooperativeWritesEachResultAndOneSummary_AndABadOneDoesNotStopTheOthers()
    {
        var folder = Directory.CreateDirectory(_cli["kota"]).FullName;
        File.Copy(_cli["anggota.xlsx"], Path.Combine(folder, "jatimakmur.xlsx"));
        Assert.Equal(0, _cli.Run("contoh", "--members", "40", "--seed", "2", "--name", "Kopkel Merah Putih Jaticempaka", "--out", Path.Combine(folder, "jaticempaka.xlsx")));
        var csvFolder = Directory.CreateDirectory(Path.Combine(folder, "jatiwaringin")).FullName;
        Assert.Equal(0, _cli.Run("contoh", "--members", "25", "--seed", "3", "--name", "Kopkel Merah Putih Jatiwaringin", "--out", Path.Combine(csvFolder, "anggota.csv")));
        var badFolder = Directory.CreateDirectory(Path.Combine(folder, "rusak")).FullName;
        File.WriteAllText(Path.Combine(badFolder, "anggota.csv"), "no_anggota,transaksi\nA1,5\nA1,6\n");
        File.WriteAllText(Path.Combine(badFolder, "kebijakan.json"), """{ "shu": 10, "funds": [ { "code": "c", "percent": 100, "reserve": true } ] }""");

        var exit = _cli.Run("hitung", folder);

        Assert.Equal(1, exit);
        Assert.Contains("4 koperasi: 3 berhasil, 1 gagal.", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("rusak/anggota.csv: anggota.csv, baris 3, kolom no_anggota, anggota A1: Nomor anggota A1 muncul lebih dari sekali", _cli.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "jatimakmur.hasil.xlsx")));
        Assert.True(File.Exists(Path.Combine(folder, "jaticempaka.hasil.xlsx")));
        Assert.True(File.Exists(Path.Combine(csvFolder, "anggota.hasil.csv")));
        Assert.False(File.Exists(Path.Combine(badFolder, "anggota.hasil.csv")));

        var rekap = File.ReadAllLines(Path.Combine(folder, "rekap.csv"));
        Assert.Equal("berkas,koperasi,tahun,status,shu,dana_cadangan,dana_desa,persen_dana_desa,bagian_anggota,anggota,anggota_dibayar,cek_lulus,cek,masalah,hasil", rekap[0]);
        Assert.Equal(5, rekap.Length);
        Assert.StartsWith("jatimakmur.xlsx,Koperasi Kelurahan Merah Putih Jatimakmur,2025,berhasil,9000000,2250000,1800000,20,3600000,300,", rekap[2], StringComparison.Ordinal);
        Assert.Contains(rekap, l => l.StartsWith("rusak/anggota.csv,,,gagal,", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(folder, "rekap.xlsx")));
    }

    [Fact]
    public void Folder_RunTwice_IgnoresItsOwnResultsAndGivesTheSameSummary()
    {
        var folder = Directory.CreateDirectory(_cli["dua"]).FullName;
        File.Copy(_cli["anggota.xlsx"], Path.Combine(folder, "a.xlsx"));
        Assert.Equal(0, _cli.Run("hitung", folder));
        var first = File.ReadAllBytes(Path.Combine(folder, "rekap.csv"));

        Assert.Equal(0, _cli.Run("hitung", folder, "--lang", "en"));

        Assert.Contains("1 cooperative: 1 done, 0 failed.", _cli.Out, StringComparison.Ordinal);
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(folder, "rekap.csv")));
    }

    [Fact]
    public void Contoh_WithSeveralCooperatives_WritesAFolderThatHitungComputesWhole()
    {
        var folder = _cli["kota"];

        Assert.Equal(0, _cli.Run("contoh", "--cooperatives", "3", "--members", "20", "--out", folder));
        Assert.Equal(["koperasi-00001.xlsx", "koperasi-00002.xlsx", "koperasi-00003.xlsx"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(0, _cli.Run("hitung", folder, "--lang", "en"));

        Assert.Contains("3 cooperatives: 3 done, 0 failed.", _cli.Out, StringComparison.Ordinal);
        Assert.Equal(2, _cli.Run("contoh", "--cooperatives", "3", "--members", "20", "--out", folder));
    }

    [Fact]
    public void Folder_NeverTakesTheToolsOwnOutputs_NorFollowsALinkOutside()
    {
        var folder = Directory.CreateDirectory(_cli["kota"]).FullName;
        File.Copy(_cli["anggota.xlsx"], Path.Combine(folder, "a.xlsx"));
        Assert.Equal(0, _cli.Run("bandingkan", Path.Combine(folder, "a.xlsx"), "--kebijakan", _cli["kebijakan.json"]));
        Assert.True(File.Exists(Path.Combine(folder, "a.banding.xlsx")));
        File.Copy(_cli["anggota.xlsx"], Path.Combine(folder, "~$a.xlsx"));
        File.Copy(_cli["anggota.xlsx"], Path.Combine(folder, "rekap-periksa.xlsx"));

        // A cooperative outside the folder, reached by links: a workbook and a subfolder.
        var elsewhere = Directory.CreateDirectory(_cli["luar"]).FullName;
        File.Copy(_cli["anggota.xlsx"], Path.Combine(elsewhere, "b.xlsx"));
        File.CreateSymbolicLink(Path.Combine(folder, "b.xlsx"), Path.Combine(elsewhere, "b.xlsx"));
        Directory.CreateDirectory(Path.Combine(elsewhere, "c"));
        File.Copy(_cli["anggota.csv"], Path.Combine(elsewhere, "c", "anggota.csv"));
        File.Copy(_cli["kebijakan.json"], Path.Combine(elsewhere, "c", "kebijakan.json"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "c"), Path.Combine(elsewhere, "c"));

        Assert.Equal(0, _cli.Run("hitung", folder, "--lang", "en"));

        Assert.Contains("1 cooperative: 1 done, 0 failed.", _cli.Out, StringComparison.Ordinal);
        Assert.Contains($"Skipped: {Path.Combine(folder, "b.xlsx")} is a link to outside the folder.", _cli.Error, StringComparison.Ordinal);
        Assert.Contains($"Skipped: {Path.Combine(folder, "c")} is a link to outside the folder.", _cli.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(elsewhere, "b.hasil.xlsx")));
        Assert.False(File.Exists(Path.Combine(folder, "a.banding.hasil.xlsx")));
    }

    [Fact]
    public void EmptyFolder_IsAUsageError()
    {
        var folder = Directory.CreateDirectory(_cli["kosong"]).FullName;
        Assert.Equal(2, _cli.Run("hitung", folder));
        Assert.Contains("Tidak ada koperasi di folder", _cli.Error, StringComparison.Ordinal);
    }
}
