using System.CommandLine;
using Kopdes.Shu.Analysis;
using Kopdes.Shu.IO;
using Kopdes.Shu.IO.Results;
using Kopdes.Shu.Money;
using Kopdes.Shu.Results;

namespace Kopdes.Shu.Cli.Commands;

/// <summary><c>bandingkan</c> / <c>compare</c>: two or more policies on one ledger, member by member.</summary>
internal static class CompareCommand
{
    public static Command Create(Text text, Func<ParseResult, CliConsole> console)
    {
        var options = new CommonOptions(text);
        var policies = new Option<string[]>("--policy", "--kebijakan") { Description = text[TextKeys.ComparePolicyOption], HelpName = "FILE" };
        var output = new Option<string?>("--out", "--hasil") { Description = text[TextKeys.CompareOutOption], HelpName = "FILE" };
        var command = new Command("bandingkan", text[TextKeys.CompareDescription]) { options.Members, policies, options.Balances, output, options.Redact, options.Culture };
        command.Aliases.Add("compare");
        command.SetAction(parse => Run(parse, options, parse.GetValue(policies) ?? [], parse.GetValue(output), console(parse)));
        return command;
    }

    private static int Run(ParseResult parse, CommonOptions options, string[] policies, string? output, CliConsole console)
    {
        var text = console.Text;
        var members = parse.GetValue(options.Members)!;
        // A members workbook holds its own policy: that one is the baseline unless two files are named.
        string?[] sources = ShuInputReader.IsWorkbook(members) && policies.Length < 2 ? [null, .. policies] : [.. policies];
        if (sources.Length < 2)
        {
            console.Error.WriteLine(text[TextKeys.CompareNeedsTwo]);
            return ExitCodes.Usage;
        }

        // One calculation a policy, each read, checked and reported exactly as hitung does it.
        var results = new List<(string Name, ShuResult Result)>();
        var inputFiles = new HashSet<string>(StringComparer.Ordinal);
        var culture = NumberCulture.International;
        foreach (var source in sources)
        {
            var (inputs, result, exit) = InputLoader.Compute(parse, options, console, source);
            if (result is null)
            {
                return exit;
            }

            inputFiles.UnionWith(inputs!.Files.Select(f => f.Path));
            culture = inputs.Culture;
            var name = source is null ? "kebijakan" : Path.GetFileNameWithoutExtension(source);
            results.Add((results.Any(r => r.Name == name) ? $"{name}#{results.Count + 1}" : name, result));
        }

        var comparison = PolicyComparison.Of(results);
        var target = output ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(members))!, Path.GetFileNameWithoutExtension(members) + ".banding.xlsx");
        if (!ResultFiles.HasExtension(console, target, ".xlsx", ".csv"))
        {
            return ExitCodes.Usage;
        }

        var targets = ComparisonWriter.Paths(target);
        if (ResultFiles.Write(console, targets, inputFiles, () => ComparisonWriter.Write(comparison, target, parse.GetValue(options.Redact), culture, console.Token)) is var written and not ExitCodes.Done)
        {
            return written;
        }

        var language = text.Language;
        foreach (var s in comparison.Summaries)
        {
            console.Out.WriteLine(text.Format(
                TextKeys.CompareSummaryLine, s.Policy, s.Baseline, s.Gain, s.Lose, s.Same,
                NumberText.Rupiah(s.MedianDifference, language),
                $"{NumberText.Rupiah(s.SmallestDifference, language)} ({s.SmallestMember})",
                $"{NumberText.Rupiah(s.LargestDifference, language)} ({s.LargestMember})"));
        }

        console.Out.WriteLine(text.Format(TextKeys.CompareWritten, string.Join(", ", targets)));
        return ExitCodes.Done;
    }
}
