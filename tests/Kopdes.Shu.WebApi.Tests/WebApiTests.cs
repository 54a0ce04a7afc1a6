using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Kopdes.Shu.Engine;
using Kopdes.Shu.IO;
using Kopdes.Shu.IO.Inputs;
using Kopdes.Shu.IO.Results;
using Kopdes.Shu.IO.Verification;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Kopdes.Shu.WebApi.Tests;

/// <summary>
/// The web API sample, in process: what a cooperative back office built on ASP.NET Core gets from the packages. One
/// class, so its tests run one after another (the cancellation test points the process's temp folder elsewhere).
/// </summary>
public sealed class WebApiTests : IClassFixture<WebApiTests.Api>
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "anggota.xlsx");
    private readonly Api _api;

    public WebApiTests(Api api) => _api = api;

    [Fact]
    public async Task PostingTheSample_ReturnsItsResultWorkbook_WithTheLibrarysAmounts()
    {
        using var response = await Post(File.ReadAllBytes(Sample));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var returned = await response.Content.ReadAsByteArrayAsync();

        // The library on the same workbook: the same bytes, and every amount verified to the rupiah.
        var inputs = ShuInputReader.Read(new InputStream("anggota.xlsx", File.OpenRead(Sample)));
        var expected = ShuCalculator.Calculate(inputs.Policy!, inputs.Ledger!, inputs.Balances).GetResultOrThrow();
        var context = new ResultContext(inputs.Files, Language.Indonesian);
        var local = new MemoryStream();
        ResultWriter.WriteWorkbook(expected, local, context);
        Assert.Equal(local.ToArray(), returned);
        var verification = ResultVerifier.Verify(expected, context, new InputStream("hasil.xlsx", new MemoryStream(returned)));
        Assert.True(verification.Agrees, string.Join("\n", verification.Differences.Select(d => d.Describe(Language.English))));
    }

    [Fact]
    public async Task AWorkbookWithErrors_IsA400ProblemDetails_WithEveryIssueAndItsCode()
    {
        var (policy, ledger, _) = SyntheticCooperative.Generate(20, seed: 3);
        var bad = policy with { Funds = [policy.Funds[0] with { Percent = 30 }, .. policy.Funds.Skip(1)] };
        var workbook = new MemoryStream();
        InputWriter.WriteWorkbook(workbook, bad, ledger, 2025, []);

        using var response = await Post(workbook.ToArray(), "?lang=en");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        var issues = problem.RootElement.GetProperty("issues").EnumerateArray().ToList();
        var sum = Assert.Single(issues, i => i.GetProperty("code").GetString() == "Policy.PercentSum");
        Assert.Equal("anggota.xlsx", sum.GetProperty("file").GetString());
        Assert.Contains("105", sum.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReport_OfAPostedWorkbook_CanBeFetched_AndAnUnknownOneIsNotFound()
    {
        using var posted = await Post(File.ReadAllBytes(Sample));
        var location = posted.Headers.Location!.OriginalString;

        using var client = _api.CreateClient();
        using var report = await client.GetAsync(location);
        using var unknown = await client.GetAsync("/shu/0000/laporan");

        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("text/html", report.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Koperasi Kelurahan Merah Putih Jatimakmur", await report.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task TwentyRequestsAtOnce_GiveWhatOneAtATimeGives()
    {
        var (policy, ledger, balances) = SyntheticCooperative.Generate(2_000, seed: 11);
        var workbook = new MemoryStream();
        InputWriter.WriteWorkbook(workbook, policy, ledger, 2025, balances);
        using var alone = await Post(workbook.ToArray());
        var expected = await alone.Content.ReadAsByteArrayAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Post(workbook.ToArray())));

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(expected, await response.Content.ReadAsByteArrayAsync());
            response.Dispose();
        }
    }

    [Fact]
    public async Task ARequestCancelledMidway_LeavesNoFile_AndNoExceptionEscapes()
    {
        // Large enough that reading it takes the server a while: the client gives up in the middle.
        var (policy, ledger, _) = SyntheticCooperative.Generate(200_000, seed: 5, withBalances: false);
        var workbook = new MemoryStream();
        InputWriter.WriteWorkbook(workbook, policy, ledger, 2025, []);
        var temp = Directory.CreateTempSubdirectory("kopdes-shu-webapi-");
        var previous = Environment.GetEnvironmentVariable("TMPDIR");
        Environment.SetEnvironmentVariable("TMPDIR", temp.FullName);
        try
        {
            _api.Logs.Clear();
            using var cancel = new CancellationTokenSource();
            var posting = Post(workbook.ToArray(), cancellationToken: cancel.Token);

            // Cancelled once the endpoint runs (reading 200,000 members takes it far longer than this).
            for (var waited = 0; waited < 600 && !_api.Logs.Any(l => l.Message.StartsWith("Executing endpoint", StringComparison.Ordinal)); waited++)
            {
                await Task.Delay(10);
            }

            await Task.Delay(20);
            await cancel.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => posting);

            // The server stops on its own time: wait until it says the request has finished, as aborted by the client
            // (499): it had started, and it stopped before answering.
            for (var waited = 0; waited < 200 && !_api.Logs.Any(l => l.Message.StartsWith("Request finished", StringComparison.Ordinal)); waited++)
            {
                await Task.Delay(100);
            }

            Assert.Contains(_api.Logs, l => l.Message.StartsWith("Request finished HTTP/1.1 POST http://localhost/shu - 499", StringComparison.Ordinal));
            Assert.DoesNotContain(_api.Logs, l => l.Level >= LogLevel.Error || l.Exception is not null);
            Assert.Empty(temp.EnumerateFileSystemInfos());
        }
        finally
        {
            Environment.SetEnvironmentVariable("TMPDIR", previous);
            temp.Delete(recursive: true);
        }
    }

    private async Task<HttpResponseMessage> Post(byte[] workbook, string query = "", CancellationToken cancellationToken = default)
    {
        using var client = _api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var content = new ByteArrayContent(workbook);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return await client.PostAsync("/shu" + query, content, cancellationToken);
    }

    /// <summary>The application in process, with what it logs kept for the tests.</summary>
    public sealed class Api : WebApplicationFactory<Program>
    {
        public ConcurrentQueue<(LogLevel Level, string Message, Exception? Exception)> Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Information).AddProvider(new Capture(Logs)));

        private sealed class Capture(ConcurrentQueue<(LogLevel, string, Exception?)> logs) : ILoggerProvider, ILogger
        {
            public ILogger CreateLogger(string categoryName) => this;

            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                logs.Enqueue((logLevel, formatter(state, exception), exception));

            public void Dispose()
            {
            }
        }
    }
}
