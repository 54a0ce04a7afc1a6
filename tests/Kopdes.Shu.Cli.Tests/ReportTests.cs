using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Kopdes.Shu.Cli.Tests;

public sealed partial class ReportTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Report_IsOneSelfContainedPage_WithChartsAndASlipPerMember()
    {
        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.csv"], "--out", _cli["hasil.csv"], "--laporan", _cli["laporan.html"]));

        var html = File.ReadAllText(_cli["laporan.html"]);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<svg class=\"chart\" id=\"histogram\"", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"chart\" id=\"lorenz\"", html, StringComparison.Ordinal);
        Assert.Contains("Laporan Pembagian SHU - Koperasi Kelurahan Merah Putih Jatimakmur 2025", html, StringComparison.Ordinal);
        Assert.Equal(300, Regex.Count(html, "<article class=\"slip\">"));
        Assert.Contains("Rp2.250.000 (25%)", html, StringComparison.Ordinal);

        // The Gini coefficient, computed here from the result CSV's gross SHU of the eligible members.
        var rows = File.ReadLines(_cli["hasil.csv"]).Skip(1).Select(l => l.Split(',')).Where(c => c[3] == "ya").Select(c => decimal.Parse(c[8], CultureInfo.InvariantCulture)).Order().ToArray();
        var ranked = rows.Select((x, i) => (i + 1) * x).Sum();
        var gini = (2m * ranked / (rows.Length * rows.Sum())) - ((rows.Length + 1m) / rows.Length);
        Assert.Contains($"<strong id=\"gini\">{decimal.Round(gini, 3).ToString("0.###", CultureInfo.InvariantCulture).Replace('.', ',')}</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_InEnglish_AndNamesAreEscaped()
    {
        var members = File.ReadAllText(_cli["anggota.csv"]);
        var firstName = members.Split('\n')[1].Split(',')[1];
        File.WriteAllText(_cli["anggota.csv"], members.Replace("," + firstName + ",", ",<b>Budi</b> & Co,", StringComparison.Ordinal));

        Assert.Equal(0, _cli.Run("allocate", _cli["anggota.csv"], "--report", _cli["report.html"], "--lang", "en"));

        var html = File.ReadAllText(_cli["report.html"]);
        Assert.Contains("SHU Distribution Report", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Budi&lt;/b&gt; &amp; Co", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Budi</b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_IsWrittenWithTheResultOrNotAtAll()
    {
        Directory.CreateDirectory(_cli["laporan.html"]); // a folder where the report should go: refused before anything is written

        Assert.Equal(2, _cli.Run("hitung", _cli["anggota.xlsx"], "--laporan", _cli["laporan.html"]));
        Assert.Contains("bukan berkas biasa", _cli.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli["anggota.hasil.xlsx"]));
    }

    /// <summary>
    /// Headless Chromium (Debian's package) opens the page: no console errors, and the screenshot holds the
    /// charts' colours. <c>.ci/run</c> installs Chromium and sets KOPDES_CI=1, so there a missing
    /// browser fails the test; on a machine with only the .NET SDK the test has nothing to run.
    /// </summary>
    [Fact]
    public void Report_OpensInHeadlessChromium_WithoutErrors_AndShowsTheCharts()
    {
        if (Browser() is not { } browser)
        {
            return;
        }

        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.xlsx"], "--laporan", _cli["laporan.html"]));
        var url = new Uri(_cli["laporan.html"]).AbsoluteUri;
        var (_, log) = RunBrowser(browser, "--enable-logging=stderr", "--v=0", "--dump-dom", url);
        Assert.DoesNotMatch(ConsoleError(), log);

        var (_, _) = RunBrowser(browser, "--hide-scrollbars", "--window-size=1000,2200", "--screenshot=" + _cli["shot.png"], url);
        var pixels = Png.Read(_cli["shot.png"]);
        Assert.True(pixels.Count(p => p == (0x3a, 0x6e, 0xa5)) > 2000, "the bars (fund split, histogram) are drawn");
        Assert.True(pixels.Count(p => p == (0xb3, 0x26, 0x1e)) > 500, "the pools' bars and the Lorenz curve are drawn");
    }

    /// <summary>
    /// Printed to PDF as the treasurer prints it (A4), the sample's report has the pages its layout promises (docs/cli.md):
    /// five pages before the list, the member list 40 rows a page, the slips six a page.
    /// </summary>
    [Fact]
    public void Report_PrintedToPdf_HasThePagesItsLayoutPromises()
    {
        if (Browser() is not { } browser)
        {
            return;
        }

        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.xlsx"], "--laporan", _cli["laporan.html"]));
        var html = File.ReadAllText(_cli["laporan.html"]);
        var members = Regex.Count(html, "<article class=\"slip\">");
        Assert.Equal(300, members);
        Assert.Contains("Terbilang: <em>", html, StringComparison.Ordinal);
        Assert.Equal(members, Regex.Count(html, "<td class=\"num\">\\d+</td><td>KMP-"));

        RunBrowser(browser, "--no-pdf-header-footer", "--print-to-pdf=" + _cli["laporan.pdf"], new Uri(_cli["laporan.html"]).AbsoluteUri);
        var pdf = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(_cli["laporan.pdf"]));
        var pages = Regex.Count(pdf, @"/Type\s*/Page[^s]");
        Assert.Equal(5 + ((members + 39) / 40) + ((members + 5) / 6), pages);
    }

    [GeneratedRegex(@"CONSOLE\(\d+\)|Uncaught|Failed to load resource|ERR_FILE_NOT_FOUND")]
    private static partial Regex ConsoleError();

    /// <summary>
    /// Headless Chromium from Debian's packages, or null: <c>.ci/run</c> installs it and sets KOPDES_CI=1, so there a
    /// missing browser fails the test; on a machine with only the .NET SDK a browser test has nothing to run.
    /// </summary>
    internal static string? Browser()
    {
        var browser = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);
        Assert.True(browser is not null || Environment.GetEnvironmentVariable("KOPDES_CI") != "1", "Chromium is required here (apt-get install chromium).");
        return browser;
    }

    internal static (string Out, string Error) RunBrowser(string browser, params string[] args)
    {
        // A profile of its own a run: two browsers on one profile (tests run side by side) refuse each other.
        var profile = Path.Combine(Path.GetTempPath(), "kopdes-shu-chromium-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(browser) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "Chromium did not finish in two minutes.");
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // A file the browser still closes: the temporary folder is the system's to clean.
        }

        return (output.Result, error.Result);
    }

    /// <summary>Just enough PNG to count colours: 8-bit RGB or RGBA, not interlaced, as Chromium writes screenshots.</summary>
    internal static class Png
    {
        public static List<(int R, int G, int B)> Read(string path)
        {
            var bytes = File.ReadAllBytes(path);
            int width = 0, height = 0, channels = 0;
            using var data = new MemoryStream();
            for (var at = 8; at < bytes.Length;)
            {
                var length = (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
                var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
                if (type == "IHDR")
                {
                    width = (bytes[at + 8] << 24) | (bytes[at + 9] << 16) | (bytes[at + 10] << 8) | bytes[at + 11];
                    height = (bytes[at + 12] << 24) | (bytes[at + 13] << 16) | (bytes[at + 14] << 8) | bytes[at + 15];
                    Assert.Equal(8, bytes[at + 16]);
                    channels = bytes[at + 17] switch { 2 => 3, 6 => 4, var t => throw new NotSupportedException($"PNG colour type {t}") };
                    Assert.Equal(0, bytes[at + 20]);
                }
                else if (type == "IDAT")
                {
                    data.Write(bytes, at + 8, length);
                }

                at += 12 + length;
            }

            data.Position = 0;
            using var inflated = new MemoryStream();
            using (var zlib = new ZLibStream(data, CompressionMode.Decompress))
            {
                zlib.CopyTo(inflated);
            }

            var raw = inflated.ToArray();
            var stride = width * channels;
            var previous = new byte[stride];
            var current = new byte[stride];
            var pixels = new List<(int, int, int)>(width * height);
            for (var y = 0; y < height; y++)
            {
                var filter = raw[y * (stride + 1)];
                Array.Copy(raw, (y * (stride + 1)) + 1, current, 0, stride);
                for (var i = 0; i < stride; i++)
                {
                    int left = i >= channels ? current[i - channels] : 0, up = previous[i], corner = i >= channels ? previous[i - channels] : 0;
                    current[i] = unchecked((byte)(current[i] + filter switch
                    {
                        0 => 0,
                        1 => left,
                        2 => up,
                        3 => (left + up) / 2,
                        4 => Paeth(left, up, corner),
                        _ => throw new NotSupportedException($"PNG filter {filter}"),
                    }));
                }

                for (var x = 0; x < width; x++)
                {
                    pixels.Add((current[x * channels], current[(x * channels) + 1], current[(x * channels) + 2]));
                }

                (previous, current) = (current, previous);
            }

            return pixels;
        }

        private static int Paeth(int a, int b, int c)
        {
            var p = a + b - c;
            int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
            return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
        }
    }
}
