using System.CommandLine;
using Kopdes.Shu.IO.Results;
using Kopdes.Shu.IO.Verification;

namespace Kopdes.Shu.Cli.Commands;

/// <summary><c>verifikasi</c> / <c>verify</c>: recompute from the inputs and report every difference with a result file.</summary>
internal static class VerifyCommand
{
    private const int Shown = 20;

    public static Command Create(Text text, Func<ParseResult, CliConsole> console)
    {
        var options = new CommonOptions(text);
        var result = new Option<string?>("--result", "--hasil") { Description = text[TextKeys.ResultOption], HelpName = "FILE" };
        var output = new Option<string?>("--out", "--selisih") { Description = text[TextKeys.DifferencesOutOption], HelpName = "FILE" };
        var journal = new Option<string?>("--journal", "--jurnal") { Description = text[TextKeys.VerifyJournalOption], HelpName = "FILE" };
        var command = new Command("verifikasi", text[TextKeys.VerifyDescription]) { options.Members, options.Policy, options.Balances, result, journal, output, options.Culture };
        command.Aliases.Add("verify");
        command.SetAction(parse =>
        {
            var cli = console(parse);
            var members = parse.GetValue(options.Members)!;
            if (Directory.Exists(members))
            {
                return options.TryReadCulture(parse, cli, out var culture)
                    ? FolderCheck.Run(members, audit: false, lastYear: null, culture, redact: false, cli)
                    : ExitCodes.Usage;
            }

            return Run(parse, options, parse.GetValue(result), parse.GetValue(journal), parse.GetValue(output), cli);
        });
        return command;
    }

    private static int Run(ParseResult parse, CommonOptions options, string? resultPath, string? journalPath, string? output, CliConsole console)
    {
        var (inputs, expected, exit) = InputLoader.Compute(parse, options, console);
        if (expected is null)
        {
            return exit;
        }

        resultPath ??= AllocateCommand.DefaultOutput(parse.GetValue(options.Members)!);
        if (output is not null && !ResultFiles.HasExtension(console, output, ".xlsx", ".csv"))
        {
            return ExitCodes.Usage;
        }

        var text = console.Text;
        var context = new ResultContext(inputs!.Files, text.Language);
        var verification = ResultVerifier.Verify(expected, context, resultPath, console.Token);
        if (journalPath is not null)
        {
            // The journal's differences and problems are told with the result's, each naming its file.
            var journal = ResultVerifier.VerifyJournal(expected, context, journalPath, console.Token);
            verification = new Verification(
                [.. verification.Differences, .. journal.Differences], verification.InputsChanged, [.. verification.Issues, .. journal.Issues]);
        }

        if (verification.Issues.Count > 0)
        {
            InputLoader.PrintErrors(console, verification.Issues);
            return ExitCodes.InputErrors;
        }

        foreach (var changed in verification.InputsChanged)
        {
            console.Out.WriteLine(text.Format(TextKeys.VerifyInputChanged, changed.Key["sha256:".Length..]));
        }

        if (output is not null && ResultFiles.Write(console, [output], [.. inputs.Files.Select(f => f.Path), .. ResultFiles.ResultPaths(resultPath), .. new[] { journalPath }.OfType<string>()], () => verification.WriteDifferences(output, text.Language, inputs.Culture, console.Token)) is var written and not ExitCodes.Done)
        {
            return written;
        }

        if (verification.Agrees)
        {
            console.Out.WriteLine(text.Format(TextKeys.VerifyAgrees, resultPath, expected.Members.Count, expected.Funds.Count));
            if (journalPath is not null)
            {
                console.Out.WriteLine(text.Format(TextKeys.VerifyJournalAgrees, journalPath));
            }

            return ExitCodes.Done;
        }

        console.Out.WriteLine(text.Format(TextKeys.VerifyDiffers, resultPath, verification.Differences.Count));
        foreach (var difference in verification.Differences.Take(Shown))
        {
            console.Out.WriteLine("- " + difference.Describe(text.Language));
        }

        if (verification.Differences.Count > Shown)
        {
            console.Out.WriteLine(text.Format(TextKeys.VerifyMore, verification.Differences.Count - Shown));
        }

        return ExitCodes.Differs;
    }
}
