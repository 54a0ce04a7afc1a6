using System.CommandLine;
using Kopdes.Shu.Engine;

namespace Kopdes.Shu.Cli.Commands;

/// <summary><c>validasi</c> / <c>validate</c>: every problem in the inputs, nothing written.</summary>
internal static class ValidateCommand
{
    public static Command Create(Text text, Func<ParseResult, CliConsole> console)
    {
        var options = new CommonOptions(text);
        var command = new Command("validasi", text[TextKeys.ValidateDescription]) { options.Members, options.Policy, options.Balances, options.Culture };
        command.Aliases.Add("validate");
        command.SetAction(parse => Run(parse, options, console(parse)));
        return command;
    }

    private static int Run(ParseResult parse, CommonOptions options, CliConsole console)
    {
        if (!CommonOptions.TryCulture(parse.GetValue(options.Culture), out var culture))
        {
            console.Error.WriteLine(console.Text.Format(TextKeys.BadCulture, parse.GetValue(options.Culture)!));
            return ExitCodes.Usage;
        }

        var members = parse.GetValue(options.Members)!;
        if (!File.Exists(members))
        {
            console.Error.WriteLine(console.Text.Format(TextKeys.ReadFailed, members));
            return ExitCodes.Usage;
        }

        var inputs = IO.ShuInputReader.Read(members, parse.GetValue(options.Policy), parse.GetValue(options.Balances), culture);
        var issues = inputs.Issues.ToList();
        if (inputs.Policy is not null && inputs.Ledger is not null)
        {
            var known = issues.ToHashSet();
            issues.AddRange(ShuCalculator.Validate(inputs.Policy, inputs.Ledger, inputs.Balances).Select(inputs.Locate).Where(known.Add));
        }

        var errors = issues.Where(i => i.IsError).ToList();
        if (errors.Count > 0)
        {
            InputLoader.PrintErrors(console, errors);
        }

        InputLoader.PrintWarnings(console, [.. issues.Where(i => !i.IsError)]);
        console.Out.WriteLine(issues.Count == 0
            ? console.Text[TextKeys.NoProblems]
            : console.Text.Format(TextKeys.ProblemsFound, errors.Count, issues.Count - errors.Count));
        return errors.Count > 0 ? ExitCodes.InputErrors : ExitCodes.Done;
    }
}
