// A cooperative back office on ASP.NET Core: a treasurer's workbook is posted, the result workbook comes back (or a
// ProblemDetails 400 naming every problem with its code), and the members' meeting report can be fetched after. No
// file touches the disk; a client that goes away stops the work.
using Kopdes.Shu;
using Kopdes.Shu.Engine;
using Kopdes.Shu.IO;
using Kopdes.Shu.IO.Results;
using Kopdes.Shu.Results;
using Kopdes.Shu.Validation;
using Microsoft.Extensions.Caching.Memory;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProblemDetails();
// The results whose report may still be asked for, the newest 100, each kept an hour after its last use.
builder.Services.AddMemoryCache(options => options.SizeLimit = 100);
var app = builder.Build();
app.MapPost("/shu", Allocate);
app.MapGet("/shu/{key}/laporan", Report);
app.Run();

// POST /shu (?lang=en): the workbook in the body. A client that goes away cancels the token: reading, calculating and
// writing stop, nothing has been written anywhere, and ASP.NET Core ends the request as aborted (499), not as an error.
static async Task<IResult> Allocate(HttpContext http, IMemoryCache reports, string? lang, CancellationToken cancellationToken)
{
    var language = lang == "en" ? Language.English : Language.Indonesian;
    var inputs = await ShuInputReader.ReadAsync(new InputStream("anggota.xlsx", http.Request.Body), cancellationToken: cancellationToken);
    if (inputs.HasErrors)
    {
        return Problem(inputs.Issues.Where(i => i.IsError), language);
    }

    // Many requests at once already use every core: each calculation takes one.
    var oneThread = new ShuCalculatorOptions { MaxDegreeOfParallelism = 1 };
    var outcome = ShuCalculator.Calculate(inputs.Policy!, inputs.Ledger!, inputs.Balances, oneThread);
    if (outcome.Result is not { } result)
    {
        return Problem(outcome.Errors.Select(inputs.Locate), language);
    }

    // The inputs' SHA-256 names the result: the same workbook posted again is the same report.
    var context = new ResultContext(inputs.Files, language);
    var key = inputs.Files[0].Sha256;
    reports.Set(key, (result, context), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
    http.Response.Headers.Location = $"/shu/{key}/laporan";
    return Results.Stream(
        body => ResultWriter.WriteWorkbookAsync(result, body, context, cancellationToken),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "anggota.hasil.xlsx");
}

// Every problem at once, each with its stable code and where it is, in the treasurer's language.
static IResult Problem(IEnumerable<Issue> errors, Language language) => Results.Problem(
    statusCode: StatusCodes.Status400BadRequest,
    title: language == Language.English ? "The workbook cannot be computed" : "Buku kerja tidak dapat dihitung",
    extensions: new Dictionary<string, object?>
    {
        ["issues"] = errors.Select(e => new { e.Code, Message = e.Describe(language), e.File, e.Sheet, e.Row, e.Column, e.MemberId }).ToList(),
    });

// GET /shu/{key}/laporan: the printable report of a workbook posted before.
static IResult Report(string key, IMemoryCache reports, CancellationToken cancellationToken) =>
    reports.TryGetValue(key, out (ShuResult Result, ResultContext Context) stored)
        ? Results.Stream(body => ResultWriter.WriteReportAsync(stored.Result, body, stored.Context, cancellationToken), "text/html; charset=utf-8")
        : Results.NotFound();

/// <summary>The application, for the in-process tests (WebApplicationFactory).</summary>
public partial class Program;
