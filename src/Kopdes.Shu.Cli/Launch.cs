using System.Runtime.InteropServices;

namespace Kopdes.Shu.Cli;

/// <summary>How the tool was started: from a terminal, or by a double-click or a file dropped on <c>kopdes-shu.exe</c>.</summary>
internal static partial class Launch
{
    /// <summary>
    /// True when the tool's console window is its own and closes the moment it ends: on Windows, started from
    /// Explorer (a double-click, or a workbook dropped on it), the only process on its console. From a terminal, or
    /// on another system, false: the terminal stays.
    /// </summary>
    public static bool OwnsItsWindow() => OperatingSystem.IsWindows() && ProcessesOnConsole() == 1;

    /// <summary>The arguments of a drop: one existing workbook or members CSV, and nothing else.</summary>
    public static bool IsDrop(string[] args) =>
        args.Length == 1 && File.Exists(args[0])
        && (args[0].EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || args[0].EndsWith(".csv", StringComparison.OrdinalIgnoreCase));

    /// <summary>What a drop runs: <c>hitung</c> with the members' meeting report beside the file (<c>anggota.laporan.html</c>).</summary>
    public static string[] DropCommand(string members) =>
        ["hitung", members, "--laporan", Path.Combine(Path.GetDirectoryName(Path.GetFullPath(members))!, Path.GetFileNameWithoutExtension(members) + ".laporan.html")];

    private static unsafe uint ProcessesOnConsole()
    {
        var list = stackalloc uint[4];
        return GetConsoleProcessList(list, 4);
    }

    [LibraryImport("kernel32.dll")]
    private static unsafe partial uint GetConsoleProcessList(uint* processList, uint processCount);
}
