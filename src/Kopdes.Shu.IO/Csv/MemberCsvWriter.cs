using System.Runtime.CompilerServices;
using System.Text;
using Kopdes.Shu.IO.Results;
using Kopdes.Shu.IO.Tables;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Results;

namespace Kopdes.Shu.IO.Csv;

/// <summary>
/// The members CSV, one row a member, as <see cref="ResultTables.FillMemberRow"/> defines it and CsvHelper
/// writes it through <see cref="CsvTableWriter"/>: tests hold the bytes equal. It is made for a million rows:
/// ids and names go from the ledger's UTF-8 bytes to the file without a string, numbers through the integer
/// formatter, and blocks of rows are formatted on every core and written in order. CsvHelper's own writer
/// spends about 50 ns a field and does not go faster on two cores; a million rows of 14 fields took 0.8 s.
/// </summary>
internal static class MemberCsvWriter
{
    private const int BlockRows = 16_384;

    /// <summary>
    /// Writes the members CSV to <paramref name="output"/>, which is left open, in the context's culture: international
    /// (<c>,</c>, <c>1234567.5</c>) or Indonesian (<c>;</c>, <c>1.234.567,5</c>, after a byte order mark).
    /// </summary>
    public static void Write(Stream output, ShuResult result, ResultContext context, CancellationToken cancellationToken = default) =>
        Write(output, result, context, result.Members, cancellationToken);

    /// <summary>Writes a table of the members' columns for <paramref name="list"/>: the members, or the capital partners.</summary>
    public static void Write(Stream output, ShuResult result, ResultContext context, MemberShareList list, CancellationToken cancellationToken)
    {
        var dialect = context.Culture == NumberCulture.Indonesian ? Dialect.Indonesian : Dialect.International;
        CsvTableWriter.WriteHeader(output, ResultTables.MemberHeader(result), context.Culture);
        // The fields that are the same text for many members are made CSV fields once.
        var statuses = Enum.GetValues<MemberStatus>();
        var codes = Array.ConvertAll(statuses, status => Field(Encoding.UTF8.GetBytes(status.ToCode()), dialect));
        var notes = Array.ConvertAll(statuses, status => Field(Encoding.UTF8.GetBytes(ResultTables.IneligibleNote(status, context.Language)), dialect));
        var count = list.Count;
        var blocks = (count + BlockRows - 1) / BlockRows;
        var wave = Math.Max(1, Environment.ProcessorCount) * 2;
        var buffers = new Bytes[Math.Min(wave, Math.Max(blocks, 1))];
        for (var b = 0; b < buffers.Length; b++)
        {
            // About 85 bytes a row: room for a whole block, or for the few rows of a small cooperative.
            buffers[b] = new Bytes(Math.Min(BlockRows, count + 1) * 128);
        }

        // A wave of blocks is formatted side by side, then written out in order, and its buffers reused.
        for (var first = 0; first < blocks; first += buffers.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var inWave = Math.Min(buffers.Length, blocks - first);
            Parallel.For(0, inWave, b =>
            {
                // The buffer's position lives on this thread's stack while it writes: positions of buffers side by
                // side in memory would share a cache line between the cores, and every byte written would bounce it.
                var buffer = buffers[b];
                var start = (first + b) * BlockRows;
                WriteBlock(ref buffer, result, list, context, dialect, codes, notes, start, Math.Min(start + BlockRows, count));
                buffers[b] = buffer;
            });
            for (var b = 0; b < inWave; b++)
            {
                output.Write(buffers[b].Written);
            }
        }
    }

    // The rows of one block, the row loop inside. Called some sixty times a million members, never hot enough for
    // tiering to replace it: compiled fully optimised from its first call.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteBlock(ref Bytes buffer, ShuResult result, MemberShareList list, ResultContext context, Dialect dialect, byte[][] codes, byte[][] notes, int start, int end)
    {
        buffer.Clear();
        var poolAmounts = new long[result.Pools.Count];
        for (var i = start; i < end; i++)
        {
            WriteMember(ref buffer, result, list[i], context, dialect, codes, notes, poolAmounts);
        }
    }

    // Runs once a row: compiled fully optimised at its first call, so that a million rows do not run through the
    // first tier, or through precompiled code that cannot inline across assemblies, until tiering catches up.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteMember(ref Bytes row, ShuResult result, MemberShare member, ResultContext context, Dialect dialect, byte[][] codes, byte[][] notes, long[] poolAmounts)
    {
        var index = member.Index;
        Text(ref row, LedgerColumns.IdUtf8(result.Ledger, index), dialect.Separator);
        row.Write(dialect.Separator);
        if (context.Redact)
        {
            Text(ref row, Encoding.UTF8.GetBytes(context.Name(member.Name) ?? string.Empty), dialect.Separator);
        }
        else
        {
            Text(ref row, LedgerColumns.NameUtf8(result.Ledger, index), dialect.Separator);
        }

        row.Write(dialect.Separator);
        row.Write(codes[(int)member.Status]);
        row.Write(dialect.Separator);
        row.Write(member.Eligible ? "ya"u8 : "tidak"u8);

        // Most results are whole rupiah throughout: those figures are written from longs, with no decimal arithmetic.
        var forfeited = false;
        if (ResultColumns.TryGetWholeRupiah(member, poolAmounts, out var allocated, out var cash))
        {
            for (var p = 0; p < poolAmounts.Length; p++)
            {
                Weight(ref row, member, p, dialect);
                Number(ref row, poolAmounts[p], dialect);
            }

            // No tax and no minimum payout on this path: the gross and the net are the amount allocated.
            Number(ref row, allocated, dialect);
            Number(ref row, 0L, dialect);
            Number(ref row, allocated, dialect);
            Number(ref row, cash, dialect);
            Number(ref row, allocated - cash, dialect);
        }
        else
        {
            for (var p = 0; p < poolAmounts.Length; p++)
            {
                Weight(ref row, member, p, dialect);
                Number(ref row, member.Amount(p), dialect);
            }

            var payout = member.Payout;
            Number(ref row, payout.Gross, dialect);
            Number(ref row, payout.Tax, dialect);
            Number(ref row, payout.Net, dialect);
            Number(ref row, payout.Cash, dialect);
            Number(ref row, payout.ToVoluntarySavings, dialect);
            forfeited = payout.Forfeited > 0;
        }

        row.Write(dialect.Separator);
        if (!member.Eligible)
        {
            row.Write(notes[(int)member.Status]);
        }
        else if (forfeited)
        {
            Text(ref row, Encoding.UTF8.GetBytes(ResultTables.Note(member, member.Payout, result, context.Language)), dialect.Separator);
        }

        row.Write((byte)'\n');
    }

