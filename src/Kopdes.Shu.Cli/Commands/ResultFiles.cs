using Kopdes.Shu.IO.Files;

namespace Kopdes.Shu.Cli.Commands;

/// <summary>
/// The shape of every command that writes: each output a regular file of a known kind, none of them an input,
/// no two the same file; then the write, where a failure is exit 3 and leaves nothing behind.
/// </summary>
internal static class ResultFiles
{
    /// <summary>Writes with <paramref name="write"/> when every target may be written; gives the exit code.</summary>
    public static int Write(CliConsole console, IReadOnlyList<string> targets, IEnumerable<string> inputs, Action write)
    {
        if (!MayWrite(console, targets, inputs))
        {
            return ExitCodes.Usage;
        }

        try
        {
            write();
            return ExitCodes.Done;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(console.Text.Format(TextKeys.WriteFailed, targets[0], console.Text.Reason(e)));
            ShowDetails(console, e);
            return ExitCodes.IoFailure;
        }
    }

    /// <summary>
    /// True when the targets may be written: none names an input or another target (also through a link, or in other
    /// letter case), and none is a device, a pipe or a folder. Otherwise says which and gives false.
    /// </summary>
    public static bool MayWrite(CliConsole console, IReadOnlyList<string> targets, IEnumerable<string> inputs)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var input in inputs)
        {
            taken.UnionWith(Names(input));
        }

        var outputs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var target in targets)
        {
            var names = Names(target);
            if (names.Any(taken.Contains))
            {
                console.Error.WriteLine(console.Text.Format(outputs.Overlaps(names) ? TextKeys.OutputTwice : TextKeys.OutputIsInput, target));
                return false;
            }

            if (FileKinds.IsSpecial(target))
            {
                console.Error.WriteLine(console.Text.Format(TextKeys.OutputNotRegular, target));
                return false;
            }

            taken.UnionWith(names);
            outputs.UnionWith(names);
        }

        return true;
    }

    /// <summary>True when <paramref name="path"/> ends in one of <paramref name="extensions"/>; otherwise says so.</summary>
    public static bool HasExtension(CliConsole console, string path, params string[] extensions)
    {
        if (extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        console.Error.WriteLine(console.Text.Format(TextKeys.BadExtension, path, string.Join(console.Text.Language == Language.English ? " or " : " atau ", extensions)));
        return false;
    }

    /// <summary>The files of a result: the workbook, or the three CSV files of a members CSV.</summary>
    public static IReadOnlyList<string> ResultPaths(string result) =>
        IO.ShuInputReader.IsWorkbook(result) ? [result] : IO.Results.ResultWriter.CsvPaths(result);

    /// <summary>The runtime's own account of a failure, for <c>--verbose</c> only.</summary>
    public static void ShowDetails(CliConsole console, Exception e)
    {
        if (console.Verbose)
        {
            console.Error.WriteLine(e);
        }
    }

    // A path's full name, and the file it finally names when it is a link.
    private static string[] Names(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true) is { } target ? [full, target.FullName] : [full];
        }
        catch (IOException)
        {
            return [full];
        }
    }
}
