using System.Text.Unicode;
using CsvHelper;
using Kopdes.Shu.IO.Files;
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

    private CsvTableSource(InputSource source, NumberCulture culture, CancellationToken cancellationToken)
    {
        var file = source.Name;
        System.Text.Encoding? encoding = null;
        var length = source.Length;
        CsvScan scan;
        using (var bytes = source.Open())
        {
            scan = Scan(bytes, length >= SplitFromBytes ? length / 2 : long.MaxValue, cancellationToken);
        }

        if (!scan.Utf8)
        {
            // Old Excel saves "CSV" in the Windows code page: read it so, and say so, rather than mangle names.
            encoding = Windows1252;
            _problems.Add(FileIssues.LegacyEncoding(file));
        }

        var cut = scan.Utf8 && scan.Lines is not null && !scan.Quotes && !scan.LoneCr ? scan.Cut : null;
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
                    _problems.Add(FileIssues.Malformed(file, (int)record.LineNumber));
                }
            },
        };
        _reader = CsvReader.Create(source.Open(), options, leaveOpen: false);
        _reader.ReadHeader();
        var detected = culture == NumberCulture.Auto
            ? _reader.Separator == ';' ? NumberCulture.Indonesian : NumberCulture.International
            : culture;
        var halves = cut is { } at
            ? new CsvRows.Halves(at.LinesBefore, () => OpenSecondHalf(source, at, options with
            {
                Separator = _reader.Separator,
                HasHeader = false,
                DetectSeparatorHint = false,
                OnMalformedRecord = record => _secondHalfProblems.Add(FileIssues.Malformed(file, (int)record.LineNumber + at.LinesBefore)),
            }))
            : null;
        _rows = new CsvRows(_reader, halves);
        Table = new Table(file, null, [.. _reader.Headers], _rows, detected)
        {
            RowCountHint = RowsFrom(scan.Lines, length, _reader.Headers.Count),
        };
    }

    public Table Table { get; }

    /// <summary>Problems of the file itself (encoding, quoting), in file order, complete once the rows have been read.</summary>
    public IReadOnlyList<Issue> Problems => [.. _problems, .. _secondHalfProblems];

    public static CsvTableSource Open(InputSource source, NumberCulture culture, CancellationToken cancellationToken = default) =>
        new(source, culture, cancellationToken);

    public static CsvTableSource Open(string path, NumberCulture culture) => Open(InputSource.File(path), culture);

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
    /// once), whether it has a quote anywhere, whether it has a CR that does not start a CRLF, and where a second
    /// reader could start: the first line start after <paramref name="cutFrom"/>, with the lines before it.
    /// </summary>
    /// <remarks>
    /// The bytes are checked a buffer at a time by <see cref="Utf8.IsValid(ReadOnlySpan{byte})"/>, which is
    /// vectorised; a character cut by the buffer's end is carried over and checked with the next buffer. A file
    /// that ends inside a character still counts as UTF-8, as it did for the decoder this replaced: the reader
    /// shows that character as U+FFFD. The cut is found in the same pass, so the first half is not read again to
    /// count its lines.
    /// </remarks>
    internal static CsvScan Scan(string path, long cutFrom = long.MaxValue)
    {
        using var stream = File.OpenRead(path);
        return Scan(stream, cutFrom, CancellationToken.None);
    }

    /// <summary><see cref="Scan(string, long)"/> of the bytes of <paramref name="stream"/>, from where it stands.</summary>
    internal static CsvScan Scan(Stream stream, long cutFrom, CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 16];
        var first = true;
        long lines = 0, crs = 0, crlfs = 0, position = 0;
        var quotes = false;
        var last = (byte)'\n';
        var carried = 0;
        (long Offset, int LinesBefore)? cut = null;
        int read;
        while ((read = stream.Read(buffer.AsSpan(carried))) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chunk = buffer.AsSpan(carried, read);
            if (first && read >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF)))
            {
                return new(true, null, true, true, null);
            }

            var checkedBytes = buffer.AsSpan(0, carried + read);
            var whole = WholeCharacters(checkedBytes);
            if (!Utf8.IsValid(checkedBytes[..whole]))
            {
                return new(false, null, true, true, null);
            }

            if (cut is null && position + read > cutFrom)
            {
                var from = (int)Math.Max(0, cutFrom - position);
                var newline = chunk[from..].IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    var end = from + newline + 1;
                    cut = (position + end, (int)Math.Min(lines + chunk[..end].Count((byte)'\n'), int.MaxValue));
                }
            }

            lines += chunk.Count((byte)'\n');
            quotes = quotes || chunk.Contains((byte)'"');
            var crsHere = chunk.Count((byte)'\r');
            if (crsHere > 0 || (last == '\r' && chunk[0] == '\n'))
            {
                crs += crsHere;
                crlfs += chunk.Count("\r\n"u8) + (!first && last == '\r' && chunk[0] == '\n' ? 1 : 0);
            }

            first = false;
            last = chunk[^1];
            position += read;
            carried = checkedBytes.Length - whole;
            checkedBytes[whole..].CopyTo(buffer);
        }

        lines += last == '\n' ? 0 : 1;
        return new(true, (int)Math.Min(lines, int.MaxValue), quotes, crs != crlfs, cut is { } at && at.Offset < position ? at : null);
    }

    /// <summary>
    /// How many bytes of <paramref name="bytes"/> come before a character the buffer's end cuts (all of them when
    /// none is cut). Only the last three bytes can start such a character; anything malformed is left to the check.
    /// </summary>
    internal static int WholeCharacters(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue; // a continuation byte: its lead is further back
            }

            // A byte that never starts a character (C0, C1, F5 and up) counts as whole, so the check rejects it.
            var length = b >= 0xF5 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 1;
            return length > back ? bytes.Length - back : bytes.Length;
        }

        return bytes.Length;
    }

    private static CsvReader OpenSecondHalf(InputSource source, (long Offset, int LinesBefore) cut, CsvReaderOptions options)
    {
        var stream = source.Open();
        stream.Position = cut.Offset;
        return CsvReader.Create(stream, options, leaveOpen: false);
    }
}

/// <summary>What <see cref="CsvTableSource.Scan(string, long)"/> finds in one pass over a CSV file's bytes.</summary>
/// <param name="Utf8">The bytes are UTF-8 (or the file starts with a UTF-16 or UTF-32 byte order mark).</param>
/// <param name="Lines">The lines of a UTF-8 file, or null.</param>
/// <param name="Quotes">A quote appears anywhere (true when unknown).</param>
/// <param name="LoneCr">A CR appears that does not start a CRLF (true when unknown).</param>
/// <param name="Cut">The first line start after the point asked for, with the lines before it; null when there is none.</param>
internal readonly record struct CsvScan(bool Utf8, int? Lines, bool Quotes, bool LoneCr, (long Offset, int LinesBefore)? Cut);
