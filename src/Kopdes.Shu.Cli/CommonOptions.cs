using System.CommandLine;
using Kopdes.Shu.IO;

namespace Kopdes.Shu.Cli;

/// <summary>The arguments and options several commands share, described in the chosen language.</summary>
internal sealed class CommonOptions(Text text)
{
    public Argument<string> Members { get; } = new("MEMBERS") { Description = text[TextKeys.MembersArgument] };

    public Option<string?> Policy { get; } = new("--policy", "--kebijakan") { Description = text[TextKeys.PolicyOption], HelpName = "FILE" };

    public Option<string?> Balances { get; } = new("--balances", "--saldo") { Description = text[TextKeys.BalancesOption], HelpName = "FILE" };

    public Option<string?> Culture { get; } = new("--culture", "--budaya") { Description = text[TextKeys.CultureOption], HelpName = "id-ID|en" };

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
