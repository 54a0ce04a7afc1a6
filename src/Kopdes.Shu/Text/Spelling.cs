namespace Kopdes.Shu.Text;

/// <summary>
/// The known name nearest to a mistyped one (<c>persen</c> gives <c>percent</c>), for messages that say what was
/// probably meant. Compiled into Kopdes.Shu.IO as well, as shared source: no public surface for it.
/// </summary>
internal static class Spelling
{
    /// <summary>
    /// The known name at the smallest edit distance from <paramref name="word"/> (case, spaces, <c>_</c> and <c>-</c>
    /// ignored), when it is close enough to be a slip: at most two edits, or a third of the word. Null otherwise.
    /// </summary>
    public static string? Nearest(string word, IEnumerable<string> known)
    {
        var loose = Loose(word);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in known)
        {
            var distance = Distance(loose, Loose(name));
            if (distance < bestDistance)
            {
                (best, bestDistance) = (name, distance);
            }
        }

        return bestDistance <= Math.Max(2, loose.Length / 3) ? best : null;
    }

    /// <summary>
    /// Up to <paramref name="count"/> known names close enough to <paramref name="word"/> to be a slip (as
    /// <see cref="Nearest"/> judges), nearest first, then in ordinal order.
    /// </summary>
    public static IReadOnlyList<string> NearestFew(string word, IEnumerable<string> known, int count)
    {
        var loose = Loose(word);
        var limit = Math.Max(2, loose.Length / 3);
        return [.. known
            .Select(name => (Name: name, Distance: Distance(loose, Loose(name))))
            .Where(n => n.Distance <= limit)
            .OrderBy(n => n.Distance).ThenBy(n => n.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(n => n.Name)];
    }

    /// <summary>The name as the loose comparisons see it: case, spaces, <c>_</c> and <c>-</c> ignored.</summary>
    public static string Loose(string name) =>
        string.Concat(name.Where(c => c is not (' ' or '_' or '-'))).ToLowerInvariant();

    // Levenshtein distance, one row at a time.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
