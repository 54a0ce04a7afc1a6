using System.CommandLine;
using Kopdes.Shu.IO;
using Kopdes.Shu.IO.Results;
using Kopdes.Shu.Money;
using Kopdes.Shu.Results;

namespace Kopdes.Shu.Cli.Commands;

/// <summary><c>hitung</c> / <c>allocate</c>: read, compute, write the result beside the input, print a summary.</summary>
internal static class AllocateCommand
{
    public static Command Create(Text text, Func<ParseResult, CliConsole> console)
    {
        var options = new CommonOptions(text);
        var output = new Option<string?>("--out", "--hasil") { Description = text[TextKeys.OutOption], HelpName = "FILE" };
        var report = new Option<string?>("--report", "--laporan") { Description = text[TextKeys.ReportOption], HelpName = "FILE.html" };
        var date = new Option<string?>("--date", "--tanggal") { Description = text[TextKeys.DateOption], HelpName = "YYYY-MM-DD" };
        var journal = new Option<string?>("--journal", "--jurnal") { Description = text[TextKeys.JournalOption], HelpName = "FILE" };
        var command = new Command("hitung", text[TextKeys.AllocateDescription]) { options.Members, options.Policy, options.Balances, output, report, journal, date, options.Redact, options.Culture };
        command.Aliases.Add("allocate");
        command.SetAction(parse => Run(parse, options, parse.GetValue(output), parse.GetValue(report), parse.GetValue(journal), parse.GetValue(date), console(parse)));
        return command;
    }

    /// <summary>The default result path: <c>anggota.xlsx</c> gives <c>anggota.hasil.xlsx</c>, <c>anggota.csv</c> gives <c>anggota.hasil.csv</c>.</summary>
    public static string DefaultOutput(string members)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(members))!;
        var extension = ShuInputReader.IsWorkbook(members) ? ".xlsx" : ".csv";
        return Path.Combine(directory, Path.GetFileNameWithoutExtension(members) + ".hasil" + extension);
    }

    private static int Run(ParseResult parse, CommonOptions options, string? output, string? report, string? journal, string? date, CliConsole console)
    {
        var calculatedOn = DateOnly.FromDateTime(DateTime.Now);
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out calculatedOn))
        {
            console.Error.WriteLine(console.Text.Format(TextKeys.BadDate, date));
            return ExitCodes.Usage;
        }

        var members = parse.GetValue(options.Members)!;
        if (Directory.Exists(members))
        {
            return options.TryReadCulture(parse, console, out var culture)
                ? BatchAllocate.Run(members, culture, parse.GetValue(options.Redact), console)
                : ExitCodes.Usage;
        }

        var (inputs, result, exit) = InputLoader.Compute(parse, options, console);
        if (result is null)
        {
            return exit;
        }

        var target = output ?? DefaultOutput(parse.GetValue(options.Members)!);
        if (!ResultFiles.HasExtension(console, target, ".xlsx", ".csv") || (report is not null && !ResultFiles.HasExtension(console, report, ".html", ".htm"))
            || (journal is not null && !ResultFiles.HasExtension(console, journal, ".xlsx", ".csv")))
        {
            return ExitCodes.Usage;
        }

        IReadOnlyList<string> targets =
            [.. ShuInputReader.IsWorkbook(target) ? [target] : ResultWriter.CsvPaths(target), .. Partners(result, target), .. report is null ? Array.Empty<string>() : [report], .. journal is null ? Array.Empty<string>() : [journal]];
        console.Progress(TextKeys.Writing, target);
        var context = new ResultContext(inputs!.Files, console.Text.Language) { Redact = parse.GetValue(options.Redact), Culture = inputs.Culture, CalculatedOn = calculatedOn };
        var written = ResultFiles.Write(console, targets, inputs.Files.Select(f => f.Path), () =>
        {
            if (ShuInputReader.IsWorkbook(target))
            {
                ResultWriter.WriteWorkbook(result, target, context, report, console.Token);
            }
            else
            {
                ResultWriter.WriteCsv(result, target, context, report, console.Token);
            }

            if (journal is not null)
            {
                ResultWriter.WriteJournal(result, journal, context, console.Token);
            }
        });
        if (written != ExitCodes.Done)
        {
            return written;
        }

        PrintSummary(result, targets, console);
        return ExitCodes.Done;
    }

    // A CSV result with capital partners has a fourth file, their table.
    private static string[] Partners(ShuResult result, string target) =>
        result.Partners.Count > 0 && !ShuInputReader.IsWorkbook(target) ? [ResultWriter.PartnersCsvPath(ResultWriter.CsvPaths(target)[0])] : [];

    private static void PrintSummary(ShuResult result, IReadOnlyList<string> written, CliConsole console)
    {
        var text = console.Text;
        var language = text.Language;
        var output = console.Out;
        output.WriteLine(text.Format(TextKeys.SummaryTitle, result.Policy.Cooperative ?? "-", result.Policy.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"));
        output.WriteLine($"{text[TextKeys.SummaryShu]}: {NumberText.Rupiah(result.Shu, language)}");
        if (result.IsLoss)
        {
            output.WriteLine(text.Format(TextKeys.SummaryLoss, NumberText.Rupiah(result.Deficit, language)));
        }
        else if (result.Shu == 0)
        {
            output.WriteLine(text[TextKeys.SummaryZero]);
        }

        output.WriteLine(text[TextKeys.SummaryFunds]);
        foreach (var fund in result.Funds)
        {
            var label = $"{new string(' ', 2 + (fund.Depth * 2))}{fund.Name} ({NumberText.Percent(fund.Percent, language)})";
            output.WriteLine($"{label,-44} {NumberText.Rupiah(fund.Amount, language),20}");

            // A pool divided by the whole business: the part that is not the members', under it, as in the funds table.
            if (result.Pools.FirstOrDefault(p => p.Code == fund.Code && p.NonMember != 0) is { } pool)
            {
                var part = $"{new string(' ', 4 + (fund.Depth * 2))}{text.Format(TextKeys.SummaryNonMember, pool.NonMemberFund ?? string.Empty)}";
                output.WriteLine($"{part,-44} {NumberText.Rupiah(pool.NonMember, language),20}");
            }
        }

        output.WriteLine(text.Format(TextKeys.SummaryMembers, result.MembersPaid, result.Members.Count));
        output.WriteLine(text.Format(TextKeys.SummaryCash, NumberText.Rupiah(result.Totals.Cash, language), NumberText.Rupiah(result.Totals.ToVoluntarySavings, language)));
        if (result.Partners.Count > 0)
        {
            var where = ShuInputReader.IsWorkbook(written[0]) ? text.Format(TextKeys.SummaryPartnerSheet, written[0]) : ResultWriter.PartnersCsvPath(written[0]);
            output.WriteLine(text.Format(TextKeys.SummaryPartners, result.Partners.Count, NumberText.Rupiah(result.PartnerTotals.Net, language), where));
        }

        output.WriteLine(text.Format(TextKeys.SummaryChecks, result.Checks.Count(c => c.Passed), result.Checks.Count));
        output.WriteLine(text.Format(TextKeys.SummaryPerMember, ShuInputReader.IsWorkbook(written[0]) ? text.Format(TextKeys.SummaryPerMemberSheet, written[0]) : written[0]));
        output.WriteLine(text[TextKeys.SummaryWritten]);
        foreach (var path in written)
        {
            output.WriteLine("  " + path);
        }
    }
}
