namespace Kopdes.Shu.IO.Files;

/// <summary>
/// Writes a set of files so that either all of them appear or none: each is written to a temporary name
/// beside its target, and only when every one is complete are they moved into place. A cancelled token stops the
/// set before its commit; disposing an uncommitted set deletes its temporary files.
/// </summary>
internal sealed class AtomicFiles(CancellationToken cancellationToken = default) : IDisposable
{
    private readonly List<(string Temporary, string Target)> _pending = [];
    private bool _committed;

    /// <summary>The token the writer checks between blocks of rows.</summary>
    public CancellationToken Token => cancellationToken;

    /// <summary>Writes the temporary file for <paramref name="target"/> with <paramref name="write"/> and closes it; then <see cref="Commit"/>.</summary>
    public void Write(string target, Action<Stream> write)
    {
        using var stream = Create(target);
        write(stream);
    }

    /// <summary>Opens a temporary file for <paramref name="target"/>; write to it, then <see cref="Commit"/>.</summary>
    public Stream Create(string target)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return CreateTemporary(target);
    }

    private Stream CreateTemporary(string target)
    {
        var full = Path.GetFullPath(target);
        if (FileKinds.IsSpecial(full))
        {
            // Moving a result "over" a device would replace the device node; writing to a pipe would block.
            throw new IOException($"{full} is not a regular file; results are written to regular files only.");
        }

        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        RemoveAbandoned(directory, Path.GetFileName(full));
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        _pending.Add((temporary, full));
        return new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
    }

    /// <summary>
    /// Deletes the temporary files (and set-aside older results) that an earlier writer of the same target left when it
    /// was killed outright (<c>kill -9</c>, a power cut): they hold members' names and would stay forever. A file is
    /// removed only when the process named in it is gone; one whose process still runs may be another run's write.
    /// </summary>
    private static void RemoveAbandoned(string directory, string name)
    {
        IEnumerable<string> candidates;
        try
        {
            candidates = Scans.Value is { } scans
                ? scans.GetOrAdd(directory, Leftovers).GetValueOrDefault(name) ?? []
                : Directory.EnumerateFiles(directory, $".{name}.*.tmp*");
        }
        catch (IOException)
        {
            return;
        }

        foreach (var path in candidates)
        {
            var rest = Path.GetFileName(path)[(name.Length + 2)..];
            var dot = rest.IndexOf('.', StringComparison.Ordinal);
            if (dot <= 0 || !int.TryParse(rest.AsSpan(0, dot), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var process)
                || process == Environment.ProcessId || IsRunning(process))
            {
                continue;
            }

            try
            {
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Best effort: it is only left over, and the new result does not depend on it.
            }
        }
    }

    // Within ScanOnce: each directory's leftovers, found by one look at it, by the name of the file they stood for.
    private static readonly AsyncLocal<System.Collections.Concurrent.ConcurrentDictionary<string, Dictionary<string, List<string>>>?> Scans = new();

    /// <summary>
    /// Until disposed, the writes of this flow (and of the parallel work it starts) look for an earlier run's leftovers
    /// once a directory instead of once a file: a folder of 10,000 cooperatives holds 30,000 files, and looking through
    /// all of them for each result made the run grow with the square of the folder.
    /// </summary>
    public static IDisposable ScanOnce()
    {
        var outer = Scans.Value;
        Scans.Value = new(StringComparer.Ordinal);
        return new Restore(() => Scans.Value = outer);
    }

    private static Dictionary<string, List<string>> Leftovers(string directory)
    {
        var byName = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(directory, ".*.tmp*"))
        {
            // .{name}.{process}.{guid}.tmp, or .tmp.old: the name is what precedes the process and the guid.
            var file = Path.GetFileName(path);
            var end = file.LastIndexOf(".tmp", StringComparison.Ordinal);
            var guid = end > 0 ? file.LastIndexOf('.', end - 1) : -1;
            var process = guid > 0 ? file.LastIndexOf('.', guid - 1) : -1;
            if (process > 1)
            {
                var name = file[1..process];
                if (!byName.TryGetValue(name, out var list))
                {
                    byName.Add(name, list = []);
                }

                list.Add(path);
            }
        }

        return byName;
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }

    private static bool IsRunning(int process)
    {
        try
        {
            using var running = System.Diagnostics.Process.GetProcessById(process);
            return !running.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or PlatformNotSupportedException)
        {
            return false;
        }
    }

    /// <summary>
    /// Moves every finished file into place. An older file of the same name is set aside first and put back
    /// if any move fails, so the result is all new files or all old ones.
    /// </summary>
    public void Commit()
    {
        // Once the moves begin they finish: targets are then all new or, should a move fail, all old.
        cancellationToken.ThrowIfCancellationRequested();
        MoveIntoPlace();
    }

    private void MoveIntoPlace()
    {
        var done = new List<(string Target, string? Backup)>();
        try
        {
            foreach (var (temporary, target) in _pending)
            {
                string? backup = null;
                if (File.Exists(target))
                {
                    backup = temporary + ".old";
                    File.Move(target, backup);
                }

                done.Add((target, backup));
                File.Move(temporary, target);
            }
        }
        catch
        {
            foreach (var (target, backup) in Enumerable.Reverse(done))
            {
                if (_pending.Any(p => p.Target == target && !File.Exists(p.Temporary)))
                {
                    File.Delete(target);
                }

                if (backup is not null)
                {
                    File.Move(backup, target, overwrite: true);
                }
            }

            throw;
        }

        foreach (var (_, backup) in done)
        {
            if (backup is not null)
            {
                File.Delete(backup);
            }
        }

        _committed = true;
    }

    /// <summary>Deletes whatever temporary file is left, so a failed run leaves nothing half-written.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            DeleteTemporaries();
        }
    }

    private void DeleteTemporaries()
    {
        foreach (var (temporary, _) in _pending)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (IOException)
            {
                // Best effort: the run already failed, and the target was never touched.
            }
        }
    }
}
