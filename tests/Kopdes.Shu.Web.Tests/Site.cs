using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Kopdes.Shu.Web.Tests;

/// <summary>
/// The page as a cooperatives office would host it: <c>dotnet publish</c>ed into a folder and served by a plain
/// static file server on this machine; and headless Chromium, driven by Playwright, to use it. Once for all tests.
/// </summary>
public sealed class Site : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kopdes-shu-web-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _server;
    private IPlaywright? _playwright;

    /// <summary>The page's address, ending in <c>/</c>.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The browser, or null where there is none (a machine with only the .NET SDK; never in CI).</summary>
    public IBrowser? Browser { get; private set; }

    /// <summary>The folder the page is also served from: <c>dinas/shu/</c> under <see cref="Address"/>.</summary>
    public const string Folder = "dinas/shu/";

    /// <summary>The published folder's static files.</summary>
    public string Root => Path.Combine(_folder, "wwwroot");

    public async Task InitializeAsync()
    {
        var chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);
        Assert.True(chromium is not null || Environment.GetEnvironmentVariable("KOPDES_CI") != "1", "Chromium is required here (apt-get install chromium).");
        if (chromium is null)
        {
            return;
        }

        Publish();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = _folder, WebRootPath = Root });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _server = builder.Build();
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".dat"] = "application/octet-stream";
        types.Mappings[".blat"] = "application/octet-stream";
        types.Mappings[".webmanifest"] = "application/manifest+json";
        // At the root, and in a folder as a cooperatives office may host it beside its own site.
        foreach (var path in new[] { string.Empty, "/" + Folder.TrimEnd('/') })
        {
            var files = new PhysicalFileProvider(Root);
            _server.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = path });
            _server.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types, RequestPath = path });
        }
        await _server.StartAsync();
        var address = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Address = new Uri(address.TrimEnd('/') + "/");

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            // As the machine's own probe starts it: no sandbox as root, and none of Chromium's calls home.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>A fresh page in a fresh context, recording every request and every console error.</summary>
    public async Task<Visit> OpenAsync(string folder = "")
    {
        var context = await Browser!.NewContextAsync(new() { AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var visit = new Visit(context, page, Address);
        await page.GotoAsync(new Uri(Address, folder).AbsoluteUri);
        await page.WaitForSelectorAsync("[data-testid=inputs]");
        return visit;
    }

    // Published as the README says, in the configuration of these tests: `dotnet test` built it just before, so this
    // only lays the static folder out (the placeholders of index.html are filled in by publish's own build step).
    private void Publish()
    {
        var repository = Repository.Root;
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "publish", Path.Combine(repository, "src", "Kopdes.Shu.Web"), "-c", configuration, "-o", _folder, "-p:CompressionEnabled=false", "-nologo", "-v", "q" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"dotnet publish failed:\n{output.Result}\n{error.Result}");
    }
}

/// <summary>One page, with what it asked the network for and what it logged as errors.</summary>
public sealed class Visit : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    internal Visit(IBrowserContext context, IPage page, Uri site)
    {
        (_context, Page) = (context, page);
        context.Request += (_, request) => Requests.Add(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => Errors.Add(error);
        Site = site;
    }

    public IPage Page { get; }

    public Uri Site { get; }

    /// <summary>Every address the page, its workers and its downloads asked for.</summary>
    public List<string> Requests { get; } = [];

    /// <summary>Console errors and uncaught exceptions.</summary>
    public List<string> Errors { get; } = [];

    public ValueTask DisposeAsync() => _context.DisposeAsync();
}

/// <summary>The repository's root, found from the test's own folder.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Kopdes.Shu.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Kopdes.Shu.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<Site>
{
    public const string Name = "site";
}
