using System.CommandLine;
using System.CommandLine.Help;

namespace Kopdes.Shu.Cli;

/// <summary>
/// The tool's help, in the run's language from the headings down. (System.CommandLine's own help has English
/// headings and placeholders, and lists a command's names alphabetically.) Each language shows its own names:
/// Indonesian help <c>hitung</c> and <c>--hasil</c>, English help <c>allocate</c> and <c>--out</c>; both always work.
/// Commands are named in Indonesian with an English alias, options the other way round.
/// </summary>
internal static class Help
{
    /// <summary>Writes the help of <paramref name="command"/>.</summary>
    public static void Write(Command command, Text text, TextWriter output)
    {
        var language = text.Language;
        var en = language == Language.English;
        var path = string.Join(' ', Path(command).Select(c => c is RootCommand ? "kopdes-shu" : Name(c, language)));
        output.WriteLine(en ? "Description:" : "Deskripsi:");
        output.WriteLine("  " + command.Description);
        output.WriteLine();
        output.WriteLine(en ? "Usage:" : "Penggunaan:");
        var arguments = command.Arguments.Where(a => !a.Hidden).ToList();
        var usage = new List<string> { path };
        usage.AddRange(arguments.Select(a => $"<{Placeholder(a.HelpName ?? a.Name, language)}>"));
        if (command.Subcommands.Count > 0)
        {
            usage.Add(en ? "[command]" : "[perintah]");
        }

        usage.Add(en ? "[options]" : "[opsi]");
        output.WriteLine("  " + string.Join(' ', usage));

        if (arguments.Count > 0)
        {
            Section(output, en ? "Arguments:" : "Argumen:", arguments.Select(a => (
                $"<{Placeholder(a.HelpName ?? a.Name, language)}>",
                a.Description + Default(a.HasDefaultValue ? a.GetDefaultValue() : null, language))));
        }

        var options = command.Options.Concat(Path(command).SkipLast(1).SelectMany(c => c.Options).Where(o => o.Recursive)).Where(o => !o.Hidden).ToList();
        Section(output, en ? "Options:" : "Opsi:", options.Select(o => (Usage(o, language), OptionDescription(o, language))));
        if (command.Subcommands.Count > 0)
        {
            Section(output, en ? "Commands:" : "Perintah:", command.Subcommands.Where(c => !c.Hidden).Select(c => (
                string.Join(' ', [Name(c, language), .. c.Arguments.Select(a => $"<{Placeholder(a.HelpName ?? a.Name, language)}>")]),
                c.Description ?? string.Empty)));
            output.WriteLine();
            output.WriteLine(en
                ? "Every command and option also has an Indonesian name (kopdes-shu --help shows them)."
                : "Setiap perintah dan opsi juga punya nama dalam bahasa Inggris (lihat kopdes-shu --bahasa en --bantuan).");
        }
    }

    /// <summary>The name a command or option shows in a language.</summary>
    public static string Name(Symbol symbol, Language language) => symbol switch
    {
        Command command => language == Language.English ? command.Aliases.FirstOrDefault() ?? command.Name : command.Name,
        Option option => language == Language.English ? option.Name : option.Aliases.FirstOrDefault(a => a.StartsWith("--", StringComparison.Ordinal)) ?? option.Name,
        _ => symbol.Name,
    };

    private static IEnumerable<Command> Path(Command command)
    {
        var path = new List<Command>();
        for (Symbol? at = command; at is Command c; at = c.Parents.FirstOrDefault())
        {
            path.Insert(0, c);
        }

        return path;
    }

    private static string Usage(Option option, Language language)
    {
        var name = (option is HelpOption ? "-h, " : string.Empty) + Name(option, language);
        if (option.ValueType == typeof(bool) || option is HelpOption or VersionOption)
        {
            return name;
        }

        var placeholder = option.HelpName ?? (option.ValueType == typeof(int) ? "N" : language == Language.English ? "TEXT" : "TEKS");
        return $"{name} <{Placeholder(placeholder, language)}>";
    }

    private static string OptionDescription(Option option, Language language)
    {
        var required = option.Required ? (language == Language.English ? " (required)" : " (wajib)") : string.Empty;
        var value = option.HasDefaultValue && option.ValueType != typeof(bool) ? option.GetDefaultValue() : null;
        return option.Description + required + Default(value, language);
    }

    private static string Default(object? value, Language language) =>
        value is null ? string.Empty : $" [{(language == Language.English ? "default" : "bawaan")}: {Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)}]";

    // The names of the values a treasurer types, in the run's language.
    public static string Placeholder(string name, Language language) => language == Language.English ? name : name switch
    {
        "MEMBERS" => "ANGGOTA",
        "FILE" => "BERKAS",
        "FILE.html" => "BERKAS.html",
        "DIR" => "FOLDER",
        "TEXT" => "TEKS",
        _ => name,
    };

    private static void Section(TextWriter output, string heading, IEnumerable<(string Name, string Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(heading);
        var width = list.Max(r => r.Name.Length) + 2;
        foreach (var (name, description) in list)
        {
            output.WriteLine(("  " + name.PadRight(width) + description).TrimEnd());
        }
    }
}
