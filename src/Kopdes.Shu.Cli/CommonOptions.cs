using System.CommandLine;
using Kopdes.Shu.IO;

namespace Kopdes.Shu.Cli;

/// <summary>The arguments and options several commands share, described in the chosen language.</summary>
internal sealed class CommonOptions(Text text)
{
    public Argument<string> Members { get; } = new("MEMBERS") { Description = text[TextKeys.MembersArgument] };

    public Option<string?> Policy { get; } = new("--policy", "--kebijakan") { Description = text[TextKeys.PolicyOption], HelpName = "FILE" };

    public Option<string?> Balances { get; } = new("--balances", "--saldo") { Description = text[TextKeys.BalancesOption], HelpName = "FILE" };

    public Option<bool> Redact { get; } = new("--redact", "--samarkan") { Description = text[TextKeys.RedactOption] };

    public Option<string?> Culture { get; } = new("--culture", "--budaya") { Description = text[TextKeys.CultureOption], HelpName = "id-ID|en" };

    /// <summary>The <c>--culture</c> of the command line; on a value it does not know, says so and gives false.</summary>
    public bool TryReadCulture(ParseResult parse, CliConsole console, out NumberCulture culture)
    {
        if (TryCulture(parse.GetValue(Culture), out culture))
        {
            return true;
        }

        console.Error.WriteLine(console.Text.Format(TextKeys.BadCulture, parse.GetValue(Culture)!));
        return false;
    }

    public static bool TryCulture(string? value, out NumberCulture culture)
    {
        culture = NumberCulture.Auto;
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "" or "auto":
                return true;
            case "id" or "id-id" or "indonesia" or "indonesian":
                culture = NumberCulture.Indonesian;
                return true;
            case "en" or "en-us" or "en-gb" or "invariant" or "international":
                culture = NumberCulture.International;
                return true;
            default:
                return false;
        }
    }
}
