using Kopdes.Shu.Engine;
using Kopdes.Shu.IO;
using Kopdes.Shu.IO.Results;
using Kopdes.Shu.Results;

namespace Kopdes.Shu.Cli.Commands;

/// <summary>
/// <c>hitung FOLDER</c>: every cooperative in a folder, computed in parallel, each result beside its input,
/// and one summary (<c>rekap.xlsx</c>, <c>rekap.csv</c>) for the cooperatives office. A cooperative is a
/// workbook in the folder, or a subfolder holding <c>anggota.csv</c> and <c>kebijakan.json</c> (and
/// <c>saldo.csv</c> when needed). One cooperative's bad input is reported and does not stop the others.
/// </summary>
internal static class BatchAllocate
{
    // The cooperatives already keep every core busy, one each: a calculation that split its own work across the cores
    // as well would only add threads fighting for them.
    private static readonly ShuCalculatorOptions OneThreadEach = new() { MaxDegreeOfParallelism = 1 };

    public static int Run(string folder, NumberCulture culture, bool redact, CliConsole console)
    {
        if (!TryDiscover(folder, console, out var cooperatives))
        {
            return ExitCodes.Usage;
        }

        var summaries = new CooperativeSummary[cooperatives.Count];
        using (IO.Files.AtomicFiles.ScanOnce())
        {
            FolderCheck.Each(cooperatives, console, i => summaries[i] = Compute(cooperatives[i], folder, culture, console, redact));
        }

        IReadOnlyList<string> written;
        try
        {
            // Cooperatives may differ in dialect: the roll-up is Indonesian only when asked for.
            written = BatchSummaryWriter.Write(folder, summaries, culture == NumberCulture.Indonesian ? culture : NumberCulture.International, console.Token);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(console.Text.Format(TextKeys.WriteFailed, Path.Combine(folder, "rekap.xlsx"), console.Text.Reason(e)));
            return ExitCodes.IoFailure;
        }

        var failed = summaries.Where(s => !s.Succeeded).OrderBy(s => s.File, StringComparer.Ordinal).ToList();
        foreach (var failure in failed)
        {
            console.Error.WriteLine($"- {failure.File}: {failure.Problem}");
        }

        console.Out.WriteLine(console.Text.Format(TextKeys.BatchSummary, summaries.Length, summaries.Length - failed.Count, failed.Count));
        console.Out.WriteLine(console.Text[TextKeys.SummaryWritten]);
        foreach (var path in written)
        {
            console.Out.WriteLine("  " + path);
        }

        return failed.Count > 0 ? ExitCodes.InputErrors : ExitCodes.Done;
    }

    /// <summary>
    /// The cooperatives of a folder: each workbook in it, and each subfolder's <c>anggota.csv</c> (with its
    /// <c>kebijakan.json</c>). Never the tool's own outputs (<c>*.hasil.xlsx</c>, <c>*.banding.xlsx</c>, <c>rekap.xlsx</c>,
    /// <c>rekap-*.xlsx</c>), Excel's lock files (<c>~$*</c>) or hidden files; a link that leads outside the folder is
    /// not followed but listed in <paramref name="skipped"/>.
    /// </summary>
    public static IReadOnlyList<string> Discover(string folder, out IReadOnlyList<string> skipped)
    {
        var root = Path.TrimEndingDirectorySeparator(RealPath(folder)) + Path.DirectorySeparatorChar;
        var outside = new List<string>();
        bool Inside(string path)
        {
            if (RealPath(path).StartsWith(root, StringComparison.Ordinal))
            {
                return true;
            }

            outside.Add(path);
            return false;
        }

        var workbooks = Directory.EnumerateFiles(folder, "*.xlsx").Where(f => IsCooperative(Path.GetFileName(f)) && Inside(f));
        var ledgers = Directory.EnumerateDirectories(folder)
            .Where(d => !Path.GetFileName(d).StartsWith('.') && Inside(d))
            .Select(d => Path.Combine(d, "anggota.csv"))
            .Where(f => File.Exists(f) && Inside(f));
        IReadOnlyList<string> found = [.. workbooks.Concat(ledgers).Order(StringComparer.Ordinal)];
        skipped = [.. outside.Order(StringComparer.Ordinal)];
        return found;
    }

    /// <summary>The cooperatives of the folder (<see cref="Discover"/>), naming the links skipped; false, said, when there are none.</summary>
    public static bool TryDiscover(string folder, CliConsole console, out IReadOnlyList<string> cooperatives)
    {
        cooperatives = Discover(folder, out var skipped);
        foreach (var link in skipped)
        {
            console.Error.WriteLine(console.Text.Format(TextKeys.LinkSkipped, link));
        }

        if (cooperatives.Count == 0)
        {
            console.Error.WriteLine(console.Text.Format(TextKeys.NoCooperatives, folder));
            return false;
        }

        return true;
    }

