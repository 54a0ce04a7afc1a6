namespace Kopdes.Shu;

/// <summary>Work over every member done in ranges of members, side by side for a large ledger.</summary>
internal static class MemberRanges
{
    private const int Size = 1 << 16;

    /// <summary>
    /// Calls <paramref name="body"/> with each range [from, to) of <paramref name="count"/> members: side by side as
    /// <paramref name="parallelism"/> allows, one after another otherwise. The body must only write to its own range.
    /// </summary>
    public static void ForEach(int count, Parallelism parallelism, Action<int, int> body)
    {
        var ranges = (count + Size - 1) / Size;
        if (parallelism.Splits(count))
        {
            Parallel.For(0, ranges, parallelism.Options, r => body(r * Size, Math.Min((r + 1) * Size, count)));
            return;
        }

        for (var r = 0; r < ranges; r++)
        {
            body(r * Size, Math.Min((r + 1) * Size, count));
        }
    }

    /// <summary>
    /// <see cref="ForEach"/> for work that finds something in each range: what <paramref name="body"/> returns for
    /// each range, in the order of the ranges, whichever thread ran them.
    /// </summary>
    public static T[] Collect<T>(int count, Parallelism parallelism, Func<int, int, T> body)
    {
        var found = new T[(count + Size - 1) / Size];
        ForEach(count, parallelism, (from, to) => found[from / Size] = body(from, to));
        return found;
    }
}
