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

            var typed = parse.GetValue(member)!;
            var id = Find(result.Ledger, typed, out var candidates);
            if (id is null)
            {
                cli.Error.WriteLine(cli.Text.Format(TextKeys.UnknownMember, typed)
                    + (candidates.Count == 0 ? string.Empty : " " + cli.Text.Format(TextKeys.DidYouMean, string.Join(", ", candidates))));
                return ExitCodes.Usage;
            }

            cli.Out.Write(result.Explain(id).ToText(cli.Text.Language));
            return ExitCodes.Done;
        });
        return command;
    }

    /// <summary>
    /// The member id meant: the id as typed, or the one id equal to it when case, spaces, <c>-</c> and <c>_</c> are
    /// ignored (<c>kmp 00002</c> is <c>KMP-00002</c>). Otherwise null, with the ids it could be (several equal
    /// loosely: none is chosen) or the nearest ids (a slip).
    /// </summary>
    private static string? Find(Ledger.MemberLedger ledger, string typed, out IReadOnlyList<string> candidates)
    {
        candidates = [];
        if (ledger.IndexOf(typed) >= 0)
        {
            return typed;
        }

        var ids = Enumerable.Range(0, ledger.Count).Select(i => ledger[i].Id);
        var loose = Kopdes.Shu.Text.Spelling.Loose(typed);
        var equal = ids.Where(id => Kopdes.Shu.Text.Spelling.Loose(id) == loose).Take(5).ToList();
        if (equal.Count == 1)
        {
            return equal[0];
        }

        candidates = equal.Count > 1 ? equal : Kopdes.Shu.Text.Spelling.NearestFew(typed, ids, 3);
        return null;
    }
}
