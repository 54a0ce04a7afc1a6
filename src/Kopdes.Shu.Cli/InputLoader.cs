using System.CommandLine;
using Kopdes.Shu.Engine;
using Kopdes.Shu.IO;
using Kopdes.Shu.Results;
using Kopdes.Shu.Validation;

namespace Kopdes.Shu.Cli;

/// <summary>Reads the inputs of a command and computes, printing every problem with its location.</summary>
internal static class InputLoader
{
    /// <summary>Reads and computes; on any error prints them all and gives the exit code instead of a result.</summary>
    public static (ShuInputs? Inputs, ShuResult? Result, int ExitCode) Compute(ParseResult parse, CommonOptions options, CliConsole console) =>
        Compute(parse, options, console, parse.GetValue(options.Policy));

    /// <summary>The same with a policy file other than <c>--policy</c>'s (null: from the workbook, or beside the CSV).</summary>
    public static (ShuInputs? Inputs, ShuResult? Result, int ExitCode) Compute(ParseResult parse, CommonOptions options, CliConsole console, string? policy)
    {
        var (inputs, exit) = Open(parse, options, console, policy);
        if (inputs is null)
        {
            return (null, null, exit);
        }

        if (inputs.HasErrors)
        {
            PrintErrors(console, [.. AllIssues(inputs).Where(i => i.IsError)]);
            return (null, null, ExitCodes.InputErrors);
        }

        console.Progress(TextKeys.Computing, inputs.Ledger!.Count);
        var outcome = ShuCalculator.Calculate(inputs.Policy!, inputs.Ledger!, inputs.Balances);
        if (!outcome.Succeeded)
        {
            PrintErrors(console, [.. outcome.Errors.Select(inputs.Locate)]);
            return (inputs, null, ExitCodes.InputErrors);
        }

        PrintWarnings(console, [.. inputs.Issues.Where(i => !i.IsError).Concat(outcome.Warnings).Select(inputs.Locate)]);
        return (inputs, outcome.Result, ExitCodes.Done);
    }

    /// <summary>Checks the command line (culture, files) and reads the inputs, printing nothing about the data.</summary>
    public static (ShuInputs? Inputs, int ExitCode) Open(ParseResult parse, CommonOptions options, CliConsole console) =>
        Open(parse, options, console, parse.GetValue(options.Policy));

    private static (ShuInputs? Inputs, int ExitCode) Open(ParseResult parse, CommonOptions options, CliConsole console, string? policy)
    {
        if (!options.TryReadCulture(parse, console, out var culture))
        {
            return (null, ExitCodes.Usage);
        }

        var members = parse.GetValue(options.Members)!;
        foreach (var path in new[] { members, policy, parse.GetValue(options.Balances) })
        {
            if (path is not null && !File.Exists(path) && !Directory.Exists(path))
            {
                console.Error.WriteLine(console.Text.Format(TextKeys.InputNotFound, path));
                return (null, ExitCodes.Usage);
            }

            if (path is not null && IO.Files.FileKinds.IsSpecial(path))
            {
                console.Error.WriteLine(console.Text.Format(TextKeys.InputNotRegular, path));
                return (null, ExitCodes.Usage);
            }
        }

        console.Progress(TextKeys.Reading, members);
        return (ShuInputReader.Read(members, policy, parse.GetValue(options.Balances), culture, console.Token), ExitCodes.Done);
    }

    /// <summary>
    /// Every problem, errors and warnings: those found while reading and, when the policy and the table could be
    /// read at all, those of the calculation's own checks (105%, an unknown pool column), so a treasurer fixes
    /// everything in one go instead of one file at a time.
    /// </summary>
    public static IReadOnlyList<Issue> AllIssues(ShuInputs inputs)
    {
        var issues = inputs.Issues.ToList();
        if (inputs.Policy is null || inputs.Ledger is null)
        {
            return issues;
        }

        // The calculation repeats the ledger's and balances' own issues; the reader has them already, located.
        var known = new HashSet<Issue>(inputs.Ledger.Issues.Concat(inputs.Balances?.Issues ?? []), ReferenceEqualityComparer.Instance);
        issues.AddRange(ShuCalculator.Validate(inputs.Policy, inputs.Ledger, inputs.Balances).Where(i => !known.Contains(i)).Select(inputs.Locate));
        return issues;
    }

    public static void PrintErrors(CliConsole console, IReadOnlyList<Issue> errors)
    {
        console.Error.WriteLine(console.Text.Format(TextKeys.InputErrors, errors.Count));
        foreach (var error in errors)
        {
            console.Error.WriteLine("- " + error.Describe(console.Text.Language));
        }
    }

    public static void PrintWarnings(CliConsole console, IReadOnlyList<Issue> warnings)
    {
        if (warnings.Count == 0)
        {
            return;
        }

        console.Error.WriteLine(console.Text[TextKeys.Warnings]);
        foreach (var warning in warnings)
        {
            console.Error.WriteLine("- " + warning.Describe(console.Text.Language));
        }
    }
}
