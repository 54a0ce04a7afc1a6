using System.CommandLine;
using System.CommandLine.Help;
using Kopdes.Shu.Cli.Commands;

namespace Kopdes.Shu.Cli;

/// <summary>
/// The <c>kopdes-shu</c> command line: Indonesian command names with English aliases, messages in Bahasa
/// Indonesia unless <c>--lang en</c>. Thin: parse, read, call the library, write. Testable in-process.
/// </summary>
internal static class CliApp
{
    /// <summary>
    /// Runs a command line. <paramref name="ownWindow"/>: the tool's console window closes when it ends (started from
    /// Explorer), so it waits for Enter on <paramref name="input"/> before returning; started with nothing it shows a
    /// short guide, started with one workbook (dropped on it) it computes that workbook with its report.
    /// </summary>
    public static int Run(
        string[] args, TextWriter output, TextWriter error, bool interactive = false, CancellationToken cancellationToken = default,
        bool ownWindow = false, TextReader? input = null)
    {
        var command = Launch.IsDrop(args) ? Launch.DropCommand(args[0]) : args;
        if (!ownWindow)
        {
            return Execute(command, output, error, interactive, cancellationToken);
        }

        var text = new Text(LanguageOf(args, out _));
        int exit;
        if (args.Length == 0)
        {
            output.WriteLine(text[TextKeys.Guide]);
            exit = ExitCodes.Done;
        }
        else
        {
            exit = Execute(command, output, error, interactive, cancellationToken);
        }

        // The window would close with the summary or the errors unread.
        output.WriteLine();
        output.Write(text[TextKeys.PressEnter]);
        output.Flush();
        input?.ReadLine();
        return exit;
    }

    private static int Execute(string[] args, TextWriter output, TextWriter error, bool interactive, CancellationToken cancellationToken)
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
            switch (option)
            {
                case HelpOption:
                    option.Description = text[TextKeys.HelpOption];
                    option.Aliases.Add("--bantuan");
                    break;
                case VersionOption:
                    option.Description = text[TextKeys.VersionOption];
                    option.Aliases.Add("--versi");
                    break;
            }
        }

        var parse = root.Parse(args);
        if (parse.Action is HelpAction)
        {
            Help.Write(parse.CommandResult.Command, text, output);
            return ExitCodes.Done;
        }

        if (parse.Errors.Count > 0)
        {
            error.WriteLine(text[TextKeys.UsageError]);
            foreach (var problem in UsageErrors(parse, text))
            {
                error.WriteLine("- " + problem);
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

    /// <summary>
    /// What is wrong with the command line, in the run's language: an unknown word with the nearest command or option
    /// (<c>hitong</c>: maksudnya <c>hitung</c>?), a missing command, file or option, a value that cannot be read.
    /// </summary>
    private static IEnumerable<string> UsageErrors(ParseResult parse, Text text)
    {
        var command = parse.CommandResult.Command;
        var language = text.Language;
        var path = string.Join(' ', command.Parents.OfType<Command>().Where(c => c is not RootCommand).Select(c => Help.Name(c, language)).Append(Help.Name(command, language)));
        var known = command.Subcommands.SelectMany(c => c.Aliases.Append(c.Name))
            .Concat(command.Options.Concat(parse.RootCommandResult.Command.Options.Where(o => o.Recursive)).SelectMany(o => o.Aliases.Append(o.Name)))
            .ToList();
        var explained = false;
        foreach (var token in parse.UnmatchedTokens)
        {
            explained = true;
            // A word of one or two letters is near everything: no guess for it.
            var nearest = token.Length < 3 ? null : Kopdes.Shu.Text.Spelling.Nearest(token, known);
            yield return text.Format(TextKeys.UnknownToken, token) + (nearest is null ? string.Empty : " " + text.Format(TextKeys.DidYouMean, nearest));
        }

        if (command is RootCommand && !explained)
        {
            explained = true;
            yield return text[TextKeys.MissingCommand];
        }

        foreach (var problem in parse.Errors)
        {
            switch (problem.SymbolResult)
            {
                case System.CommandLine.Parsing.ArgumentResult { Tokens.Count: 0 } missing:
                    explained = true;
                    yield return text.Format(TextKeys.MissingArgument, Help.Placeholder(missing.Argument.Name, language), path);
                    break;
                case System.CommandLine.Parsing.OptionResult { Tokens.Count: 0 } missing:
                    explained = true;
                    yield return text.Format(TextKeys.MissingOption, Help.Name(missing.Option, language), path);
                    break;
                case System.CommandLine.Parsing.OptionResult or System.CommandLine.Parsing.ArgumentResult:
                    explained = true;
                    var (name, tokens) = problem.SymbolResult switch
                    {
                        System.CommandLine.Parsing.OptionResult o => (Help.Name(o.Option, language), o.Tokens),
                        System.CommandLine.Parsing.ArgumentResult a => (Help.Placeholder(a.Argument.Name, language), a.Tokens),
                        _ => (string.Empty, (IReadOnlyList<System.CommandLine.Parsing.Token>)[]),
                    };
                    // The tool's own parsers explain in the run's language; System.CommandLine's type errors are English.
                    var english = problem.Message.StartsWith("Cannot parse", StringComparison.Ordinal);
                    yield return text.Format(TextKeys.BadValue, name, english ? string.Join(' ', tokens.Select(t => t.Value)) : problem.Message);
                    break;
            }
        }

        if (!explained)
        {
            foreach (var problem in parse.Errors)
            {
                yield return problem.Message;
            }
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
