namespace Kopdes.Shu.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output, in a fresh folder holding a copy of the sample.</summary>
public sealed class CliRun : IDisposable
{
    public CliRun()
    {
        Directory.CreateDirectory(Folder);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "jatimakmur")))
        {
            File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        }
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "kopdes-shu-cli-tests", Guid.NewGuid().ToString("N"));

    public string Out { get; private set; } = string.Empty;

    public string Error { get; private set; } = string.Empty;

    public string this[string name] => Path.Combine(Folder, name);

    public int Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        Out = output.ToString();
        Error = error.ToString();
        return exit;
    }

    public string Write(string name, string content)
    {
        File.WriteAllText(this[name], content);
        return this[name];
    }

    public string[] Files() => [.. Directory.GetFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
