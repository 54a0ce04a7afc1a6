using System.CommandLine;
using Kopdes.Shu.IO.Inputs;

namespace Kopdes.Shu.Cli.Commands;

/// <summary><c>templat</c> / <c>init</c>: a workbook and CSV + JSON to start from, with a typical Kopdes policy.</summary>
internal static class InitCommand
{
    public static Command Create(Text text, Func<ParseResult, CliConsole> console)
    {
        var directory = new Argument<string>("DIR") { Description = text[TextKeys.DirArgument], DefaultValueFactory = _ => "." };
        var command = new Command("templat", text[TextKeys.InitDescription]) { directory };
        command.Aliases.Add("init");
        command.SetAction(parse =>
        {
            var cli = console(parse);
            var folder = parse.GetValue(directory)!;
            var workbook = Path.Combine(folder, "anggota.xlsx");
            var csv = Path.Combine(folder, "anggota.csv");
            var targets = new[] { workbook, csv, Path.Combine(folder, "kebijakan.json"), Path.Combine(folder, "saldo.csv") };
            var (policy, ledger, balances) = Template.Create();
            return CreatedFiles.Create(cli, targets, () =>
            {
                InputWriter.WriteWorkbook(workbook, policy, ledger, policy.Year!.Value, balances, cli.Token);
                InputWriter.WriteCsv(csv, policy, ledger, policy.Year!.Value, balances, cancellationToken: cli.Token);
            });
        });
        return command;
    }
}
