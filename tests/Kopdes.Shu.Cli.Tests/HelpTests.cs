using System.Text.RegularExpressions;

namespace Kopdes.Shu.Cli.Tests;

/// <summary>The help and the command-line mistakes speak the treasurer's language, headings and names included.</summary>
public sealed partial class HelpTests : IDisposable
{
    private static readonly string[][] Commands =
    [
        [], ["hitung"], ["validasi"], ["templat"], ["jelaskan"], ["contoh"], ["verifikasi"], ["periksa"], ["bandingkan"],
    ];

    // Every English word the tool's help could show: System.CommandLine's headings and placeholders, the English
    // command and option names, and words of the English descriptions.
    private static readonly string[] EnglishWords =
    [
        "Description", "Usage", "Arguments", "Options", "Commands", "command", "options", "default", "required", "REQUIRED",
        "MEMBERS", "FILE", "DIR", "TEXT", "allocate", "validate", "init", "explain", "generate", "verify", "audit", "compare",
        "--help", "--version", "--lang", "--verbose", "--policy", "--balances", "--out", "--report", "--date", "--redact", "--culture",
        "--members", "--member", "--seed", "--name", "--cooperatives", "--result", "Show", "show", "the", "and", "file", "files",
    ];

    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void TheHelpInIndonesian_HasNoEnglishWord_AndListsIndonesianNamesFirst()
    {
        foreach (var command in Commands)
        {
            Assert.Equal(0, _cli.Run([.. command, "--bantuan"]));
            var help = _cli.Out;
            Assert.StartsWith("Deskripsi:", help, StringComparison.Ordinal);
            Assert.Contains("Penggunaan:", help, StringComparison.Ordinal);
            Assert.Contains("Opsi:", help, StringComparison.Ordinal);
            foreach (var word in EnglishWords)
            {
                Assert.False(Regex.IsMatch(help, $@"(?<![\w-]){Regex.Escape(word)}(?![\w-])"), $"'{word}' in kopdes-shu {string.Join(' ', command)} --bantuan:\n{help}");
            }
        }

        Assert.Equal(0, _cli.Run("--help"));
        Assert.Contains("Perintah:", _cli.Out, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^  hitung <ANGGOTA> ", _cli.Out);
        Assert.Equal(0, _cli.Run("hitung", "-h"));
        Assert.Contains("Argumen:", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("--hasil <BERKAS>", _cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void TheHelpInEnglish_UsesTheEnglishNames()
    {
        Assert.Equal(0, _cli.Run("hitung", "--help", "--lang", "en"));
        Assert.StartsWith("Description:", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("kopdes-shu allocate <MEMBERS> [options]", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("--out <FILE>", _cli.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Deskripsi", _cli.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hitong", "hitung")]
    [InlineData("verifkasi", "verifikasi")]
    [InlineData("alocate", "allocate")]
    public void AMistypedCommand_SuggestsTheNearest(string typed, string meant)
    {
        Assert.Equal(2, _cli.Run(typed, _cli["anggota.xlsx"]));
        Assert.Contains($"'{typed}' tidak dikenal di sini. Maksudnya {meant}?", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AMistypedOption_SuggestsTheNearest_AndAMissingFileIsNamed()
    {
        Assert.Equal(2, _cli.Run("hitung", _cli["anggota.xlsx"], "--hasli", _cli["x.xlsx"]));
        Assert.Contains("'--hasli' tidak dikenal di sini. Maksudnya --hasil?", _cli.Error, StringComparison.Ordinal);

        Assert.Equal(2, _cli.Run("hitung"));
        Assert.Contains("<ANGGOTA> belum disebut: kopdes-shu hitung <ANGGOTA>.", _cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Required", _cli.Error, StringComparison.Ordinal);

        Assert.Equal(2, _cli.Run("explain", _cli["anggota.xlsx"], "--lang", "en"));
        Assert.Contains("--member is required for explain.", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_TakeTheRightForm_InBothLanguages()
    {
        var one = _cli.Write("satu.csv", "no_anggota,nama,transaksi\nA1,Budi,100\n");
        _cli.Write("kebijakan.json", """{ "shu": 1000, "funds": [ { "code": "cadangan", "percent": 40, "reserve": true }, { "code": "jasa_usaha", "percent": 60, "basis": ["transaksi"] } ] }""");
        Assert.Equal(0, _cli.Run("hitung", one, "--lang", "en"));
        Assert.Equal(0, _cli.Run("verifikasi", one, "--lang", "en"));
        Assert.Contains("(1 member, 2 funds)", _cli.Out, StringComparison.Ordinal);
        Assert.Equal(0, _cli.Run("verifikasi", one));
        Assert.Contains("(1 anggota, 2 dana)", _cli.Out, StringComparison.Ordinal);

        var bad = _cli.Write("buruk.csv", "no_anggota,nama,transaksi\nA1,Budi,abc\n");
        Assert.Equal(1, _cli.Run("hitung", bad, "--lang", "en"));
        Assert.Contains("1 error;", _cli.Error, StringComparison.Ordinal);
    }
}
