namespace Kopdes.Shu.IO;

/// <summary>
/// An input given as a stream (an upload, a blob, a database field) with the file name it stands for: the name says
/// what it is (<c>.xlsx</c>, <c>.csv</c>, <c>.json</c>), and messages and the audit trail name it.
/// </summary>
/// <example>
/// <code>
/// var members = new InputStream("anggota.xlsx", request.Body);
/// ShuInputs inputs = await ShuInputReader.ReadAsync(members, cancellationToken: request.HttpContext.RequestAborted);
/// </code>
/// </example>
public sealed class InputStream
{
    /// <summary>An input stream and its file name.</summary>
    /// <param name="name">The file name it stands for, e.g. <c>anggota.xlsx</c>.</param>
    /// <param name="content">The bytes, read from where the stream stands to its end; the caller keeps and disposes it.</param>
    /// <exception cref="ArgumentException">The name is blank, or the stream cannot be read.</exception>
    public InputStream(string name, Stream content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(content));
        }

        Name = name;
        Content = content;
    }

    /// <summary>The file name it stands for.</summary>
    public string Name { get; }

    /// <summary>The bytes.</summary>
    public Stream Content { get; }
}
