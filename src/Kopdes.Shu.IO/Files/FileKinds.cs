using System.Runtime.InteropServices;

namespace Kopdes.Shu.IO.Files;

/// <summary>
/// Whether a path is a regular file. The tool reads and writes regular files only: reading a device such as
/// <c>/dev/zero</c> or a FIFO never ends, and writing "over" one replaces a device node or blocks. .NET 10 has no
/// public way to ask for a file's type, so on Unix this asks the runtime's own native layer (the <c>stat</c> that
/// <see cref="File"/> itself uses); on Windows the reserved device names are what can go wrong.
/// </summary>
internal static partial class FileKinds
{
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    /// <summary>True when the path names an existing file that is not a regular file (a device, a FIFO, a socket, a directory).</summary>
    public static bool IsSpecial(string path)
    {
        if (Directory.Exists(path))
        {
            return true;
        }

        if (OperatingSystem.IsWindows())
        {
            var name = Path.GetFileNameWithoutExtension(path).ToUpperInvariant();
            return path.StartsWith(@"\\.\", StringComparison.Ordinal) || name is "CON" or "PRN" or "AUX" or "NUL"
                || (name.Length == 4 && (name.StartsWith("COM", StringComparison.Ordinal) || name.StartsWith("LPT", StringComparison.Ordinal)) && char.IsAsciiDigit(name[3]));
        }

        try
        {
            // The runtime's FileStatus: Flags, then Mode (with the file type bits), then more; 256 bytes is room enough.
            Span<byte> status = stackalloc byte[256];
            return Stat(path, status) == 0 && (BitConverter.ToInt32(status[4..]) & TypeMask) != RegularFile;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, Span<byte> output);
}
