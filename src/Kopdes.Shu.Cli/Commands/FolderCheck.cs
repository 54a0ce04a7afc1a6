using System.Diagnostics;
using Kopdes.Shu.Analysis;
using Kopdes.Shu.Engine;
using Kopdes.Shu.IO;
using Kopdes.Shu.IO.Results;
using Kopdes.Shu.IO.Verification;
using Kopdes.Shu.Results;

namespace Kopdes.Shu.Cli.Commands;

/// <summary>
/// <c>periksa FOLDER</c> and <c>verifikasi FOLDER</c>: every cooperative of a folder (found as <c>hitung FOLDER</c>
/// finds them) checked against its own result file beside it, one cooperative a core, one that fails never
/// stopping the others; then one roll-up for the cooperatives office (<c>rekap-periksa</c> or <c>rekap-verifikasi</c>:
/// workbook, CSV and dashboard) with the cooperatives that most need a visit first.
/// </summary>
internal static class FolderCheck
{
    /// <summary>Runs the check; <paramref name="audit"/>: <c>periksa</c> (flags and the result), else <c>verifikasi</c> (the result only).</summary>
    public static int Run(string folder, bool audit, string? lastYear, NumberCulture culture, bool redact, CliConsole console)
    {
        if (!BatchAllocate.TryDiscover(folder, console, out var cooperatives))
        {
            return ExitCodes.Usage;
        }

        var checks = new CooperativeCheck[cooperatives.Count];
        Each(cooperatives, console, i => checks[i] = Check(cooperatives[i], folder, audit, lastYear, culture, redact, console));

        var stem = audit ? "rekap-periksa" : "rekap-verifikasi";
        var paths = OfficeRollup.Paths(folder, stem);
        IReadOnlyList<CooperativeCheck> ordered;
        try
        {
            ordered = OfficeRollup.Write(folder, stem, checks, console.Text.Language, culture == NumberCulture.Indonesian ? culture : NumberCulture.International, console.Token);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(console.Text.Format(TextKeys.WriteFailed, paths[0], console.Text.Reason(e)));
            return ExitCodes.IoFailure;
        }

        var text = console.Text;
        foreach (var failed in ordered.Where(c => c.Result == ResultStanding.Failed))
        {
            console.Error.WriteLine($"- {failed.File}: {failed.Problem}");
        }

        foreach (var c in ordered.Where(c => c.Result != ResultStanding.Failed && !c.Clean).Take(20))
        {
            console.Out.WriteLine($"{c.File}: {OfficeRollup.Status(c, text.Language)} ({OfficeRollup.Standing(c.Result, text.Language)}{(c.Differences > 0 ? ", " + c.Differences : string.Empty)}; {string.Join(", ", c.FlagCodes.Distinct().Select(f => f["Audit.".Length..]))})");
        }

        var failures = checks.Count(c => c.Result == ResultStanding.Failed);
        var needVisit = checks.Count(c => !c.Clean && c.Result != ResultStanding.Failed);
        console.Out.WriteLine(text.Format(TextKeys.FolderCheckSummary, checks.Length, checks.Length - failures - needVisit, needVisit, failures));
        console.Out.WriteLine(text[TextKeys.SummaryWritten]);
        foreach (var path in paths)
        {
            console.Out.WriteLine("  " + path);
        }

        // Some cooperatives could not be checked at all: the run is incomplete, whatever the others show.
        return failures > 0 ? ExitCodes.InputErrors : needVisit > 0 ? ExitCodes.Differs : ExitCodes.Done;
    }