    private static bool IsCooperative(string name) =>
        !name.StartsWith('.') && !name.StartsWith("~$", StringComparison.Ordinal)
        && !name.EndsWith(".hasil.xlsx", StringComparison.OrdinalIgnoreCase)
        && !name.EndsWith(".banding.xlsx", StringComparison.OrdinalIgnoreCase)
        && !string.Equals(name, "rekap.xlsx", StringComparison.OrdinalIgnoreCase)
        && !name.StartsWith("rekap-", StringComparison.OrdinalIgnoreCase);

    // The path with every link on the way resolved: where the data really is.
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var info = Directory.Exists(full) ? (FileSystemInfo)new DirectoryInfo(full) : new FileInfo(full);
        var target = info.LinkTarget is null ? null : info.ResolveLinkTarget(returnFinalTarget: true);
        var resolved = target?.FullName ?? full;
        var parent = Path.GetDirectoryName(resolved);
        return parent is null || parent == resolved ? resolved : Path.Combine(RealPath(parent), Path.GetFileName(resolved));
    }

    private static CooperativeSummary Compute(string members, string folder, NumberCulture culture, CliConsole console, bool redact)
    {
        var text = console.Text;
        var language = text.Language;
        var name = Path.GetRelativePath(folder, members);
        try
        {
            var (inputs, computed, errors) = ReadAndCompute(members, culture, console);
            if (computed is not { } result)
            {
                return Failed(name, inputs.Policy, errors, language);
            }

            var output = AllocateCommand.DefaultOutput(members);
            var context = new ResultContext(inputs.Files, language) { Redact = redact, Culture = inputs.Culture };
            if (ShuInputReader.IsWorkbook(output))
            {
                ResultWriter.WriteWorkbook(result, output, context, cancellationToken: console.Token);
            }
            else
            {
                ResultWriter.WriteCsv(result, output, context, cancellationToken: console.Token);
            }

            return Succeeded(name, result, Path.GetRelativePath(folder, output));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new CooperativeSummary(name, null, null, false, 0, 0, 0, 0, 0, 0, 0, 0, 0, text.Reason(e), null);
        }
    }

    /// <summary>
    /// One cooperative of a folder read and computed on one thread: its result, or the errors (located) that stop it,
    /// as <c>hitung</c>, <c>periksa</c> and <c>verifikasi</c> of a folder all need it.
    /// </summary>
    internal static (ShuInputs Inputs, ShuResult? Result, IReadOnlyList<Validation.Issue> Errors) ReadAndCompute(string members, NumberCulture culture, CliConsole console)
    {
        var inputs = ShuInputReader.Read(members, culture: culture, cancellationToken: console.Token);
        var (result, errors, _) = inputs.Compute(OneThreadEach);
        return (inputs, result, errors);
    }

    /// <summary>The first error, and how many more: what a roll-up's row says of a cooperative that could not be computed.</summary>
    internal static string? Problem(IReadOnlyList<Validation.Issue> errors, Language language) =>
        errors.Count == 0 ? null : errors[0].Describe(language) + (errors.Count > 1 ? $" (+{errors.Count - 1})" : string.Empty);

    /// <summary>The village funds' share of the SHU, down the fund tree (as the audit's 20% rule counts it).</summary>
    internal static decimal VillagePercent(ShuResult result) => result.Funds.Where(f => f.IsVillage && !f.IsParent).Sum(f => f.PercentOfShu);

    private static CooperativeSummary Succeeded(string name, ShuResult result, string output)
    {
        var village = result.Funds.Where(f => f.IsVillage && !f.IsParent).ToList();
        return new CooperativeSummary(
            name,
            result.Policy.Cooperative,
            result.Policy.Year,
            true,
            result.Shu,
            result.Reserve.Amount,
            village.Sum(f => f.Amount),
            VillagePercent(result),
            result.Pools.Sum(p => p.Distributed),
            result.Members.Count,
            result.MembersPaid,
            result.Checks.Count(c => c.Passed),
            result.Checks.Count,
            null,
            output);
    }

    private static CooperativeSummary Failed(string name, Policies.ShuPolicy? policy, IReadOnlyList<Validation.Issue> errors, Language language) =>
        new(name, policy?.Cooperative, policy?.Year, false, policy?.TotalShu ?? 0, 0, 0, 0, 0, 0, 0, 0, 0, Problem(errors, language), null);
}
