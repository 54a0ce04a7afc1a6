using Kopdes.Shu.Ledger;

namespace Kopdes.Shu.Validation;

/// <summary>Finds the member ids that appear more than once, without making a string.</summary>
internal static class DuplicateIds
{
    /// <summary>
    /// For each text, the index of the first earlier text equal to it (ordinal, byte for byte), or -1; blank texts
    /// are skipped (-1). No string is made. The texts are first grouped by the top bits of their hash (a stable
    /// counting sort, so each group keeps ledger order), then each group gets a small hash table that stays in the
    /// processor's cache: one table over a million ids missed the cache on nearly every probe. Groups are
    /// independent and are checked side by side for a large column. Ids already in strictly ascending order
    /// (<paramref name="ascending"/>: member lists nearly always are) have no equal texts.
    /// </summary>
    public static int[] FirstOccurrences(Utf8Column ids, bool ascending, Parallelism parallelism)
    {
        var count = ids.Count;
        var first = new int[count];
        if (ascending)
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
                blank[i] = ids.IsBlank(i);
                hashes[i] = blank[i] ? 0 : Hash(ids.Utf8(i));
            }
        }

        // Hashing reads every id once; large columns hash in ranges side by side.
        MemberRanges.ForEach(count, parallelism, HashRange);

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
                        if ((uint)(slots[slot] >> 32) == hash && ids.Utf8(earlier).SequenceEqual(ids.Utf8(i)))
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
        if (parallelism.Splits(count))
        {
            var workers = Math.Min(parallelism.MaxDegree, groups);
            Parallel.For(0, workers, parallelism.Options, w => CheckGroups(groups * w / workers, groups * (w + 1) / workers, new ulong[1 << 12]));
        }
        else
        {
            CheckGroups(0, groups, new ulong[1 << 12]);
        }

        return first;
    }

    private static int Group(uint hash, int bits) => bits == 0 ? 0 : (int)(hash >> (32 - bits));

    // Seeded per process (HashCode), so no file can be made to collide on purpose; the result does not depend on it.
    private static uint Hash(ReadOnlySpan<byte> text)
    {
        var hash = default(HashCode);
        hash.AddBytes(text);
        return unchecked((uint)hash.ToHashCode());
    }
}
