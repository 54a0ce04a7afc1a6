using Kopdes.Shu.Validation;

namespace Kopdes.Shu.IO.Workbooks;

/// <summary>A workbook refused for what it is (too large, a zip bomb): the issue says why.</summary>
internal sealed class WorkbookRefusedException(Issue issue) : IOException(issue.Message(Language.English))
{
    public Issue Issue { get; } = issue;
}

/// <summary>
/// A part's stream that stops at <see cref="WorkbookSource.MaxPartBytes"/> whatever the zip directory claimed:
/// a part that expands beyond it is refused while it is read, not after it has filled the memory.
/// </summary>
internal sealed class LimitedStream(Stream inner, string file, string part) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        _read += read;
        if (_read > WorkbookSource.MaxPartBytes)
        {
            throw new WorkbookRefusedException(FileIssues.PartTooLarge(file, part, _read, WorkbookSource.MaxPartBytes));
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
