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
                : Fail(result, text, 10_000_000),
        };
        var seed = new Option<int>("--seed", "--benih") { Description = text[TextKeys.SeedOption], DefaultValueFactory = _ => 2025 };
        var output = new Option<string>("--out", "--hasil") { Description = text[TextKeys.GenerateOutOption], DefaultValueFactory = _ => "contoh.xlsx", HelpName = "FILE" };
        var name = new Option<string>("--name", "--nama") { Description = text[TextKeys.NameOption], DefaultValueFactory = _ => "Koperasi Kelurahan Merah Putih Contoh" };
        var cooperatives = new Option<int>("--cooperatives", "--koperasi")
        {
            Description = text[TextKeys.CooperativesOption],
            HelpName = "K",
            DefaultValueFactory = _ => 1,
            CustomParser = result => int.TryParse(result.Tokens.Single().Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var k) && k is >= 1 and <= 100_000
                ? k
                : Fail(result, text, 100_000),
        };
        var command = new Command("contoh", text[TextKeys.GenerateDescription]) { count, seed, output, name, cooperatives };
        command.Aliases.Add("generate");
        command.SetAction(parse =>
        {
            var cli = console(parse);
            var target = parse.GetValue(output)!;
            if (parse.GetValue(cooperatives) > 1)
            {
                return GenerateMany(cli, target, parse.GetValue(cooperatives), parse.GetValue(count), parse.GetValue(seed), parse.GetValue(name)!);
            }

            if (!ResultFiles.HasExtension(cli, target, ".xlsx", ".csv"))
            {
                return ExitCodes.Usage;
            }

            // Twelve balance rows a member outgrow a sheet beyond about 87,000 members; the generated policy
            // weighs year-end savings, so such cooperatives get no balances (in either format, for one rule).
            var members = parse.GetValue(count);
            var withBalances = members * 12L <= InputWriter.MaxSheetRows;
            var workbook = ShuInputReader.IsWorkbook(target);
            var directory = Path.GetDirectoryName(Path.GetFullPath(target))!;
            string[] targets = workbook ? [target]
                : withBalances ? [target, Path.Combine(directory, ShuInputReader.DefaultPolicyFile), Path.Combine(directory, "saldo.csv")]
                : [target, Path.Combine(directory, ShuInputReader.DefaultPolicyFile)];
            cli.Progress(TextKeys.Writing, target);
            return CreatedFiles.Create(cli, targets, () =>
            {
                var (policy, ledger, balances) = SyntheticCooperative.Generate(members, parse.GetValue(seed), cooperative: parse.GetValue(name)!, withBalances: withBalances);
                if (workbook)
                {
                    InputWriter.WriteWorkbook(target, policy, ledger, policy.Year!.Value, balances, cli.Token);
                }
                else
                {
                    InputWriter.WriteCsv(target, policy, ledger, policy.Year!.Value, balances, cancellationToken: cli.Token);
                }
            });
        });
        return command;
    }

    /// <summary>A folder of K workbooks, one cooperative each (seeds S+1 .. S+K), for trying a whole city in one run.</summary>
    private static int GenerateMany(CliConsole cli, string folder, int cooperatives, int members, int seed, string name)
    {
        Directory.CreateDirectory(folder);
        var paths = Enumerable.Range(1, cooperatives).Select(i => Path.Combine(folder, $"koperasi-{i:D5}.xlsx")).ToArray();
        if (paths.FirstOrDefault(File.Exists) is { } existing)
        {
            cli.Error.WriteLine(cli.Text.Format(TextKeys.FileExists, existing));
            return ExitCodes.Usage;
        }

        try
        {
            using var scan = IO.Files.AtomicFiles.ScanOnce();
            Parallel.For(0, cooperatives, new ParallelOptions { CancellationToken = cli.Token }, i =>
            {
                var (policy, ledger, balances) = SyntheticCooperative.Generate(members, seed + i + 1, cooperative: $"{name} {i + 1:D5}", withBalances: members * 12L <= InputWriter.MaxSheetRows);
                InputWriter.WriteWorkbook(paths[i], policy, ledger, policy.Year!.Value, balances, cli.Token);
            });
        }
        catch (AggregateException e) when (e.InnerException is IOException or UnauthorizedAccessException)
        {
            cli.Error.WriteLine(cli.Text.Format(TextKeys.WriteFailed, folder, cli.Text.Reason(e.InnerException)));
            return ExitCodes.IoFailure;
        }

        cli.Out.WriteLine(cli.Text.Format(TextKeys.Generated, $"{folder} ({cooperatives} x {members})"));
        return ExitCodes.Done;
    }

    // The option as the run's language names it, and its range.
    private static int Fail(System.CommandLine.Parsing.ArgumentResult result, Text text, int most)
    {
        var option = ((System.CommandLine.Parsing.OptionResult)result.Parent!).Option;
        result.AddError(text.Language == Language.English
            ? $"{Help.Name(option, text.Language)} must be a whole number from 1 to {most.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}."
            : $"{Help.Name(option, text.Language)} harus bilangan bulat dari 1 sampai {most.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("id-ID"))}.");
        return 0;
    }
}
