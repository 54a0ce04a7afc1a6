using System.Diagnostics;
using System.Globalization;
using System.Text;
using Kopdes.Shu.IO.Inputs;

namespace Kopdes.Shu.Web.Tests;

/// <summary>Not a test but a job for a script: runs only when the environment variable names a file for its output.</summary>
public sealed class WhenAskedFactAttribute : FactAttribute
{
    public WhenAskedFactAttribute(string variable)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)))
        {
            Skip = $"runs when {variable} names a file (benchmarks/web/measure.sh, scripts/web-screenshot.sh)";
        }
    }
}

/// <summary>
/// The page's speed in the same headless Chromium the tests use: page load to ready (a first visit, nothing cached),
/// and from choosing a workbook to the summary, for 1,000 and 100,000 members; and the longest time the page did not
/// answer meanwhile (the browser's long tasks). Writes a markdown table to the file KOPDES_WEB_MEASURE names.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class Measure(Site site)
{
    [WhenAskedFact("KOPDES_WEB_MEASURE")]
    public async Task PageLoad_AndFileToSummary()
    {
        Assert.NotNull(site.Browser);
        var folder = Directory.CreateTempSubdirectory("kopdes-shu-web-measure-").FullName;
        var table = new StringBuilder("| members | workbook | page load to ready | file chosen to summary | of which reading, computing | longest unresponsive stretch |\n|---|---|---|---|---|---|\n");
        try
        {
            foreach (var members in new[] { 1_000, 100_000 })
            {
                var (policy, ledger, balances) = SyntheticCooperative.Generate(members, withBalances: members * 12L <= InputWriter.MaxSheetRows);
                var path = Path.Combine(folder, "anggota.xlsx");
                InputWriter.WriteWorkbook(path, policy, ledger, policy.Year!.Value, balances);
                for (var run = 0; run < 3; run++)
                {
                    var clock = Stopwatch.StartNew();
                    await using var visit = await site.OpenAsync();
                    var load = clock.Elapsed;
                    var page = visit.Page;
                    // Every stretch of over 50 ms in which the page could not answer a click, as Chromium reports it.
                    await page.EvaluateAsync("() => { window.longest = 0; new PerformanceObserver(l => { for (const e of l.getEntries()) window.longest = Math.max(window.longest, e.duration); }).observe({ type: 'longtask' }); }");
                    clock.Restart();
                    await page.SetInputFilesAsync("[data-testid=inputs]", path);
                    await page.WaitForSelectorAsync("[data-testid=summary]", new() { Timeout = 600_000 });
                    var summary = clock.Elapsed;
                    var computing = long.Parse((await page.GetAttributeAsync("[data-testid=summary]", "data-elapsed-ms"))!, CultureInfo.InvariantCulture);
                    var reading = long.Parse((await page.GetAttributeAsync("[data-testid=summary]", "data-reading-ms"))!, CultureInfo.InvariantCulture);
                    var longest = await page.EvaluateAsync<double>("() => window.longest");
                    table.Append(CultureInfo.InvariantCulture, $"| {members:N0} | {new FileInfo(path).Length / 1e6:0.0} MB | {load.TotalSeconds:0.00} s | {summary.TotalSeconds:0.00} s | {reading / 1000.0:0.00} s, {(computing - reading) / 1000.0:0.00} s | {longest / 1000.0:0.00} s |\n");
                }
            }

            File.WriteAllText(Environment.GetEnvironmentVariable("KOPDES_WEB_MEASURE")!, table.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The README's picture of the page with the sample loaded and a member explained.</summary>
    [WhenAskedFact("KOPDES_WEB_SCREENSHOT")]
    public async Task Screenshot()
    {
        Assert.NotNull(site.Browser);
        await using var visit = await site.OpenAsync();
        var page = visit.Page;
        await page.SetViewportSizeAsync(1280, 900);
        await page.SetInputFilesAsync("[data-testid=inputs]", Path.Combine(AppContext.BaseDirectory, "jatimakmur", "anggota.xlsx"));
        await page.WaitForSelectorAsync("[data-testid=summary]", new() { Timeout = 120_000 });
        await page.ClickAsync("tr[data-member] >> nth=0");
        await page.WaitForSelectorAsync("[data-testid=explanation]");
        await page.ScreenshotAsync(new() { Path = Environment.GetEnvironmentVariable("KOPDES_WEB_SCREENSHOT"), FullPage = true });
    }
}
