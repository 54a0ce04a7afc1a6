using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Kopdes.Shu.IO.Csv;

namespace Kopdes.Shu.IO.Tests;

/// <summary>
/// The one pass over a CSV's bytes before it is read (UTF-8 or not, lines, quotes, lone CRs, where a second reader
/// may start) checks a 64 KB buffer at a time: whatever falls on a buffer's edge must come out as it does for the
/// whole file at once.
/// </summary>
public sealed class CsvScanTests
{
    private const int Buffer = 1 << 16;

    // Pieces that matter at an edge: characters of 1 to 4 bytes, line ends, quotes, and bytes UTF-8 never has.
    private static readonly Gen<byte[]> Piece = Gen.Frequency(
        (8, Gen.Elements("a", "1", ",", "\n", "\r\n", "\"", "é", "€", "😀").Select(Encoding.UTF8.GetBytes)),
        (1, Gen.Elements<byte[]>([0x80], [0xC0, 0x80], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF5], [0xFF], [(byte)'\r'])));

    // A file whose interesting part sits across the first buffer's end, after a run of plain ASCII.
    private static readonly Gen<byte[]> FileBytes =
        from lead in Gen.Choose(Buffer - 12, Buffer + 4)
        from pieces in Piece.ListOf()
        select Enumerable.Repeat((byte)'x', lead).Concat(pieces.Take(12).SelectMany(p => p)).ToArray();

    [Fact]
    public void Scan_AgreesWithTheWholeFileAtOnce_WhereverTheBufferEnds()
    {
        // The cut is asked for anywhere from well before the first buffer's end to past the end of the file.
        var property = Prop.ForAll(FileBytes.ToArbitrary(), Gen.Choose(Buffer - 40, Buffer + 80).ToArbitrary(), (bytes, cutFrom) =>
        {
            using var folder = new TempFolder();
            var path = folder.File("a.csv");
            File.WriteAllBytes(path, bytes);
            var scan = CsvTableSource.Scan(path, cutFrom);

            var expected = Oracle(bytes, cutFrom);
            return scan == expected;
        });
        property.QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0xA9 })]
    [InlineData(new byte[] { 0xE2, 0x82, 0xAC })]
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98, 0x80 })]
    public void ACharacterCutByTheBuffer_IsStillUtf8(byte[] character)
    {
        for (var before = Buffer - character.Length; before <= Buffer; before++)
        {
            using var folder = new TempFolder();
            var path = folder.File("a.csv");
            File.WriteAllBytes(path, [.. Enumerable.Repeat((byte)'x', before), .. character, (byte)'\n']);
            Assert.Equal(new CsvScan(true, 1, false, false, null), CsvTableSource.Scan(path));
        }
    }

    [Theory]
    [InlineData(Buffer - 1)]
    [InlineData(Buffer)]
    [InlineData(Buffer + 1)]
    public void AByteThatIsNeverUtf8_IsFound_AtTheBuffersEdge(int at)
    {
        using var folder = new TempFolder();
        var path = folder.File("a.csv");
        var bytes = Enumerable.Repeat((byte)'x', at + 10).ToArray();
        bytes[at] = 0xE9; // é in Windows-1252
        File.WriteAllBytes(path, bytes);
        Assert.False(CsvTableSource.Scan(path).Utf8);
    }

    [Fact]
    public void WholeCharacters_StopsBeforeACutCharacter_Only()
    {
        Assert.Equal(3, CsvTableSource.WholeCharacters("abc"u8));
        Assert.Equal(1, CsvTableSource.WholeCharacters([(byte)'a', 0xE2, 0x82]));
        Assert.Equal(4, CsvTableSource.WholeCharacters([(byte)'a', 0xE2, 0x82, 0xAC]));
        Assert.Equal(0, CsvTableSource.WholeCharacters([0xF0, 0x9F, 0x98]));
        Assert.Equal(1, CsvTableSource.WholeCharacters([0xFF])); // never a lead: left for the check to refuse
    }

    [Fact]
    public void Cut_IsTheFirstLineStartAfterThePointAskedFor()
    {
        using var folder = new TempFolder();
        var path = folder.File("a.csv");
        File.WriteAllBytes(path, "ab\ncd\nef\n"u8.ToArray());

        Assert.Equal((3L, 1), CsvTableSource.Scan(path, 0).Cut);
        Assert.Equal((3L, 1), CsvTableSource.Scan(path, 2).Cut); // the newline at the point itself ends the line
        Assert.Equal((6L, 2), CsvTableSource.Scan(path, 3).Cut);
        Assert.Null(CsvTableSource.Scan(path, 6).Cut); // the last line start is the end of the file: nothing to cut
        Assert.Null(CsvTableSource.Scan(path).Cut);
    }

    // The rules on the whole array: a strict decoder for UTF-8 (a character cut off by the end of the file is
    // let through, as the reader shows it as U+FFFD), and plain counts for the rest. The cut: the first '\n' at or
    // after cutFrom ends the line before it, unless nothing follows.
    private static CsvScan Oracle(byte[] bytes, long cutFrom)
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        try
        {
            strict.GetCharCount(bytes, 0, bytes.Length, flush: false);
        }
        catch (DecoderFallbackException)
        {
            return new(false, null, true, true, null);
        }

        var span = bytes.AsSpan();
        var lines = span.Count((byte)'\n') + (bytes[^1] == '\n' ? 0 : 1);
        (long, int)? cut = null;
        for (var i = (int)cutFrom; i < bytes.Length - 1; i++)
        {
            if (bytes[i] == '\n')
            {
                cut = (i + 1, span[..(i + 1)].Count((byte)'\n'));
                break;
            }
        }

        return new(true, lines, span.Contains((byte)'"'), span.Count((byte)'\r') != span.Count("\r\n"u8), cut);
    }
}
