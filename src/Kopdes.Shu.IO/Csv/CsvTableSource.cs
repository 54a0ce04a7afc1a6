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
    private readonly List<Issue> _problems = [];
    private readonly List<Issue> _secondHalfProblems = [];
    private readonly CsvRows? _rows;

    /// <summary>A file at least this large, without quotes, is read in two halves side by side.</summary>
    public const long SplitFromBytes = 8 << 20;

    /// <summary>The longest record accepted: a quote left open must not make the reader swallow a whole file into memory.</summary>
    public const int MaxRecordBytes = 1 << 20;

    private static readonly System.Text.Encoding Windows1252 = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private CsvTableSource(string path, NumberCulture culture)
    {
        var file = Path.GetFileName(path);
        System.Text.Encoding? encoding = null;
        var scan = Scan(path);
        if (!scan.Utf8)
        {
            // Old Excel saves "CSV" in the Windows code page: read it so, and say so, rather than mangle names.
            encoding = Windows1252;
            _problems.Add(IssueCatalog.LegacyEncoding(file));
        }

        var length = new FileInfo(path).Length;
        var cut = scan.Utf8 && scan.Lines is not null && !scan.Quotes && !scan.LoneCr && length >= SplitFromBytes ? Cut(path, length) : null;
        var options = CsvReaderOptions.Default with
        {
            Separator = null,
            TrackLineNumbers = true,
            Encoding = encoding,
            MaxRecordSize = MaxRecordBytes,
            OnMalformedRecord = record =>
            {
                // Past the cut, a record is the second reader's to report (when the file is read in halves at all).
                if (_rows is not { IsSplit: true } || record.LineNumber <= cut!.Value.LinesBefore)
                {
                    _problems.Add(IssueCatalog.Malformed(file, (int)record.LineNumber));
                }
            },
        };
        _reader = CsvReader.FromFile(path, options);
        _reader.ReadHeader();
        var detected = culture == NumberCulture.Auto
            ? _reader.Separator == ';' ? NumberCulture.Indonesian : NumberCulture.International
            : culture;
        var halves = cut is { } at
            ? new CsvRows.Halves(at.LinesBefore, () => OpenSecondHalf(path, at, options with
            {
                Separator = _reader.Separator,
                HasHeader = false,
                DetectSeparatorHint = false,
                OnMalformedRecord = record => _secondHalfProblems.Add(IssueCatalog.Malformed(file, (int)record.LineNumber + at.LinesBefore)),
            }))
            : null;
        _rows = new CsvRows(_reader, halves);
        Table = new Table(Path.GetFileName(path), null, [.. _reader.Headers], _rows, detected)
        {
            RowCountHint = RowsFrom(scan.Lines, length, _reader.Headers.Count),
        };
    }

    public Table Table { get; }

    /// <summary>Problems of the file itself (encoding, quoting), in file order, complete once the rows have been read.</summary>
    public IReadOnlyList<Issue> Problems => [.. _problems, .. _secondHalfProblems];

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
    /// which the reader honours), and for a UTF-8 file how many lines it has (so the reader can size its columns
    /// once), whether it has a quote anywhere, and whether it has a CR that does not start a CRLF.
    /// </summary>
    private static (bool Utf8, int? Lines, bool Quotes, bool LoneCr) Scan(string path)
    {
        using var stream = File.OpenRead(path);
        var decoder = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var buffer = new byte[1 << 16];
        var first = true;
        long lines = 0, crs = 0, crlfs = 0;
        var quotes = false;
        var last = (byte)'\n';
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            var chunk = buffer.AsSpan(0, read);
            if (first && read >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF)))
            {
                return (true, null, true, true);
            }

            try
            {
                decoder.GetCharCount(chunk, flush: false);
            }
            catch (System.Text.DecoderFallbackException)
            {
                return (false, null, true, true);
            }

            lines += chunk.Count((byte)'\n');
            quotes |= chunk.Contains((byte)'"');
            crs += chunk.Count((byte)'\r');
            crlfs += chunk.Count("\r\n"u8) + (!first && last == '\r' && chunk[0] == '\n' ? 1 : 0);
            first = false;
            last = chunk[^1];
        }

        lines += last == '\n' ? 0 : 1;
        return (true, (int)Math.Min(lines, int.MaxValue), quotes, crs != crlfs);
    }

    /// <summary>Where to cut the file: at the first line start after its middle, and the number of lines before it.</summary>
    private static (long Offset, int LinesBefore)? Cut(string path, long length)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[1 << 16];
        stream.Position = length / 2;
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var newline = buffer.AsSpan(0, read).IndexOf((byte)'\n');
        if (newline < 0 || (length / 2) + newline + 1 >= length)
        {
            return null;
        }

        var offset = (length / 2) + newline + 1;
        stream.Position = 0;
        long lines = 0;
        for (var left = offset; left > 0; left -= read)
        {
            read = stream.Read(buffer.AsSpan(0, (int)Math.Min(buffer.Length, left)));
            if (read == 0)
            {
                return null;
            }

            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        return (offset, (int)lines);
    }

    private static CsvReader OpenSecondHalf(string path, (long Offset, int LinesBefore) cut, CsvReaderOptions options)
    {
        var stream = File.OpenRead(path);
        stream.Position = cut.Offset;
        return CsvReader.Create(stream, options, leaveOpen: false);
    }
}
