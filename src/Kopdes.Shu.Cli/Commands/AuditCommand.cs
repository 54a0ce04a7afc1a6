using System.CommandLine;
using Kopdes.Shu.Analysis;
using Kopdes.Shu.Engine;
using Kopdes.Shu.IO;
using Kopdes.Shu.IO.Results;
using Kopdes.Shu.IO.Verification;
using Kopdes.Shu.Results;

namespace Kopdes.Shu.Cli.Commands;

/// <summary><c>periksa</c> / <c>audit</c>: the cooperatives office's checks, each flag with its reason and rows.</summary>
internal static class AuditCommand
{
    private const int ShownMembers = 10;

    public static Command Create(Text text, Func<ParseResult, CliConsole> console)
    {
        var options = new CommonOptions(text);
        var result = new Option<string?>("--result", "--hasil") { Description = text[TextKeys.AuditResultOption], HelpName = "FILE" };
        var output = new Option<string?>("--out", "--temuan") { Description = text[TextKeys.AuditOutOption], HelpName = "FILE" };
        var lastYear = new Option<string?>("--last-year", "--tahun-lalu") { Description = text[TextKeys.LastYearOption], HelpName = "FILE" };
        var command = new Command("periksa", text[TextKeys.AuditDescription]) { options.Members, options.Policy, options.Balances, result, output, lastYear, options.Redact, options.Culture };
        command.Aliases.Add("audit");
        command.SetAction(parse =>
        {
            var cli = console(parse);
            var members = parse.GetValue(options.Members)!;
            if (Directory.Exists(members))
            {
                return options.TryReadCulture(parse, cli, out var culture)
                    ? FolderCheck.Run(members, audit: true, parse.GetValue(lastYear), culture, parse.GetValue(options.Redact), cli)
                    : ExitCodes.Usage;
            }

            return Run(parse, options, parse.GetValue(result), parse.GetValue(output), parse.GetValue(lastYear), cli);
        });
        return command;
    }

    private static int Run(ParseResult parse, CommonOptions options, string? resultPath, string? output, string? lastYear, CliConsole console)
    {
        if (output is not null && !ResultFiles.HasExtension(console, output, ".xlsx", ".csv"))
        {
            return ExitCodes.Usage;
        }

        var (inputs, exit) = InputLoader.Open(parse, options, console);
        if (inputs is null)
        {
            return exit;
        }

        // Inputs that cannot be read as they stand are findings in themselves: the checks that need no calculation
        // (duplicate ids and NIK, the policy's funds) still show what they find, the errors are listed, and the
        // exit is 1, never "nothing flagged" on data nobody could check. Nothing is written.
        var text = console.Text;
        var errors = inputs.AllIssues().Where(i => i.IsError).ToList();
        if (errors.Count > 0)
        {
            if (inputs.Ledger is not null)
            {
                Print(console, [.. CooperativeAudit.Run(inputs.Policy, inputs.Ledger, null, inputs.NationalIds)], inputs, parse.GetValue(options.Redact), complete: false);
            }

            InputLoader.PrintErrors(console, errors);
            return ExitCodes.InputErrors;
        }

        var computed = ShuCalculator.Calculate(inputs.Policy!, inputs.Ledger!, inputs.Balances).GetResultOrThrow();
        var flags = CooperativeAudit.Run(inputs.Policy, inputs.Ledger!, computed, inputs.NationalIds).ToList();
        resultPath ??= AllocateCommand.DefaultOutput(parse.GetValue(options.Members)!) is var standard && File.Exists(standard) ? standard : null;
        if (resultPath is not null)
        {
            flags.AddRange(ResultAudit.Flags(computed, ResultVerifier.Verify(computed, new ResultContext(inputs.Files, text.Language), resultPath, console.Token), resultPath));
        }

        if (lastYear is not null)
        {
            if (!File.Exists(lastYear))
            {
                console.Error.WriteLine(text.Format(TextKeys.InputNotFound, lastYear));
                return ExitCodes.Usage;
            }

            flags.AddRange(YearOverYear.Run(computed, LastYearReader.Read(lastYear, computed.Policy, console.Token)));
        }

        IReadOnlyList<string> read = [.. inputs.Files.Select(f => f.Path), .. resultPath is null ? [] : ResultFiles.ResultPaths(resultPath)];
        if (output is not null
            && ResultFiles.Write(console, [output], read, () => AuditTable.Write(output, flags, inputs, text.Language, parse.GetValue(options.Redact), inputs.Culture, console.Token)) is var written and not ExitCodes.Done)
        {
            return written;
        }

        Print(console, flags, inputs, parse.GetValue(options.Redact));
        return flags.Count == 0 ? ExitCodes.Done : ExitCodes.Differs;
    }

    private static void Print(CliConsole console, IReadOnlyList<AuditFlag> flags, ShuInputs inputs, bool redact, bool complete = true)
    {
        var text = console.Text;
        foreach (var flag in flags)
        {
            console.Out.WriteLine($"[{flag.Code}] {flag.Reason(text.Language)}");
            foreach (var index in flag.Members.Take(ShownMembers))
            {
                var member = inputs.Ledger![index];
                var nik = inputs.NationalIds?[index] is { Length: > 0 } id ? $", NIK {Redaction.NationalId(id)}" : string.Empty;
                var row = inputs.RowOf(index) is { } r ? $" ({text[TextKeys.RowWord]} {r})" : string.Empty;
                console.Out.WriteLine($"  - {member.Id} {(redact ? Redaction.Name(member.Name) : member.Name)}{nik}{row}");
            }

            if (flag.Members.Count > ShownMembers)
            {
                console.Out.WriteLine("  " + text.Format(TextKeys.AuditMoreMembers, flag.Members.Count - ShownMembers));
            }
        }

        if (complete)
        {
            console.Out.WriteLine(flags.Count == 0 ? text[TextKeys.AuditClean] : text.Format(TextKeys.AuditFlagged, flags.Count));
        }
    }
}