    /// <summary>How a file writes its fields: the separator, and numbers as Excel in Indonesia reads them or not.</summary>
    private readonly record struct Dialect(byte Separator, bool GroupsDigits)
    {
        public static readonly Dialect International = new((byte)',', false);

        public static readonly Dialect Indonesian = new((byte)';', true);
    }


    // A weight as the ledger gave it: from the long when the pool's weights are whole (no decimal formatting a
    // member), the decimal otherwise.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Weight(ref Bytes row, MemberShare member, int pool, Dialect dialect)
    {
        if (ResultColumns.TryGetWholeWeight(member, pool, out var whole))
        {
            Number(ref row, whole, dialect);
        }
        else
        {
            Number(ref row, member.Weight(pool), dialect);
        }
    }

    // A number after its separator, as CsvTableWriter writes it (never quoted: digits, '-', '.' and ',' under ';').
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Number(ref Bytes row, decimal value, Dialect dialect)
    {
        if (dialect.GroupsDigits)
        {
            row.Write(dialect.Separator);
            row.Write(Encoding.UTF8.GetBytes(CellRules.Format(value, NumberCulture.Indonesian)));
            return;
        }

        var span = row.Reserve(64);
        span[0] = dialect.Separator;
        row.Advance(CsvTableWriter.Format(value, span[1..]).Length + 1);
    }

    // A whole number after its separator: the digits decimal.ToString writes for it with no decimals, grouped by
    // thousands with '.' in the Indonesian form, as CellRules.Format writes it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Number(ref Bytes row, long value, Dialect dialect)
    {
        var span = row.Reserve(32);
        span[0] = dialect.Separator;
        var sign = 0;
        if (value < 0)
        {
            span[1] = (byte)'-';
            sign = 1;
        }

        // The magnitude through the unsigned formatter: digits only, no culture to look up.
        var digits = span[(1 + sign)..];
        unchecked((ulong)(value < 0 ? -value : value)).TryFormat(digits, out var length);
        if (dialect.GroupsDigits && length > 3)
        {
            // A '.' before each group of three from the right, moving the digits from the back: 1234567 is 1.234.567.
            var dots = (length - 1) / 3;
            for (int from = length - 1, to = length + dots - 1, run = 0; from >= 0; from--, to--, run++)
            {
                if (run == 3)
                {
                    digits[to--] = (byte)'.';
                    run = 0;
                }

                digits[to] = digits[from];
            }

            length += dots;
        }

        row.Advance(1 + sign + length);
    }

    private static byte[] Field(byte[] text, Dialect dialect)
    {
        var field = new Bytes(text.Length + 4);
        Text(ref field, text, dialect.Separator);
        return field.Written.ToArray();
    }

    /// <summary>
    /// A text field as CsvHelper writes <see cref="FormulaGuard.Guard"/>ed text with the default quoting: an
    /// apostrophe before what Excel would run as a formula (or an apostrophe), and quotes around a field with the
    /// separator, a quote, CR or LF, its quotes doubled.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Text(ref Bytes row, ReadOnlySpan<byte> text, byte separator = (byte)',')
    {
        var formula = !text.IsEmpty && FormulaGuard.Needs(text[0]);
        var quoted = text.IndexOfAny(separator, (byte)'"', (byte)'\r') >= 0 || text.Contains((byte)'\n');
        if (!quoted && !formula)
        {
            row.Write(text);
            return;
        }

        if (quoted)
        {
            row.Write((byte)'"');
        }

        if (formula)
        {
            row.Write((byte)'\'');
        }

        if (quoted)
        {
            int next;
            while ((next = text.IndexOf((byte)'"')) >= 0)
            {
                row.Write(text[..(next + 1)]);
                row.Write((byte)'"');
                text = text[(next + 1)..];
            }
        }

        row.Write(text);
        if (quoted)
        {
            row.Write((byte)'"');
        }
    }

    /// <summary>
    /// A growing byte buffer, written by one thread at a time: rows are formatted into it, then copied out. A struct,
    /// so that each writer keeps its position in a local of its own.
    /// </summary>
    internal struct Bytes(int capacity)
    {
        private byte[] _bytes = new byte[capacity];
        private int _length;

        public readonly ReadOnlySpan<byte> Written => _bytes.AsSpan(0, _length);

        public void Clear() => _length = 0;

        public Span<byte> Reserve(int size)
        {
            if (_bytes.Length - _length < size)
            {
                Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + size));
            }

            return _bytes.AsSpan(_length);
        }

        public void Advance(int count) => _length += count;

        public void Write(byte value)
        {
            Reserve(1)[0] = value;
            _length++;
        }

        public void Write(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(Reserve(bytes.Length));
            _length += bytes.Length;
        }
    }
}
