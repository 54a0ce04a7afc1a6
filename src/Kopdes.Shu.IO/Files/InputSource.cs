using System.Security.Cryptography;

namespace Kopdes.Shu.IO.Files;

/// <summary>
/// One input's bytes, however they came: a file, or a caller's stream read once into memory. Opened again from the
/// start as often as reading needs (a large CSV is read in two halves side by side, and hashed beside).
/// </summary>
internal sealed class InputSource
{
    private readonly Func<Stream> _open;

    private InputSource(string name, string path, long length, Func<Stream> open)
    {
        Name = name;
        Path = path;
        Length = length;
        _open = open;
    }

    /// <summary>The file name, as messages give it.</summary>
    public string Name { get; }

    /// <summary>The path as given, or the stream's name: what the audit trail records.</summary>
    public string Path { get; }

    public long Length { get; }

    /// <summary>True for a workbook (<c>.xlsx</c>).</summary>
    public bool IsWorkbook => ShuInputReader.IsWorkbook(Name);

    /// <summary>A new stream over the bytes, at their start; the caller disposes it.</summary>
    public Stream Open() => _open();

    public static InputSource File(string path) =>
        new(System.IO.Path.GetFileName(path), path, new FileInfo(path).Length, () => System.IO.File.OpenRead(path));

    /// <summary>Reads the caller's stream to its end (it stays the caller's) and keeps the bytes.</summary>
    public static InputSource Read(InputStream input, CancellationToken cancellationToken)
    {
        var memory = new MemoryStream();
        var buffer = new byte[1 << 16];
        int read;
        while ((read = input.Content.Read(buffer)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            memory.Write(buffer, 0, read);
        }

        return Of(input.Name, memory);
    }

    /// <summary><see cref="Read"/> without blocking on the stream.</summary>
    public static async Task<InputSource> ReadAsync(InputStream input, CancellationToken cancellationToken)
    {
        var memory = new MemoryStream();
        await input.Content.CopyToAsync(memory, cancellationToken).ConfigureAwait(false);
        return Of(input.Name, memory);
    }

    public string Sha256()
    {
        using var stream = Open();
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static InputSource Of(string name, MemoryStream memory)
    {
        var bytes = memory.GetBuffer();
        var length = (int)memory.Length;
        return new(System.IO.Path.GetFileName(name), name, length, () => new MemoryStream(bytes, 0, length, writable: false));
    }
}
