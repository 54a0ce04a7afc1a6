using System.Globalization;
using System.Runtime.InteropServices.JavaScript;
using System.Runtime.Versioning;
using System.Text.Json;
using Kopdes.Shu.Analysis;
using Kopdes.Shu.IO.Csv;
using Kopdes.Shu.IO.Inputs;
using Kopdes.Shu.IO.Results;
using Kopdes.Shu.IO.Verification;

namespace Kopdes.Shu.Web;

/// <summary>
/// The calculation's side of the page, run by a Web Worker (<c>js/worker.js</c>) in a .NET runtime of its own: reading,
/// computing, writing and checking take as long as they take there, while the page keeps answering. The page asks
/// for plain views (<see cref="ComputeView"/>, ...) and files, never for the ledger or the result themselves.
/// </summary>
[SupportedOSPlatform("browser")]
public static partial class Worker
{
    private const int ShownMembers = 10;

    private static ChosenFile? _members;
    private static IO.ShuInputs? _inputs;
    private static Calculation? _run;
    private static DateOnly _today;
    private static long _readingMs;
    private static int[] _view = [];
    private static string? _viewKey;

    /// <summary>Reads the chosen files (names and base64 contents): gives the number of members, or -1 when nothing was read.</summary>
    [JSExport]
    public static int Read(string[] names, string[] contents)
    {
        var files = Files(names, contents);
        var (members, policy, balances) = ChosenFiles.Inputs(files);
        (_members, _inputs, _run, _view, _viewKey) = (members, null, null, [], null);
        if (members is null)
        {
            return -1;
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        _inputs = IO.ShuInputReader.ReadTogether(members.Open(), policy?.Open(), balances?.Open());
        _readingMs = started.ElapsedMilliseconds;
        return _inputs.Ledger?.Count ?? 0;
    }

    /// <summary>Computes what <see cref="Read"/> read, on the day given (yyyy-MM-dd): a <see cref="ComputeView"/> as JSON.</summary>
    [JSExport]
    public static string Compute(string today)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        _today = DateOnly.ParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        _run = Calculation.Of(_members!, _inputs!);
        (_view, _viewKey) = ([], null);
        var summary = _run.Result is { } r ? Summary(r) : null;
        var view = new ComputeView(
            _run.MembersFile, [.. _run.Errors.Select(IssueView.Of)], [.. _run.Warnings.Select(IssueView.Of)], summary,
            _readingMs, _readingMs + started.ElapsedMilliseconds);
        return JsonSerializer.Serialize(view, ProtocolJson.Default.ComputeView);
    }

    /// <summary>
    /// The members whose number or name holds <paramref name="search"/>, sorted by a column (ties in ledger order), and
    /// <paramref name="count"/> of them from <paramref name="start"/>: a <see cref="RowsView"/> as JSON.
    /// </summary>
    [JSExport]
    public static string Rows(string search, string sort, bool descending, int start, int count)
    {
        var result = _run?.Result;
        if (result is null)
        {
            return JsonSerializer.Serialize(new RowsView(0, 0, []), ProtocolJson.Default.RowsView);
        }

        // The list is searched and sorted once for each question; scrolling only takes rows from it.
        var key = $"{search.Trim()}\n{sort}\n{descending}";
        if (key != _viewKey)
        {
            (_view, _viewKey) = (View(result, search.Trim(), sort, descending), key);
        }

        var rows = _view.Skip(start).Take(count).Select(i => Row(result.Members[i], i + 1)).ToList();
        return JsonSerializer.Serialize(new RowsView(_view.Length, result.Members.Count, rows), ProtocolJson.Default.RowsView);
    }

    /// <summary>How a member's amounts came about, as <c>jelaskan</c> says it.</summary>
    [JSExport]
    public static string Explain(string id, string language) =>
        _run?.Result is { } result && result.TryExplain(id, out var explanation) ? explanation.ToText(LanguageOf(language)) : string.Empty;

    /// <summary>One file of the result, base64: <c>workbook</c>, <c>report</c>, <c>members</c>, <c>funds</c>, <c>summary</c>, <c>partners</c>.</summary>
    [JSExport]
    public static string Save(string kind, string language)
    {
        var result = _run!.Result!;
        var context = _run.Context(LanguageOf(language), _today);
        using var output = new MemoryStream();
        switch (kind)
        {
            case "workbook": ResultWriter.WriteWorkbook(result, output, context); break;
            case "report": ResultWriter.WriteReport(result, output, context); break;
            case "members": MemberCsvWriter.Write(output, result, context); break;
            case "funds": ResultWriter.WriteFunds(output, result, context); break;
            case "summary": ResultWriter.WriteSummary(output, result, context); break;
            case "partners": MemberCsvWriter.Write(output, result, context, result.Partners, CancellationToken.None); break;
            default: throw new ArgumentOutOfRangeException(nameof(kind), kind, "No such result file.");
        }

        return Convert.ToBase64String(output.GetBuffer(), 0, (int)output.Length);
    }

    /// <summary>The template workbook (<c>kopdes-shu templat</c>'s <c>anggota.xlsx</c>), base64.</summary>
    [JSExport]
    public static string Template()
    {
        using var output = new MemoryStream();
        IO.Inputs.Template.WriteWorkbook(output);
        return Convert.ToBase64String(output.GetBuffer(), 0, (int)output.Length);
    }

