namespace Kopdes.Shu.Cli;

/// <summary>Where a command writes: results and summaries to <see cref="Out"/>, problems and progress to <see cref="Error"/>.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, Text Text, bool ShowProgress, bool Verbose, CancellationToken Token = default)
{
    public void Progress(string key, params object[] values)
    {
        if (ShowProgress)
        {
            Error.WriteLine(Text.Format(key, values));
        }
    }
}
