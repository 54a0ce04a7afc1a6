namespace Kopdes.Shu.Cli;

/// <summary>The exit codes of <c>formats.md</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Done (warnings allowed, loss year included).</summary>
    public const int Done = 0;

    /// <summary>The inputs have errors: all listed, nothing written.</summary>
    public const int InputErrors = 1;

    /// <summary>The command line is wrong.</summary>
    public const int Usage = 2;

    /// <summary>A file could not be read or written.</summary>
    public const int IoFailure = 3;

    /// <summary><c>verifikasi</c>: the result file differs from the calculation; <c>periksa</c>: the audit raised flags.</summary>
    public const int Differs = 4;

    /// <summary>Interrupted by Ctrl+C (128 + SIGINT): nothing half-written, no temporary file left.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by the system (128 + SIGTERM), the same way.</summary>
    public const int Terminated = 143;
}