    /// <summary>
    /// Runs <paramref name="work"/> for every cooperative, one a core, bounded to the machine's cores; on a terminal,
    /// the cooperatives done, the time so far and the estimate to the end on standard error.
    /// </summary>
    public static void Each(IReadOnlyList<string> cooperatives, CliConsole console, Action<int> work)
    {
        var finished = 0;
        var clock = Stopwatch.StartNew();
        var step = Math.Max(1, cooperatives.Count / 100);
        Parallel.For(0, cooperatives.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = console.Token }, i =>
        {
            work(i);
            var count = Interlocked.Increment(ref finished);
            if (console.ShowProgress && (count % step == 0 || count == cooperatives.Count))
            {
                var elapsed = clock.Elapsed;
                var left = TimeSpan.FromTicks(elapsed.Ticks / count * (cooperatives.Count - count));
                lock (console)
                {
                    console.Error.WriteLine(console.Text.Format(TextKeys.FolderProgress, count, cooperatives.Count, Clock(elapsed), Clock(left)));
                }
            }
        });
    }

    private static string Clock(TimeSpan span) => span.ToString(span.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss", System.Globalization.CultureInfo.InvariantCulture);

    private static CooperativeCheck Check(string members, string folder, bool audit, string? lastYear, NumberCulture culture, bool redact, CliConsole console)
    {
        var text = console.Text;
        var language = text.Language;
        var name = Path.GetRelativePath(folder, members);
        try
        {
            var (inputs, computed, errors) = BatchAllocate.ReadAndCompute(members, culture, console);
            if (computed is not { } result)
            {
                return Failed(name, inputs.Policy, BatchAllocate.Problem(errors, language)!);
            }

            var flags = new List<AuditFlag>();
            if (audit)
            {
                flags.AddRange(CooperativeAudit.Run(inputs.Policy, inputs.Ledger!, result, inputs.NationalIds));
            }

            var standing = ResultStanding.Missing;
            var differences = 0;
            var resultPath = AllocateCommand.DefaultOutput(members);
            if (File.Exists(resultPath))
            {
                var verification = ResultVerifier.Verify(result, new ResultContext(inputs.Files, language), resultPath, console.Token);
                differences = verification.Issues.Count + verification.Differences.Count;
                standing = verification.Agrees ? ResultStanding.Agrees : ResultStanding.Differs;
                if (audit)
                {
                    flags.AddRange(ResultAudit.Flags(result, verification, resultPath));
                }
            }
            else if (!audit)
            {
                return Failed(name, inputs.Policy, text.Format(TextKeys.FolderNoResult, Path.GetFileName(resultPath)));
            }

            if (audit && lastYear is not null && LastYearFile(lastYear, folder, members) is { } previous)
            {
                flags.AddRange(YearOverYear.Run(result, LastYearReader.Read(previous, result.Policy, console.Token)));
            }

            return Checked(name, result, inputs, standing, differences, flags, redact, language);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException || IO.Files.UnreadableFile.Is(e))
        {
            return Failed(name, null, text.Reason(e));
        }
    }

    // Last year's result of this cooperative: the file named, or in a folder the same name as this year's result.
    private static string? LastYearFile(string lastYear, string folder, string members)
    {
        if (!Directory.Exists(lastYear))
        {
            return lastYear;
        }

        var candidate = Path.Combine(lastYear, Path.GetRelativePath(folder, AllocateCommand.DefaultOutput(members)));
        return File.Exists(candidate) ? candidate : null;
    }

    private static CooperativeCheck Checked(
        string name, ShuResult result, ShuInputs inputs, ResultStanding standing, int differences, List<AuditFlag> flags, bool redact, Language language)
    {
        var rows = new List<FlagRow>();
        foreach (var flag in flags)
        {
            var reason = flag.Reason(language);
            if (flag.Members.Count == 0)
            {
                rows.Add(new FlagRow(name, flag.Code, reason, null, null, null, null, null));
                continue;
            }

            foreach (var index in flag.Members)
            {
                // A flag names a ledger row, which may be a capital partner's: found by id among members, then partners.
                var memberId = result.Ledger[index].Id;
                var member = result.Members.TryFind(memberId, out var share) || result.Partners.TryFind(memberId, out share) ? share : default;
                var nik = inputs.NationalIds?[index] is { Length: > 0 } id ? Redaction.NationalId(id) : null;
                rows.Add(new FlagRow(name, flag.Code, reason, member.Id, redact ? Redaction.Name(member.Name) : member.Name, nik, inputs.RowOf(index), member.Payout.Gross));
            }
        }

        var shu = result.Shu;
        decimal Percent(decimal amount) => shu == 0 ? 0m : decimal.Round(100m * amount / shu, 2);
        return new CooperativeCheck(
            name, result.Policy.Cooperative, result.Policy.Year, standing, differences, shu,
            Percent(result.Funds.FirstOrDefault(f => f.IsReserve)?.Amount ?? 0m),
            BatchAllocate.VillagePercent(result),
            result.Members.Count, result.MembersPaid, decimal.Round(PayoutDistribution.Of(result).Gini, 4),
            [.. flags.Select(f => f.Code)], rows, null);
    }

    private static CooperativeCheck Failed(string name, Policies.ShuPolicy? policy, string problem) =>
        new(name, policy?.Cooperative, policy?.Year, ResultStanding.Failed, 0, 0, 0, 0, 0, 0, null, [], [], problem);
}
