using System.Globalization;
using Kopdes.Shu.Analysis;
using Kopdes.Shu.Engine;
using Kopdes.Shu.IO;
using Kopdes.Shu.IO.Inputs;
using Kopdes.Shu.IO.Results;
using Kopdes.Shu.IO.Verification;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;
using Microsoft.Playwright;

namespace Kopdes.Shu.Web.Tests;

/// <summary>The page in headless Chromium, used as a treasurer and a cooperatives office use it.</summary>
[Collection(SiteCollection.Name)]
public sealed class WebPageTests(Site site) : IDisposable
{
    private const int Slow = 120_000;
    private readonly string _folder = Directory.CreateTempSubdirectory("kopdes-shu-web-test-").FullName;

    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "jatimakmur", name);

    private string File(string name) => Path.Combine(_folder, name);

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
        await page.WaitForSelectorAsync("[data-testid=summary]", new() { Timeout = Slow });

        var inputs = ShuInputReader.Read(Sample("anggota.xlsx"));
        var expected = ShuCalculator.Calculate(inputs.Policy!, inputs.Ledger!, inputs.Balances).GetResultOrThrow();
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
        Assert.NotEmpty(visit.Requests);
        Assert.All(visit.Requests, url => Assert.StartsWith(site.Address.AbsoluteUri, url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryDownload_IsTheToolsOwnFile_ByteForByte_AndTheWorkbookVerifies()
    {
        if (site.Browser is null)
        {
            return;
        }

        // The tool on the same workbook, on the same day: the workbook, the three CSV files and the report.
        var today = DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        System.IO.File.Copy(Sample("anggota.xlsx"), File("anggota.xlsx"));
        Directory.CreateDirectory(File("tool"));
        Assert.Equal(0, Tool.Run("hitung", File("anggota.xlsx"), "--hasil", File("tool/anggota.hasil.xlsx"), "--laporan", File("tool/anggota.laporan.html"), "--tanggal", today).Exit);
        Assert.Equal(0, Tool.Run("hitung", File("anggota.xlsx"), "--hasil", File("tool/anggota.hasil.csv"), "--tanggal", today).Exit);

        await using var visit = await site.OpenAsync();
        var page = visit.Page;
        await page.SetInputFilesAsync("[data-testid=inputs]", File("anggota.xlsx"));
        await page.WaitForSelectorAsync("[data-testid=summary]", new() { Timeout = Slow });
        Directory.CreateDirectory(File("page"));
        foreach (var (button, name) in new[]
        {
            ("workbook", "anggota.hasil.xlsx"), ("report", "anggota.laporan.html"), ("members", "anggota.hasil.csv"),
            ("funds", "anggota.hasil.dana.csv"), ("summary", "anggota.hasil.ringkasan.csv"),
        })
        {
            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync($"[data-testid=download-{button}]"));
            Assert.Equal(name, download.SuggestedFilename);
            await download.SaveAsAsync(File("page/" + name));
            Assert.True(
                System.IO.File.ReadAllBytes(File("tool/" + name)).AsSpan().SequenceEqual(System.IO.File.ReadAllBytes(File("page/" + name))),
                $"{name} differs from the tool's");
        }

        var inputs = ShuInputReader.Read(File("anggota.xlsx"));
        var expected = ShuCalculator.Calculate(inputs.Policy!, inputs.Ledger!, inputs.Balances).GetResultOrThrow();
        var verified = ResultVerifier.Verify(expected, new ResultContext(inputs.Files), File("page/anggota.hasil.xlsx"));
        Assert.True(verified.Agrees, string.Join("\n", verified.Differences));
        Assert.Empty(verified.InputsChanged);
        Assert.Empty(visit.Errors);
    }

    [Fact]
    public async Task CsvWithPolicyAndBalances_GivesTheToolsCsvFiles()
    {
        if (site.Browser is null)
        {
            return;
        }

        foreach (var name in new[] { "anggota.csv", "kebijakan.json", "saldo.csv" })
        {
            System.IO.File.Copy(Sample(name), File(name));
        }

        var today = DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Directory.CreateDirectory(File("tool"));
        Assert.Equal(0, Tool.Run("hitung", File("anggota.csv"), "--hasil", File("tool/anggota.hasil.csv"), "--tanggal", today).Exit);

        await using var visit = await site.OpenAsync();
        var page = visit.Page;
        await page.SetInputFilesAsync("[data-testid=inputs]", [File("anggota.csv"), File("kebijakan.json"), File("saldo.csv")]);
        await page.WaitForSelectorAsync("[data-testid=summary]", new() { Timeout = Slow });
        Directory.CreateDirectory(File("page"));
        foreach (var (button, name) in new[] { ("members", "anggota.hasil.csv"), ("funds", "anggota.hasil.dana.csv"), ("summary", "anggota.hasil.ringkasan.csv") })
        {
            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync($"[data-testid=download-{button}]"));
            await download.SaveAsAsync(File("page/" + name));
            Assert.Equal(System.IO.File.ReadAllText(File("tool/" + name)), System.IO.File.ReadAllText(File("page/" + name)));
        }

        Assert.Empty(visit.Errors);
    }

    // The published example of a pool divided by the whole business (total sales Rp102,000,000, members bought
    // 61,500,000): the funds table shows the non-members' part under the pool, as the tool's funds table does, and the
    // member's explanation is the published line.
    [Fact]
    public async Task APoolDividedByTheWholeBusiness_ShowsTheNonMembersPart_UnderThePool()
    {
        if (site.Browser is null)
        {
            return;
        }

        System.IO.File.WriteAllText(File("kebijakan.json"), """
            { "shu": 45000000, "dana": [
              { "kode": "cadangan", "persen": 40, "cadangan": true },
              { "kode": "jasa_usaha", "persen": 60, "dasar": ["transaksi"], "jumlah_dasar": 102000000 } ] }
            """);
        System.IO.File.WriteAllText(File("anggota.csv"), "no_anggota,nama,transaksi\nA1,Budi,1500000\nA2,Siti,30000000\nA3,Wati,30000000\n");
        var inputs = ShuInputReader.Read(File("anggota.csv"));
        var result = ShuCalculator.Calculate(inputs.Policy!, inputs.Ledger!).GetResultOrThrow();

        await using var visit = await site.OpenAsync();
        var page = visit.Page;
        await page.SetInputFilesAsync("[data-testid=inputs]", [File("anggota.csv"), File("kebijakan.json")]);
        await page.WaitForSelectorAsync("[data-testid=summary]", new() { Timeout = Slow });

        var part = page.Locator("tr[data-fund='jasa_usaha:non_anggota']");
        Assert.Equal(result.Pools[0].NonMember.ToString(CultureInfo.InvariantCulture), await part.GetAttributeAsync("data-value"));
        Assert.True(result.Pools[0].NonMember is 10_720_588m or 10_720_589m);
        Assert.Contains("bagian non-anggota, ke cadangan", await part.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal((18_000_000m + result.Pools[0].NonMember).ToString(CultureInfo.InvariantCulture), await page.GetAttributeAsync("tr[data-fund='cadangan']", "data-value"));

        await page.ClickAsync("tr[data-member='A1']");
        await Assertions.Expect(page.Locator("[data-testid=explanation]")).ToContainTextAsync("bobot 1.500.000 / total bobot 102.000.000 x Rp27.000.000");
        Assert.Empty(visit.Errors);
    }

    [Fact]
    public async Task AWorkbookWithErrors_ShowsEveryProblemLocated_AsTheToolWordsThem()
    {
        if (site.Browser is null)
        {
            return;
        }

        // A policy of 105%, a negative savings figure, a member number twice, an unknown status.
        var (policy, ledger, balances) = SyntheticCooperative.Generate(30, seed: 3);
        var funds = policy.Funds.ToList();
        funds[0] = funds[0] with { Percent = funds[0].Percent + 5 };
        var builder = new MemberLedgerBuilder(ledger.Columns);
        for (var i = 0; i < ledger.Count; i++)
        {
            var member = ledger[i];
            builder.Add(i switch
            {
                4 => member with { Amounts = member.Amounts.ToDictionary(a => a.Key, a => a.Key == "simpanan_pokok" ? -100_000m : a.Value) },
                9 => member with { Id = ledger[8].Id },
                _ => member,
            });
        }

        InputWriter.WriteWorkbook(File("salah.xlsx"), policy with { Funds = funds }, builder.Build(), policy.Year!.Value, balances);
        var tool = Tool.Run("hitung", File("salah.xlsx"), "--hasil", File("salah.hasil.xlsx"));
        var expected = tool.Error.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..].TrimEnd('\r')).ToList();
        Assert.True(expected.Count >= 3, tool.Error);

        await using var visit = await site.OpenAsync();
        var page = visit.Page;
        await page.SetInputFilesAsync("[data-testid=inputs]", File("salah.xlsx"));
        await page.WaitForSelectorAsync("[data-testid=errors]", new() { Timeout = Slow });

        var rows = page.Locator("[data-testid=errors] tbody tr");
        var shown = new List<string>();
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            shown.Add((await rows.Nth(i).GetAttributeAsync("title"))!);
        }

        Assert.Equal(expected, shown);
        // Located: the negative savings and the repeated number name their sheet and row.
        Assert.Contains(await rows.AllInnerTextsAsync(), text => text.Contains("Anggota", StringComparison.Ordinal) && text.Contains("simpanan_pokok", StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator("[data-testid=summary]").CountAsync());
        Assert.Empty(visit.Errors);
    }

    [Fact]
    public async Task AFileThatIsNoWorkbook_IsSaidToBeUnreadable_AndThePageGoesOn()
    {
        if (site.Browser is null)
        {
            return;
        }

        System.IO.File.WriteAllBytes(File("anggota.xlsx"), [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256))]);
        var tool = Tool.Run("hitung", File("anggota.xlsx"));
        Assert.Equal(1, tool.Exit);

        await using var visit = await site.OpenAsync();
        var page = visit.Page;
        await page.SetInputFilesAsync("[data-testid=inputs]", File("anggota.xlsx"));
        await page.WaitForSelectorAsync("[data-testid=errors]", new() { Timeout = Slow });
        var line = await page.GetAttributeAsync("[data-testid=errors] tbody tr >> nth=0", "title");
        Assert.Contains(line!, tool.Error, StringComparison.Ordinal);

        // And the page still works: the sample right after.
        await page.SetInputFilesAsync("[data-testid=inputs]", Sample("anggota.xlsx"));
        await page.WaitForSelectorAsync("[data-testid=summary]", new() { Timeout = Slow });
        Assert.Empty(visit.Errors);
    }

    [Fact]
    public async Task TheCheckTab_AgreesWithTheToolsResult_FindsATamperedOne_AndRunsTheAudit()
    {
        if (site.Browser is null)
        {
            return;
        }

        System.IO.File.Copy(Sample("anggota.xlsx"), File("anggota.xlsx"));
        Assert.Equal(0, Tool.Run("hitung", File("anggota.xlsx")).Exit);
        Assert.Equal(0, Tool.Run("hitung", File("anggota.xlsx"), "--hasil", File("ubah.csv")).Exit);
        var lines = System.IO.File.ReadAllLines(File("ubah.csv"));
        var cells = lines[5].Split(',');
        cells[^4] = (decimal.Parse(cells[^4], CultureInfo.InvariantCulture) + 1000m).ToString(CultureInfo.InvariantCulture);
        lines[5] = string.Join(',', cells);
        System.IO.File.WriteAllLines(File("ubah.csv"), lines);

        await using var visit = await site.OpenAsync();
        var page = visit.Page;
        await page.ClickAsync("[data-testid=tab-check]");
        await page.SetInputFilesAsync("[data-testid=check-inputs]", File("anggota.xlsx"));
        await page.SetInputFilesAsync("[data-testid=check-result]", File("anggota.hasil.xlsx"));
        await page.ClickAsync("[data-testid=check]");
        await page.WaitForSelectorAsync("[data-testid=verification]", new() { Timeout = Slow });
        Assert.Equal("true", await page.GetAttributeAsync("[data-testid=verification]", "data-agrees"));

        var inputs = ShuInputReader.Read(File("anggota.xlsx"));
        var result = ShuCalculator.Calculate(inputs.Policy!, inputs.Ledger!, inputs.Balances).GetResultOrThrow();
        var flags = CooperativeAudit.Run(inputs.Policy, inputs.Ledger!, result, inputs.NationalIds);
        Assert.Equal(flags.Count.ToString(CultureInfo.InvariantCulture), await page.GetAttributeAsync("[data-testid=audit]", "data-flags"));
        foreach (var flag in flags)
        {
            Assert.Equal(1, await page.Locator($"[data-testid=audit] [data-code='{flag.Code}']").CountAsync());
        }

        await page.SetInputFilesAsync("[data-testid=check-result]", [File("ubah.csv"), File("ubah.dana.csv"), File("ubah.ringkasan.csv")]);
        await page.ClickAsync("[data-testid=check]");
        await page.WaitForSelectorAsync("[data-testid=verification][data-agrees=false]", new() { Timeout = Slow });
        Assert.Contains(cells[0], await page.InnerTextAsync("[data-testid=verification]"), StringComparison.Ordinal);
        // And the audit says so too, as periksa with a result does.
        Assert.Equal(1, await page.Locator($"[data-testid=audit] [data-code='{AuditCodes.ResultDoesNotReconcile}']").CountAsync());
        Assert.Empty(visit.Errors);
    }

    // A CSV result with capital partners is four files: the page checks the partners' table row by row, and three files
    // of such a result do not agree, as verifikasi says of a missing name.penyerta.csv.
    [Fact]
    public async Task TheCheckTab_ChecksTheCapitalPartnersTable_OfACsvResult()
    {
        if (site.Browser is null)
        {
            return;
        }

        var members = Enumerable.Range(0, 30).Select(i => i is 4
            ? new Member("P-DESA") { Name = "Pemerintah Desa", Status = MemberStatus.Penyerta, Amounts = new Dictionary<string, decimal> { ["modal_penyertaan"] = 25_000_000m } }
            : new Member($"A{i:D3}") { Name = $"Anggota {i}", Amounts = new Dictionary<string, decimal> { ["simpanan_pokok"] = 100_000m * (i + 1), ["transaksi"] = 75_000m * (i + 3) } });
        var policy = new ShuPolicy
        {
            Cooperative = "Koperasi Desa Merah Putih Uji",
            Year = 2025,
            Shu = 9_876_543m,
            Funds =
            [
                new FundPolicy("cadangan", 40) { Reserve = true },
                new FundPolicy("jasa_modal", 20) { Basis = ["simpanan_pokok"] },
                new FundPolicy("jasa_usaha", 25) { Basis = ["transaksi"] },
                new FundPolicy("penyertaan", 15) { Basis = ["modal_penyertaan"], Eligible = [MemberStatus.Penyerta] },
            ],
        };
        InputWriter.WriteWorkbook(File("mitra.xlsx"), policy, MemberLedger.From(members), 2025, []);
        Assert.Equal(0, Tool.Run("hitung", File("mitra.xlsx"), "--hasil", File("mitra.hasil.csv")).Exit);
        string[] result = [File("mitra.hasil.csv"), File("mitra.hasil.dana.csv"), File("mitra.hasil.ringkasan.csv"), File("mitra.hasil.penyerta.csv")];

        await using var visit = await site.OpenAsync();
        var page = visit.Page;
        await page.ClickAsync("[data-testid=tab-check]");
        await page.SetInputFilesAsync("[data-testid=check-inputs]", File("mitra.xlsx"));
        await page.SetInputFilesAsync("[data-testid=check-result]", result);
        await page.ClickAsync("[data-testid=check]");
        await page.WaitForSelectorAsync("[data-testid=verification][data-agrees=true]", new() { Timeout = Slow });

        // Without the partners' file: does not agree, and names it.
        await page.SetInputFilesAsync("[data-testid=check-result]", result[..3]);
        await page.ClickAsync("[data-testid=check]");
        await page.WaitForSelectorAsync("[data-testid=verification][data-agrees=false]", new() { Timeout = Slow });
        Assert.Contains("mitra.hasil.penyerta.csv", await page.InnerTextAsync("[data-testid=verification]"), StringComparison.Ordinal);

        // One thousand rupiah more for the village in its file: found, and named.
        var lines = System.IO.File.ReadAllLines(result[3]);
        var cells = lines[1].Split(',');
        cells[^4] = (decimal.Parse(cells[^4], CultureInfo.InvariantCulture) + 1000m).ToString(CultureInfo.InvariantCulture);
        lines[1] = string.Join(',', cells);
        System.IO.File.WriteAllLines(result[3], lines);
        await page.SetInputFilesAsync("[data-testid=check-result]", result);
        await page.ClickAsync("[data-testid=check]");
        await page.WaitForSelectorAsync("[data-testid=verification][data-agrees=false]:not([data-differences='0'])", new() { Timeout = Slow });
        Assert.Contains("P-DESA", await page.InnerTextAsync("[data-testid=verification]"), StringComparison.Ordinal);
        Assert.Empty(visit.Errors);
    }

    [Fact]
    public async Task TheMemberTable_Searches_Sorts_AndExplainsAMember_InEitherLanguage()
    {
        if (site.Browser is null)
        {
            return;
        }

        await using var visit = await site.OpenAsync();
        var page = visit.Page;
        await page.SetInputFilesAsync("[data-testid=inputs]", Sample("anggota.xlsx"));
        await page.WaitForSelectorAsync("[data-testid=member-table]", new() { Timeout = Slow });
        var inputs = ShuInputReader.Read(Sample("anggota.xlsx"));
        var result = ShuCalculator.Calculate(inputs.Policy!, inputs.Ledger!, inputs.Balances).GetResultOrThrow();

        // Sorted by gross SHU, smallest first then largest first: the rows follow (ties in ledger order). The page
        // redraws when the worker answers, so each check waits for the rows rather than read them at once.
        var firstRow = Assertions.Expect(page.Locator("[data-testid=member-table] tbody tr[data-member]").First);
        await page.ClickAsync("th[data-column=gross]");
        await firstRow.ToHaveAttributeAsync("data-member", result.Members.OrderBy(m => m.Payout.Gross).ThenBy(m => m.Index).First().Id);
        await page.ClickAsync("th[data-column=gross]");
        await firstRow.ToHaveAttributeAsync("data-member", result.Members.OrderByDescending(m => m.Payout.Gross).ThenBy(m => m.Index).First().Id);

        // Found by part of its number, and explained on a click, as jelaskan explains it.
        var member = result.Members[48];
        await page.FillAsync("[data-testid=search]", member.Id[^5..]);
        await page.WaitForSelectorAsync("[data-testid=shown][data-value='1']");
        await page.ClickAsync($"tr[data-member='{member.Id}']");
        var explanation = Assertions.Expect(page.Locator("[data-testid=explanation]"));
        var indonesian = result.Explain(member.Id).ToText(Language.Indonesian).Trim();
        await explanation.ToContainTextAsync(indonesian.Split('\n')[0]);
        Assert.Equal(indonesian, (await page.InnerTextAsync("[data-testid=explanation]")).Trim());

        await page.ClickAsync("[data-testid=lang]");
        var english = result.Explain(member.Id).ToText(Language.English).Trim();
        await explanation.ToContainTextAsync(english.Split('\n')[0]);
        Assert.Equal(english, (await page.InnerTextAsync("[data-testid=explanation]")).Trim());
        Assert.Contains("Nothing is uploaded", await page.InnerTextAsync("[data-testid=private]"), StringComparison.Ordinal);
        Assert.Contains("Members paid", await page.InnerTextAsync("[data-testid=summary]"), StringComparison.Ordinal);
        Assert.StartsWith("Done in ", await page.InnerTextAsync("[data-testid=status]"), StringComparison.Ordinal);
        Assert.Empty(visit.Errors);
    }

    [Fact]
    public async Task TheTemplate_IsTheToolsTemplate_ByteForByte()
    {
        if (site.Browser is null)
        {
            return;
        }

        Assert.Equal(0, Tool.Run("templat", File("tool")).Exit);
        await using var visit = await site.OpenAsync();
        var download = await visit.Page.RunAndWaitForDownloadAsync(() => visit.Page.ClickAsync("[data-testid=template]"));
        await download.SaveAsAsync(File("anggota.xlsx"));

        Assert.Equal("anggota.xlsx", download.SuggestedFilename);
        Assert.Equal(System.IO.File.ReadAllBytes(File("tool/anggota.xlsx")), System.IO.File.ReadAllBytes(File("anggota.xlsx")));
        Assert.Empty(visit.Errors);
    }

    [Fact]
    public async Task AfterOneVisit_ThePageWorksOffline()
    {
        if (site.Browser is null)
        {
            return;
        }

        await using var visit = await site.OpenAsync();
        var page = visit.Page;
        // The service worker has cached every file of the app once it is active.
        await page.EvaluateAsync("async () => { await navigator.serviceWorker.ready; }");
        await page.Context.SetOfflineAsync(true);
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("[data-testid=inputs]", new() { Timeout = Slow });
        await page.SetInputFilesAsync("[data-testid=inputs]", Sample("anggota.xlsx"));
        await page.WaitForSelectorAsync("[data-testid=summary]", new() { Timeout = Slow });
        Assert.Empty(visit.Errors);
    }

    [Fact]
    public async Task HostedInAFolder_ThePageFindsItsFiles_ComputesAndWorksOffline()
    {
        if (site.Browser is null)
        {
            return;
        }

        await using var visit = await site.OpenAsync(Site.Folder);
        var page = visit.Page;
        await page.EvaluateAsync("async () => { await navigator.serviceWorker.ready; }");
        await page.Context.SetOfflineAsync(true);
        await page.ReloadAsync();
        await page.SetInputFilesAsync("[data-testid=inputs]", Sample("anggota.xlsx"));
        await page.WaitForSelectorAsync("[data-testid=summary]", new() { Timeout = Slow });

        Assert.Equal(9_000_000m, await Value(page, "shu"));
        Assert.All(visit.Requests, url => Assert.StartsWith(new Uri(site.Address, Site.Folder).AbsoluteUri, url, StringComparison.Ordinal));
        Assert.Empty(visit.Errors);
    }

    private static async Task<decimal> Value(IPage page, string testId) =>
        decimal.Parse((await page.GetAttributeAsync($"[data-testid={testId}]", "data-value"))!, CultureInfo.InvariantCulture);
}