    /// <summary>
    /// Computes the inputs, compares the result files with the calculation (<c>verifikasi</c>) when there are any, and
    /// runs the audit (<c>periksa</c>): a <see cref="CheckView"/> as JSON.
    /// </summary>
    [JSExport]
    public static string Check(string[] inputNames, string[] inputContents, string[] resultNames, string[] resultContents)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var (members, policy, balances) = ChosenFiles.Inputs(Files(inputNames, inputContents));
        if (members is null)
        {
            throw new ArgumentException("Pilih buku kerja .xlsx atau anggota .csv sebagai masukan (choose an .xlsx workbook or a members .csv as the input).", nameof(inputNames));
        }

        var run = Calculation.Of(members, IO.ShuInputReader.ReadTogether(members.Open(), policy?.Open(), balances?.Open()));
        if (run.Result is not { } result)
        {
            return JsonSerializer.Serialize(new CheckView([.. run.Errors.Select(IssueView.Of)], null, false, null, started.ElapsedMilliseconds), ProtocolJson.Default.CheckView);
        }

        var (file, funds, summary, partners) = ChosenFiles.Result(Files(resultNames, resultContents));
        var complete = file is not null && (file.IsWorkbook || (funds is not null && summary is not null));
        var verified = complete ? ResultVerifier.Verify(result, run.Context(Language.Indonesian), file!.Open(), funds?.Open(), summary?.Open(), partners?.Open()) : null;
        // As periksa with a result: the inputs' findings, then the result file's.
        var flags = CooperativeAudit.Run(run.Inputs.Policy, run.Inputs.Ledger!, result, run.Inputs.NationalIds)
            .Concat(verified is null ? [] : ResultAudit.Flags(result, verified, file!.Name))
            .Select(f => FlagView.Of(f, run.Inputs, ShownMembers)).ToList();
        var verification = verified is null ? null : VerificationView.Of(verified, result.Members.Count, result.Funds.Count);
        return JsonSerializer.Serialize(new CheckView([], verification, file is not null && !complete, flags, started.ElapsedMilliseconds), ProtocolJson.Default.CheckView);
    }

    private static List<ChosenFile> Files(string[] names, string[] contents) =>
        [.. names.Zip(contents, (name, content) => new ChosenFile(name, Convert.FromBase64String(content)))];

    private static Language LanguageOf(string language) => language == "en" ? Language.English : Language.Indonesian;

    private static SummaryView Summary(Kopdes.Shu.Results.ShuResult r) => new(
        r.Policy.Cooperative, r.Policy.Year, r.Shu, r.MembersPaid, r.Members.Count, r.Totals.Cash, r.Totals.ToVoluntarySavings, r.Totals.Tax,
        r.Partners.Count, r.PartnerTotals.Net, r.Checks.Count(c => c.Passed), r.Checks.Count,
        [.. r.Funds.Select(f => r.Pools.FirstOrDefault(p => p.Code == f.Code) is { } pool
            ? new FundView(f.Code, f.Name, f.Depth, f.Percent, f.Amount, pool.NonMember, pool.NonMemberFund)
            : new FundView(f.Code, f.Name, f.Depth, f.Percent, f.Amount, 0m, null))]);

    private static MemberRowView Row(Kopdes.Shu.Results.MemberShare member, int number)
    {
        var payout = member.Payout;
        return new(number, member.Id, member.Name, Ledger.MemberStatuses.ToCode(member.Status), payout.Gross, payout.Tax, payout.Net, payout.Cash, payout.ToVoluntarySavings);
    }

    // The places in the members' list that match, in the order asked for; ties keep the ledger's order.
    private static int[] View(Kopdes.Shu.Results.ShuResult result, string search, string sort, bool descending)
    {
        var members = result.Members;
        var matching = Enumerable.Range(0, members.Count);
        if (search.Length > 0)
        {
            matching = matching.Where(i => members[i].Id.Contains(search, StringComparison.OrdinalIgnoreCase)
                || (members[i].Name?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false));
        }

        if (sort.Length == 0 || sort == "no")
        {
            return descending ? [.. matching.Reverse()] : [.. matching];
        }

        IOrderedEnumerable<int> ordered = sort switch
        {
            "id" => Order(matching, i => members[i].Id, StringComparer.Ordinal, descending),
            "name" => Order(matching, i => members[i].Name ?? string.Empty, StringComparer.CurrentCultureIgnoreCase, descending),
            "status" => Order(matching, i => members[i].Status.ToString(), StringComparer.Ordinal, descending),
            "tax" => Order(matching, i => members[i].Payout.Tax, Comparer<decimal>.Default, descending),
            "net" => Order(matching, i => members[i].Payout.Net, Comparer<decimal>.Default, descending),
            "cash" => Order(matching, i => members[i].Payout.Cash, Comparer<decimal>.Default, descending),
            "savings" => Order(matching, i => members[i].Payout.ToVoluntarySavings, Comparer<decimal>.Default, descending),
            _ => Order(matching, i => members[i].Payout.Gross, Comparer<decimal>.Default, descending),
        };
        return [.. ordered.ThenBy(i => i)];
    }

    private static IOrderedEnumerable<int> Order<T>(IEnumerable<int> rows, Func<int, T> key, IComparer<T> comparer, bool descending) =>
        descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer);
}
