using System.CommandLine;

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
        var (inputs, exit) = InputLoader.Open(parse, options, console);
        if (inputs is null)
        {
            return exit;
        }

        var issues = inputs.AllIssues();
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
