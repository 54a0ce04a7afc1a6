namespace Kopdes.Shu.IO.Files;

/// <summary>The result files being written by this process.</summary>
public static class PendingWrites
{
    /// <summary>
    /// For an interrupted process (Ctrl+C, SIGTERM): deletes every temporary file and refuses further writes,
    /// after any commit under way has finished. Earlier results stay as they were; nothing half-written remains.
    /// </summary>
    public static void Abandon() => AtomicFiles.AbandonAll();
}
