using System.CommandLine;
using Kopdes.Shu.IO;
using Kopdes.Shu.IO.Inputs;

namespace Kopdes.Shu.Cli.Commands;

/// <summary><c>contoh</c> / <c>generate</c>: a realistic synthetic cooperative.</summary>
internal static class GenerateCommand
{
    public static Command Create(Text text, Func<ParseResult, CliConsole> console)
    {
        var count = new Option<int>("--members", "--anggota")
        {
            Description = text[TextKeys.CountOption],
            Required = true,
            HelpName = "N",
            CustomParser = result => int.TryParse(result.Tokens.Single().Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 10_000_000
                ? n
                : Fail(result, text),
        };
        var seed = new Option<int>("--seed", "--benih") { Description = text[TextKeys.SeedOption], DefaultValueFactory = _ => 2025 };
        var output = new Option<string>("--out", "--hasil") { Description = text[TextKeys.GenerateOutOption], DefaultValueFactory = _ => "contoh.xlsx", HelpName = "FILE" };
        var name = new Option<string>("--name", "--nama") { Description = text[TextKeys.NameOption], DefaultValueFactory = _ => "Koperasi Kelurahan Merah Putih Contoh" };
        var command = new Command("contoh", text[TextKeys.GenerateDescription]) { count, seed, output, name };
        command.Aliases.Add("generate");
        command.SetAction(parse =>
        {
            var cli = console(parse);
            var target = parse.GetValue(output)!;
            var workbook = ShuInputReader.IsWorkbook(target);
            var directory = Path.GetDirectoryName(Path.GetFullPath(target))!;
            var targets = workbook ? [target] : new[] { target, Path.Combine(directory, ShuInputReader.DefaultPolicyFile), Path.Combine(directory, "saldo.csv") };
            if (parse.GetValue(count) * 12L > InputWriter.MaxSheetRows)
            {
                targets = [.. targets.Where(t => !t.EndsWith("saldo.csv", StringComparison.Ordinal))];
            }
            if (targets.FirstOrDefault(File.Exists) is { } existing)
            {
                cli.Error.WriteLine(cli.Text.Format(TextKeys.FileExists, existing));
                return ExitCodes.Usage;
            }

            // Twelve balance rows a member outgrow a sheet beyond about 87,000 members; the generated policy
            // weighs year-end savings, so such cooperatives get no balances (in either format, for one rule).
            var members = parse.GetValue(count);
            var withBalances = members * 12L <= InputWriter.MaxSheetRows;
            var (policy, ledger, balances) = SyntheticCooperative.Generate(members, parse.GetValue(seed), cooperative: parse.GetValue(name)!, withBalances: withBalances);
            cli.Progress(TextKeys.Writing, target);
            try
            {
                if (workbook)
                {
                    InputWriter.WriteWorkbook(target, policy, ledger, policy.Year!.Value, balances);
                }
                else
                {
                    InputWriter.WriteCsv(target, policy, ledger, policy.Year!.Value, balances);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                cli.Error.WriteLine(cli.Text.Format(TextKeys.WriteFailed, target, e.Message));
                return ExitCodes.IoFailure;
            }

            foreach (var path in targets)
            {
                cli.Out.WriteLine(cli.Text.Format(TextKeys.Generated, path));
            }

            return ExitCodes.Done;
        });
        return command;
    }

    private static int Fail(System.CommandLine.Parsing.ArgumentResult result, Text text)
    {
        result.AddError(text.Language == Language.English ? "--members must be a whole number from 1 to 10,000,000." : "--members harus bilangan bulat dari 1 sampai 10.000.000.");
        return 0;
    }
}
