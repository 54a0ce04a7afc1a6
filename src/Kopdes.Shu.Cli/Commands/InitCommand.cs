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
            var (policy, synthetic, balances) = SyntheticCooperative.Generate(5, seed: 17, cooperative: "Koperasi Kelurahan Merah Putih (isi nama koperasi)");
            var ledger = Clean(synthetic, policy);
            return CreatedFiles.Create(cli, targets, () =>
            {
                InputWriter.WriteWorkbook(workbook, policy, ledger, policy.Year!.Value, balances, cli.Token);
                InputWriter.WriteCsv(csv, policy, ledger, policy.Year!.Value, balances, cancellationToken: cli.Token);
            });
        });
        return command;
    }

    // The template runs clean, so that a first warning is about the treasurer's own data: its members who may not
    // share in the SHU (a candidate, an extraordinary member) have no purchases to be warned about.
    private static Ledger.MemberLedger Clean(Ledger.MemberLedger ledger, Policies.ShuPolicy policy)
    {
        var builder = new Ledger.MemberLedgerBuilder(ledger.Columns);
        for (var i = 0; i < ledger.Count; i++)
        {
            var member = ledger[i];
            builder.Add(policy.Eligible.Contains(member.Status)
                ? member
                : member with { Amounts = member.Amounts.ToDictionary(a => a.Key, a => Ledger.ColumnNames.IsTransactions(a.Key) ? 0m : a.Value) });
        }

        return builder.Build();
    }
}
