using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;

namespace Kopdes.Shu.Cli.Tests;

/// <summary>
/// Failures while writing never cost data: a full disk or a read-only folder gives exit 3 with the old result
/// untouched and no partial file; an interrupted run leaves nothing half-written. The disk is a tiny tmpfs
/// mounted for the test, which needs root: CI runs as root and sets KOPDES_CI=1, so there these tests must run;
/// elsewhere the read-only case falls back to file permissions and the full-disk case has nothing to run.
/// </summary>
public sealed class FaultTests : IDisposable
{
    private readonly CliRun _cli = new();
    private readonly List<string> _mounts = [];

    public void Dispose()
    {
        foreach (var mount in _mounts)
        {
            Run("umount", mount);
        }

        _cli.Dispose();
    }

    [Fact]
    public void DiskFull_ExitsThree_KeepsTheOldResult_AndLeavesNoPartialFile()
    {
        if (!Mount("full", "size=64k"))
        {
            return;
        }

        var result = Path.Combine(_cli["full"], "hasil.xlsx");
        Assert.Equal(0, _cli.Run("hitung", _cli["anggota.xlsx"], "--out", result));
        var before = File.ReadAllBytes(result);
        // Fill what is left of the disk.
        using (var filler = File.Create(Path.Combine(_cli["full"], "filler")))
        {
            try
            {
                filler.Write(new byte[1 << 20]);
            }
            catch (IOException)
            {
            }
        }

        var exit = _cli.Run("hitung", _cli["anggota.xlsx"], "--out", result);

        Assert.Equal(3, exit);
        Assert.Contains("hasil.xlsx", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(result));
        Assert.Equal(["filler", "hasil.xlsx"], Directory.GetFiles(_cli["full"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReadOnlyFolder_ExitsThree_AndWritesNothing()
    {
        Directory.CreateDirectory(_cli["locked"]);
        if (!Mount("locked", "ro,size=64k"))
        {
            if (IsRoot() || OperatingSystem.IsWindows())
            {
                return;
            }

            File.SetUnixFileMode(_cli["locked"], UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }

        var exit = _cli.Run("hitung", _cli["anggota.csv"], "--out", Path.Combine(_cli["locked"], "hasil.csv"));

        Assert.Equal(3, exit);
        Assert.Contains("hasil.csv", _cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", _cli.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_cli["locked"]));
    }

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public void InterruptedRun_LeavesNoPartialOrTemporaryFile(string signal, int expected)
    {
        // A workbook result, large enough that writing it takes seconds: the signal arrives while the temporary file
        // exists, long before the commit.
        Assert.Equal(0, _cli.Run("contoh", "--members", "150000", "--out", _cli["besar/anggota.csv"]));
        var folder = _cli["besar"];
        var before = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kopdes-shu.dll"));
        start.ArgumentList.Add("hitung");
        start.ArgumentList.Add(Path.Combine(folder, "anggota.csv"));
        start.ArgumentList.Add("--out");
        start.ArgumentList.Add(Path.Combine(folder, "hasil.xlsx"));
        // A shell that starts a script in the background (CI launched with '&') ignores SIGINT for all it starts, and
        // an ignored signal stays ignored across exec: the tool would never see this Ctrl+C. The child starts with the
        // default disposition, as from a terminal.
        var ignored = signal == "INT" && SigIntIgnored();
        if (ignored)
        {
            Signal(2, 0);
        }

        using var process = Process.Start(start)!;
        if (ignored)
        {
            Signal(2, 1);
        }

        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && !Directory.GetFiles(folder, "*.tmp").Any() && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            Thread.Sleep(5);
        }

        Assert.False(process.HasExited, "the run finished before it began writing: no interruption to test");
        // Sent at once from here: starting the kill program took long enough, on a busy host, to miss the write.
        Assert.Equal(0, Kill(process.Id, signal == "INT" ? 2 : 15));
        Assert.True(process.WaitForExit(60_000));

        Assert.Equal(expected, process.ExitCode);
        Assert.Equal(before, Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void SameInputsTwice_SameCsvBytes_SameWorkbookCells_SameReport()
    {
        string[] Hashes(string folder) =>
        [
            .. new[] { "hasil.csv", "hasil.dana.csv", "hasil.ringkasan.csv", "laporan.html" }.Select(f => Sha(File.ReadAllBytes(Path.Combine(folder, f)))),
            .. SheetParts(Path.Combine(folder, "hasil.xlsx")),
        ];

        foreach (var run in new[] { "a", "b" })
        {
            Directory.CreateDirectory(_cli[run]);
            Assert.Equal(0, _cli.Run("hitung", _cli["anggota.csv"], "--out", _cli[$"{run}/hasil.csv"], "--laporan", _cli[$"{run}/laporan.html"]));
            Assert.Equal(0, _cli.Run("hitung", _cli["anggota.xlsx"], "--out", _cli[$"{run}/hasil.xlsx"]));
        }

        Assert.Equal(Hashes(_cli["a"]), Hashes(_cli["b"]));
    }

    private static IEnumerable<string> SheetParts(string workbook)
    {
        using var zip = ZipFile.OpenRead(workbook);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal)).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            yield return entry.FullName + ":" + Sha(copy.ToArray());
        }
    }

    private static string Sha(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    private bool Mount(string name, string options)
    {
        var folder = _cli[name];
        Directory.CreateDirectory(folder);
        if (!IsRoot())
        {
            Assert.True(Environment.GetEnvironmentVariable("KOPDES_CI") != "1", "CI must run the fault tests as root (mount).");
            return false;
        }

        Assert.Equal(0, Run("mount", "-t", "tmpfs", "-o", options, "tmpfs", folder));
        _mounts.Add(folder);
        return true;
    }

    private static bool IsRoot() => Environment.UserName == "root";

    private static int Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }

    // Bit 2 of the mask of ignored signals: SIGINT.
    private static bool SigIntIgnored() =>
        (Convert.ToUInt64(File.ReadLines("/proc/self/status").First(l => l.StartsWith("SigIgn:", StringComparison.Ordinal))[7..].Trim(), 16) & 2) != 0;

    // signal(2): 0 is SIG_DFL, 1 is SIG_IGN.
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "signal", SetLastError = true)]
    private static extern nint Signal(int signal, nint handler);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int process, int signal);
}
