using System.Collections;
using System.Runtime.CompilerServices;
using System.Text;

namespace Kopdes.Shu.Ledger;

/// <summary>
/// A column of short texts (member ids, names) kept as one UTF-8 block and the end of each text: a million
/// members cost two arrays, not two million strings for the garbage collector to copy through its
/// generations. A string is made only when one is asked for.
/// </summary>
internal sealed class Utf8Column : IReadOnlyList<string>
{
    private readonly byte[] _bytes;
    private readonly int[] _ends;
    private readonly bool[]? _nulls;

    private Utf8Column(byte[] bytes, int[] ends, bool[]? nulls)
    {
        _bytes = bytes;
        _ends = ends;
        _nulls = nulls;
    }

    public int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _ends.Length;
    }

    /// <summary>The text at <paramref name="index"/> as a new string (empty for a missing text).</summary>
    public string this[int index] => Encoding.UTF8.GetString(Utf8(index));

    // Called once a member from loops compiled optimised from the start: inlined into them.
    /// <summary>The text's UTF-8 bytes, valid as long as the column.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> Utf8(int index)
    {
        var start = index == 0 ? 0 : _ends[index - 1];
        return _bytes.AsSpan(start, _ends[index] - start);
    }

    /// <summary>The texts as keys of the tie order (member ids).</summary>
    public Keys AsKeys => new(this);

    /// <summary>The text, or null where none was given.</summary>
    public string? TextOrNull(int index) => _nulls is not null && _nulls[index] ? null : this[index];

    // Runs once a row: compiled fully optimised at its first call, so that a million rows do not run through the
    // first tier, or through precompiled code that cannot inline across assemblies, until tiering catches up.
    /// <summary>True when the text is empty or white space only, as <see cref="string.IsNullOrWhiteSpace(string)"/> judges it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsBlank(int index)
    {
        foreach (var b in Utf8(index))
        {
            // Bytes of 0x80 and above belong to a multi-byte character: judge those rare texts by their string.
            if (b >= 0x80)
            {
                return string.IsNullOrWhiteSpace(this[index]);
            }

            if (!char.IsWhiteSpace((char)b))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The indices of the texts that hold a control character (U+0000-U+001F, U+007F, U+0080-U+009F), in order: one
    /// vectorised scan over the whole block, stopping only where such a byte (or the lead byte of C1) is.
    /// </summary>
    public List<int> WithControlCharacters()
    {
        var found = new List<int>();
        var bytes = _bytes.AsSpan(0, Count == 0 ? 0 : _ends[^1]);
        var at = 0;
        while (at < bytes.Length)
        {
            // Two vectorised searches (a range, and two bytes) are far quicker than one over a set with a non-ASCII byte.
            var rest = bytes[at..];
            var c0 = rest.IndexOfAnyInRange((byte)0x00, (byte)0x1F);
            var other = (c0 < 0 ? rest : rest[..c0]).IndexOfAny((byte)0x7F, (byte)0xC2);
            var next = other >= 0 ? other : c0;
            if (next < 0)
            {
                break;
            }

            at += next;
            // 0xC2 leads U+0080-U+00FF: only U+0080-U+009F are controls.
            if (bytes[at] == 0xC2 && (at + 1 >= bytes.Length || bytes[at + 1] > 0x9F))
            {
                at++;
                continue;
            }

            // The text holding the byte: the first whose end lies beyond it. Then on past that text.
            int low = 0, high = _ends.Length - 1;
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                (low, high) = _ends[middle] > at ? (low, middle) : (middle + 1, high);
            }

            var index = low;
            found.Add(index);
            at = _ends[index];
        }

        return found;
    }

    /// <summary>The first index whose text equals <paramref name="text"/>, or -1.</summary>
    public int IndexOf(string text)
    {
        var wanted = Encoding.UTF8.GetBytes(text);
        for (var i = 0; i < _ends.Length; i++)
        {
            if (Utf8(i).SequenceEqual(wanted))
            {
                return i;
            }
        }

        return -1;
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A column's texts as keys of the tie order.</summary>
    internal readonly struct Keys(Utf8Column column) : Apportionment.IUtf8Keys
    {
        public int Count => column.Count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ReadOnlySpan<byte> Utf8(int index) => column.Utf8(index);
    }

    /// <summary>Collects texts in order; <see cref="Build"/> freezes them into a column.</summary>
    internal sealed class Builder
    {
        private byte[] _bytes = [];
        private int[] _ends = [];
        private bool[]? _nulls;
        private int _used;

        public int Count { get; private set; }

        /// <summary>Room for <paramref name="texts"/> texts of <paramref name="bytes"/> bytes in all, allocated once.</summary>
        public void EnsureCapacity(int texts, int bytes)
        {
            if (texts > _ends.Length)
            {
                Array.Resize(ref _ends, texts);
                if (_nulls is not null)
                {
                    Array.Resize(ref _nulls, texts);
                }
            }

            if (bytes > _bytes.Length)
            {
                Array.Resize(ref _bytes, bytes);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(ReadOnlySpan<byte> utf8)
        {
            var index = Grow(utf8.Length);
            utf8.CopyTo(_bytes.AsSpan(_used));
            End(index, utf8.Length);
        }

        public void Add(string? text)
        {
            var index = Grow(text is null ? 0 : Encoding.UTF8.GetMaxByteCount(text.Length));
            if (text is null)
            {
                _nulls ??= new bool[_ends.Length];
                _nulls[index] = true;
                End(index, 0);
                return;
            }

            End(index, Encoding.UTF8.GetBytes(text, _bytes.AsSpan(_used)));
        }

        /// <summary>Adds every text of <paramref name="other"/>, in order.</summary>
        public void Append(Builder other)
        {
            var start = Count;
            EnsureCapacity(Count + other.Count, _used + other._used);
            other._bytes.AsSpan(0, other._used).CopyTo(_bytes.AsSpan(_used));
            for (var i = 0; i < other.Count; i++)
            {
                _ends[start + i] = other._ends[i] + _used;
            }

            if (other._nulls is not null)
            {
                _nulls ??= new bool[_ends.Length];
                other._nulls.AsSpan(0, other.Count).CopyTo(_nulls.AsSpan(start));
            }

            _used += other._used;
            Count += other.Count;
        }

        public Utf8Column Build()
        {
            // The block was sized from an estimate; copying a million members' text to drop a little slack costs
            // more than the slack. Only a block mostly empty is trimmed.
            if (_bytes.Length - _used > _used / 2)
            {
                Array.Resize(ref _bytes, _used);
            }

            Array.Resize(ref _ends, Count);
            if (_nulls is not null)
            {
                Array.Resize(ref _nulls, Count);
            }

            return new Utf8Column(_bytes, _ends, _nulls);
        }

        private int Grow(int bytes)
        {
            if (Count == _ends.Length)
            {
                var capacity = Math.Max(16, Count * 2);
                Array.Resize(ref _ends, capacity);
                if (_nulls is not null)
                {
                    Array.Resize(ref _nulls, capacity);
                }
            }

            if (_bytes.Length - _used < bytes)
            {
                Array.Resize(ref _bytes, (int)Math.Min(Math.Max(Math.Max(256L, _bytes.Length * 2L), (long)_used + bytes), Array.MaxLength));
            }

            return Count;
        }

        private void End(int index, int length)
        {
            _used += length;
            _ends[index] = _used;
            Count = index + 1;
        }
    }
}
