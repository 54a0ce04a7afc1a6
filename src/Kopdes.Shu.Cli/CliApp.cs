using System.CommandLine;
using Kopdes.Shu.Cli.Commands;

namespace Kopdes.Shu.Cli;

/// <summary>
/// The <c>kopdes-shu</c> command line: Indonesian command names with English aliases, messages in Bahasa
/// Indonesia unless <c>--lang en</c>. Thin: parse, read, call the library, write. Testable in-process.
/// </summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error, bool interactive = false, CancellationToken cancellationToken = default)
    {
        var language = LanguageOf(args, out var badLanguage);
        var text = new Text(language);
        if (badLanguage is not null)
        {
            error.WriteLine(text.Format(TextKeys.BadLang, badLanguage));
            return ExitCodes.Usage;
        }

        var lang = new Option<string>("--lang", "--bahasa") { Description = text[TextKeys.LangOption], Recursive = true, HelpName = "id|en", DefaultValueFactory = _ => "id" };
        var verbose = new Option<bool>("--verbose", "--rinci") { Description = text[TextKeys.VerboseOption], Recursive = true };
        CliConsole Console(ParseResult parse) => new(output, error, text, interactive, parse.GetValue(verbose), cancellationToken);
        var root = new RootCommand(text[TextKeys.RootDescription])
        {
            AllocateCommand.Create(text, Console),
            ValidateCommand.Create(text, Console),
            InitCommand.Create(text, Console),
            ExplainCommand.Create(text, Console),
            GenerateCommand.Create(text, Console),
            VerifyCommand.Create(text, Console),
            AuditCommand.Create(text, Console),
            CompareCommand.Create(text, Console),
        };
        root.Options.Add(lang);
        root.Options.Add(verbose);
        foreach (var option in root.Options)
        {
            option.Description = option switch
            {
                System.CommandLine.Help.HelpOption => text[TextKeys.HelpOption],
                VersionOption => text[TextKeys.VersionOption],
                _ => option.Description,
            };
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            error.WriteLine(text[TextKeys.UsageError]);
            foreach (var problem in parse.Errors)
            {
                error.WriteLine("- " + problem.Message);
            }

            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Every write was stopped before its commit and its temporary files deleted: nothing to add.
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(text.Format(TextKeys.IoFailed, text.Reason(e)));
            ShowDetails(args, error, e);
            return ExitCodes.IoFailure;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect, not the treasurer's fault: one line for them, the runtime's account only with --verbose.
            error.WriteLine(text.Format(TextKeys.Unexpected, e.GetType().Name));
            ShowDetails(args, error, e);
            return ExitCodes.IoFailure;
        }
    }

    private static void ShowDetails(string[] args, TextWriter error, Exception e)
    {
        if (args.Contains("--verbose") || args.Contains("--rinci"))
        {
            error.WriteLine(e);
        }
    }

    /// <summary>The language is needed before parsing, so help text is in it too.</summary>
    private static Language LanguageOf(string[] args, out string? bad)
    {
        bad = null;
        for (var i = 0; i < args.Length; i++)
        {
            string? value = null;
            if (args[i] is "--lang" or "--bahasa" && i + 1 < args.Length)
            {
                value = args[i + 1];
            }
            else if (args[i].StartsWith("--lang=", StringComparison.Ordinal) || args[i].StartsWith("--bahasa=", StringComparison.Ordinal))
            {
                value = args[i][(args[i].IndexOf('=', StringComparison.Ordinal) + 1)..];
            }

            switch (value?.Trim().ToLowerInvariant())
            {
                case null:
                    continue;
                case "en" or "english" or "inggris":
                    return Language.English;
                case "id" or "indonesia" or "indonesian":
                    return Language.Indonesian;
                default:
                    bad = value;
                    return Language.Indonesian;
            }
        }

        return Language.Indonesian;
    }
}
