using CsvHelper;
using Kopdes.Shu.IO.Tables;
using Kopdes.Shu.Validation;

namespace Kopdes.Shu.IO.Csv;

/// <summary>
/// A CSV file as a <see cref="Table"/>, streamed through CsvHelper. The separator is detected (<c>, ; tab |</c>,
/// and a <c>sep=;</c> first line); a <c>;</c>-separated file is Indonesian unless the caller says otherwise,
/// because that is how Excel in Indonesia saves CSV.
/// </summary>
internal sealed class CsvTableSource : IDisposable
{
    private readonly CsvReader _reader;

    /// <summary>The longest record accepted: a quote left open must not make the reader swallow a whole file into memory.</summary>
    public const int MaxRecordBytes = 1 << 20;

    private static readonly System.Text.Encoding Windows1252 = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private CsvTableSource(string path, NumberCulture culture)
    {
        var file = Path.GetFileName(path);
        System.Text.Encoding? encoding = null;
        var (utf8, lines) = Scan(path);
        if (!utf8)
        {
            // Old Excel saves "CSV" in the Windows code page: read it so, and say so, rather than mangle names.
            encoding = Windows1252;
            Problems.Add(IssueCatalog.LegacyEncoding(file));
        }

        _reader = CsvReader.FromFile(path, CsvReaderOptions.Default with
        {
            Separator = null,
            TrackLineNumbers = true,
            Encoding = encoding,
            MaxRecordSize = MaxRecordBytes,
            OnMalformedRecord = record => Problems.Add(IssueCatalog.Malformed(file, (int)record.LineNumber)),
        });
        _reader.ReadHeader();
        var detected = culture == NumberCulture.Auto
            ? _reader.Separator == ';' ? NumberCulture.Indonesian : NumberCulture.International
            : culture;
        Table = new Table(Path.GetFileName(path), null, [.. _reader.Headers], new CsvRows(_reader), detected)
        {
            RowCountHint = RowsFrom(lines, new FileInfo(path).Length, _reader.Headers.Count),
        };
    }

    public Table Table { get; }

    /// <summary>Problems of the file itself (encoding, quoting), complete once the rows have been read.</summary>
    public List<Issue> Problems { get; } = [];

    public static CsvTableSource Open(string path, NumberCulture culture) => new(path, culture);

    public void Dispose() => _reader.Dispose();

    /// <summary>
    /// Every line after the header is a row, unless some are blank or inside quotes (then the hint is a little
    /// high). Lines shorter on average than a row's separators are no hint: a file of empty lines must not make
    /// the reader set aside room for millions of members.
    /// </summary>
    private static int? RowsFrom(int? lines, long bytes, int columns) =>
        lines is > 1 and var count && bytes / count >= columns ? count - 1 : null;

    /// <summary>
    /// One pass over the bytes: whether they are UTF-8 (a UTF-16 or UTF-32 file starts with its byte order mark,
    /// which the reader honours), and for a UTF-8 file how many lines it has, so the reader can size its columns once.
    /// </summary>
    private static (bool Utf8, int? Lines) Scan(string path)
    {
        using var stream = File.OpenRead(path);
        var decoder = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var buffer = new byte[1 << 16];
        var first = true;
        long lines = 0;
        var last = (byte)'\n';
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            if (first && read >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF)))
            {
                return (true, null);
            }

            first = false;
            try
            {
                decoder.GetCharCount(buffer.AsSpan(0, read), flush: false);
            }
            catch (System.Text.DecoderFallbackException)
            {
                return (false, null);
            }

            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            last = buffer[read - 1];
        }

        lines += last == '\n' ? 0 : 1;
        return (true, (int)Math.Min(lines, int.MaxValue));
    }
}
