namespace Kopdes.Shu.Cli.Commands;

/// <summary>The shape of every command that creates input files: never overwrite, write, name what was written.</summary>
internal static class CreatedFiles
{
    public static int Create(CliConsole cli, IReadOnlyList<string> targets, Action write)
    {
        if (targets.FirstOrDefault(File.Exists) is { } existing)
        {
            cli.Error.WriteLine(cli.Text.Format(TextKeys.FileExists, existing));
            return ExitCodes.Usage;
        }

        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            cli.Error.WriteLine(cli.Text.Format(TextKeys.WriteFailed, targets[0], cli.Text.Reason(e)));
            return ExitCodes.IoFailure;
        }

        foreach (var target in targets)
        {
            cli.Out.WriteLine(cli.Text.Format(TextKeys.Generated, target));
        }

        return ExitCodes.Done;
    }
}
