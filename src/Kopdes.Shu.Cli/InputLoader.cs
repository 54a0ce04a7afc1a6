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

        if (!inputs.HasErrors)
        {
            console.Progress(TextKeys.Computing, inputs.Ledger!.Count);
        }

        var (result, errors, warnings) = inputs.Compute();
        if (result is null)
        {
            PrintErrors(console, errors);
            return (inputs.HasErrors ? null : inputs, null, ExitCodes.InputErrors);
        }

        PrintWarnings(console, warnings);
        return (inputs, result, ExitCodes.Done);
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
