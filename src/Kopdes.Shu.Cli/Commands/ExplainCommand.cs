using System.CommandLine;

namespace Kopdes.Shu.Cli.Commands;

/// <summary><c>jelaskan</c> / <c>explain</c>: one member's calculation in words and numbers.</summary>
internal static class ExplainCommand
{
    public static Command Create(Text text, Func<ParseResult, CliConsole> console)
    {
        var options = new CommonOptions(text);
        var member = new Option<string>("--member", "--anggota") { Description = text[TextKeys.MemberOption], Required = true, HelpName = "ID" };
        var command = new Command("jelaskan", text[TextKeys.ExplainDescription]) { options.Members, member, options.Policy, options.Balances, options.Culture };
        command.Aliases.Add("explain");
        command.SetAction(parse =>
        {
            var cli = console(parse);
            var (_, result, exit) = InputLoader.Compute(parse, options, cli);
            if (result is null)
            {
                return exit;
            }

            var id = parse.GetValue(member)!;
            if (result.Ledger.IndexOf(id) < 0)
            {
                cli.Error.WriteLine(cli.Text.Format(TextKeys.UnknownMember, id));
                return ExitCodes.Usage;
            }

            cli.Out.Write(result.Explain(id).ToText(cli.Text.Language));
            return ExitCodes.Done;
        });
        return command;
    }
}
