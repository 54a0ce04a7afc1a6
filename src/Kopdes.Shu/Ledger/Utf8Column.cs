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

    // Whether every text is ordinally after the one before it: -1 not yet known, else 0 or 1. Computed once.
    private int _ascending = -1;

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

    // Called once a member from loops compiled optimised from the start: inlined there, not run in the first tier.
    /// <summary>The text's UTF-8 bytes, valid as long as the column.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> Utf8(int index)
    {
        var start = index == 0 ? 0 : _ends[index - 1];
        return _bytes.AsSpan(start, _ends[index] - start);
    }

    /// <summary>
    /// True when every text comes after the one before it in <see cref="CompareOrdinal"/> order, so no two are equal
    /// and ledger order is id order (a member list sorted by number).
    /// </summary>
    public bool IsAscending
    {
        get
        {
            if (_ascending < 0)
            {
                _ascending = IsStrictlyAscending() ? 1 : 0;
            }

            return _ascending == 1;
        }
    }

    /// <summary>The text, or null where none was given.</summary>
    public string? TextOrNull(int index) => _nulls is not null && _nulls[index] ? null : this[index];

    /// <summary>Compares two texts as <see cref="string.CompareOrdinal(string, string)"/> compares their strings.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int CompareOrdinal(int a, int b)
    {
        var x = Utf8(a);
        var y = Utf8(b);
        var common = x.CommonPrefixLength(y);
        if (common == x.Length || common == y.Length)
        {
            return x.Length - y.Length;
        }

        // UTF-8 bytes sort by code point, UTF-16 by code unit: the two orders differ only between characters
        // from U+E000 (lead byte 0xEE) and those above U+FFFF (surrogate pairs in UTF-16). Decide those by the strings.
        return x[common] >= 0xEE && y[common] >= 0xEE
            ? string.CompareOrdinal(this[a], this[b])
            : x[common] - y[common];
    }

    // Runs once a row or member: compiled optimised from the first call (AggressiveOptimization), not through
    // the slow first tier while a million rows go by. See docs/performance.md.
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
    /// For each text, the index of the first earlier text equal to it (ordinal, byte for byte), or -1; blank texts
    /// are skipped (-1). No string is made. The texts are first grouped by the top bits of their hash (a stable
    /// counting sort, so each group keeps ledger order), then each group gets a small hash table that stays in the
    /// processor's cache: one table over a million ids missed the cache on nearly every probe. Groups are
    /// independent and are checked side by side for a large column. A column already in ascending order (member
    /// lists nearly always are) has no equal texts, and one pass comparing neighbours shows it.
    /// </summary>
    public int[] FirstOccurrences()
    {
        var count = Count;
        var first = new int[count];
        if (IsAscending)
        {
            first.AsSpan().Fill(-1);
            return first;
        }

        var hashes = new uint[count];
        var blank = new bool[count];
        var groupBits = Math.Clamp(System.Numerics.BitOperations.Log2((uint)Math.Max(count, 1)) - 11, 0, 12);
        var starts = new int[(1 << groupBits) + 1];
        void HashRange(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                first[i] = -1;
                blank[i] = IsBlank(i);
                hashes[i] = blank[i] ? 0 : Hash(Utf8(i));
            }
        }

        // Hashing reads every id once; large columns hash in ranges side by side.
        MemberRanges.ForEach(count, 200_000, HashRange);

        for (var i = 0; i < count; i++)
        {
            if (!blank[i])
            {
                starts[Group(hashes[i], groupBits) + 1]++;
            }
        }

        for (var g = 1; g < starts.Length; g++)
        {
            starts[g] += starts[g - 1];
        }

        // Each entry carries its hash beside its index: the group's checks then read the entries in order and touch
        // an id's other arrays and bytes only when its hash matches, not with a cache miss for every id.
        var order = new ulong[starts[^1]];
        var next = starts[..^1];
        for (var i = 0; i < count; i++)
        {
            if (!blank[i])
            {
                order[next[Group(hashes[i], groupBits)]++] = ((ulong)hashes[i] << 32) | (uint)i;
            }
        }

        void CheckGroups(int from, int to, ulong[] table)
        {
            for (var g = from; g < to; g++)
            {
                var members = order.AsSpan(starts[g], starts[g + 1] - starts[g]);
                var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, members.Length * 2));
                if (table.Length < size)
                {
                    table = new ulong[size];
                }

                var slots = table.AsSpan(0, size);
                slots.Clear();
                foreach (var entry in members)
                {
                    var hash = (uint)(entry >> 32);
                    var i = (int)unchecked((uint)entry);
                    var slot = (int)(hash & (uint)(size - 1));
                    var seen = false;
                    while (slots[slot] != 0)
                    {
                        var earlier = (int)(slots[slot] & uint.MaxValue) - 1;
                        if ((uint)(slots[slot] >> 32) == hash && Utf8(earlier).SequenceEqual(Utf8(i)))
                        {
                            first[i] = earlier;
                            seen = true;
                            break;
                        }

                        slot = (slot + 1) & (size - 1);
                    }

                    if (!seen)
                    {
                        slots[slot] = ((ulong)hash << 32) | (uint)(i + 1);
                    }
                }
            }
        }

        var groups = starts.Length - 1;
        if (count >= 200_000)
        {
            var workers = Math.Min(Environment.ProcessorCount, groups);
            Parallel.For(0, workers, w => CheckGroups(groups * w / workers, groups * (w + 1) / workers, new ulong[1 << 12]));
        }
        else
        {
            CheckGroups(0, groups, new ulong[1 << 12]);
        }

        return first;
    }

    // Each text ordinally after the one before it, so no two are equal.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsStrictlyAscending()
    {
        for (var i = 1; i < Count; i++)
        {
            if (CompareOrdinal(i - 1, i) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static int Group(uint hash, int bits) => bits == 0 ? 0 : (int)(hash >> (32 - bits));

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

    // Seeded per process (HashCode), so no file can be made to collide on purpose; the result does not depend on it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static uint Hash(ReadOnlySpan<byte> text)
    {
        var hash = default(HashCode);
        hash.AddBytes(text);
        return unchecked((uint)hash.ToHashCode());
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
