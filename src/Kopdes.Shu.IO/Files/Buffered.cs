namespace Kopdes.Shu.IO.Files;

/// <summary>
/// The async forms of the writers: the bytes are formatted into memory (work for the processor, cancelled by the token
/// between blocks of rows), then copied to the caller's streams without blocking on them, so that a stream which must
/// not be written synchronously (an ASP.NET Core response body) is never written synchronously. Every part is formatted
/// before the first is copied: a failure or a cancellation while formatting writes nothing to any stream.
/// </summary>
internal static class Buffered
{
    public static async Task WriteAsync(CancellationToken cancellationToken, params (Stream Destination, Action<Stream> Write)[] parts)
    {
        foreach (var (destination, _) in parts)
        {
            Writable(destination);
        }

        var buffers = new MemoryStream[parts.Length];
        try
        {
            for (var i = 0; i < parts.Length; i++)
            {
                buffers[i] = new MemoryStream();
                parts[i].Write(buffers[i]);
            }

            for (var i = 0; i < parts.Length; i++)
            {
                buffers[i].Position = 0;
                await buffers[i].CopyToAsync(parts[i].Destination, cancellationToken).ConfigureAwait(false);
                await parts[i].Destination.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            foreach (var buffer in buffers)
            {
                buffer?.Dispose();
            }
        }
    }

    /// <summary>Throws unless the caller's stream can be written.</summary>
    public static Stream Writable(Stream stream, string name = "output")
    {
        ArgumentNullException.ThrowIfNull(stream, name);
        return stream.CanWrite ? stream : throw new ArgumentException("The stream cannot be written.", name);
    }
}
