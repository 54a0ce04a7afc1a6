using System.Globalization;
using Kopdes.Shu.Engine;
using Kopdes.Shu.IO;
using Kopdes.Shu.IO.Results;
using Kopdes.Shu.IO.Verification;
using Microsoft.Playwright;

namespace Kopdes.Shu.Web.Tests;

/// <summary>The page in headless Chromium, used as a treasurer uses it.</summary>
[Collection(SiteCollection.Name)]
public sealed class WebPageTests(Site site) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kopdes-shu-web-test-").FullName;

    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "jatimakmur", name);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task TheSample_ShowsTheLibrarysFigures_AsksNothingOfAnyOtherOrigin_AndLogsNoError()
    {
        if (site.Browser is null)
        {
            return;
        }

        await using var visit = await site.OpenAsync();
        var page = visit.Page;
        await page.SetInputFilesAsync("[data-testid=inputs]", Sample("anggota.xlsx"));
        await page.WaitForSelectorAsync("[data-testid=summary]", new() { Timeout = 60_000 });

        var expected = ShuCalculator.Calculate(ShuInputReader.Read(Sample("anggota.xlsx")) is var inputs ? inputs.Policy! : null!, inputs.Ledger!, inputs.Balances).GetResultOrThrow();
        Assert.Equal(expected.Shu, await Value(page, "shu"));
        Assert.Equal(expected.MembersPaid, await Value(page, "members-paid"));
        Assert.Equal(expected.Members.Count, await Value(page, "members"));
        Assert.Equal(expected.Totals.Cash, await Value(page, "cash"));
        Assert.Equal(expected.Totals.ToVoluntarySavings, await Value(page, "savings"));
        Assert.Equal(expected.Checks.Count, await Value(page, "checks"));
        foreach (var fund in expected.Funds)
        {
            Assert.Equal(fund.Amount, decimal.Parse((await page.GetAttributeAsync($"[data-fund={fund.Code}]", "data-value"))!, CultureInfo.InvariantCulture));
        }

        Assert.Empty(visit.Errors);
        Assert.All(visit.Requests, url => Assert.StartsWith(site.Address.AbsoluteUri, url, StringComparison.Ordinal));
    }

    private static async Task<decimal> Value(IPage page, string testId) =>
        decimal.Parse((await page.GetAttributeAsync($"[data-testid={testId}]", "data-value"))!, CultureInfo.InvariantCulture);
}
