namespace Kopdes.Shu.Cli.Commands;

/// <summary>The shape of every command that writes results: never over an input, write, and a failed write is exit 3.</summary>
internal static class ResultFiles
{
    /// <summary>Writes with <paramref name="write"/> unless a target is one of <paramref name="inputs"/>; gives the exit code.</summary>
    public static int Write(CliConsole console, IEnumerable<string> targets, IEnumerable<string> inputs, Action write)
    {
        var forbidden = inputs.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var all = targets.ToList();
        if (all.FirstOrDefault(t => forbidden.Contains(Path.GetFullPath(t))) is { } clash)
        {
            console.Error.WriteLine(console.Text.Format(TextKeys.OutputIsInput, clash));
            return ExitCodes.Usage;
        }

        try
        {
            write();
            return ExitCodes.Done;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(console.Text.Format(TextKeys.WriteFailed, all[0], e.Message));
            return ExitCodes.IoFailure;
        }
    }
}
