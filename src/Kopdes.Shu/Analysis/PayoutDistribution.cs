using Kopdes.Shu.Results;

namespace Kopdes.Shu.Analysis;

/// <summary>
/// How the members' gross SHU is spread, for a members' meeting: quartiles, a histogram, the Lorenz curve and
/// its Gini coefficient. The population is every eligible member, those paid nothing included, so a pool that
/// goes to a few members shows as concentrated. Exact where it can be: sums in decimal, the Gini from the
/// sorted amounts by the standard formula G = 2 * sum(i * x_i) / (n * sum(x)) - (n + 1) / n.
/// </summary>
public sealed class PayoutDistribution
{
    private PayoutDistribution(decimal[] sorted)
    {
        Count = sorted.Length;
        Total = 0m;
        decimal ranked = 0m;
        for (var i = 0; i < sorted.Length; i++)
        {
            Total += sorted[i];
            ranked += (i + 1) * sorted[i];
        }

        Paid = sorted.Length - Array.FindLastIndex(sorted, x => x <= 0) - 1;
        Gini = Count == 0 || Total == 0 ? 0m : (2m * ranked / (Count * Total)) - ((Count + 1m) / Count);
        Minimum = Count == 0 ? 0m : sorted[0];
        Maximum = Count == 0 ? 0m : sorted[^1];
        Median = Quantile(sorted, 0.5m);
        LowerQuartile = Quantile(sorted, 0.25m);
        UpperQuartile = Quantile(sorted, 0.75m);
        Lorenz = LorenzPoints(sorted, Total);
        Histogram = Bins(sorted);
    }

    /// <summary>The eligible members counted.</summary>
    public int Count { get; }

    /// <summary>Of those, the members paid more than 0.</summary>
    public int Paid { get; }

    /// <summary>The sum of their gross SHU.</summary>
    public decimal Total { get; }

    /// <summary>0 when everyone gets the same, towards 1 when one member gets everything.</summary>
    public decimal Gini { get; }

    /// <summary>The smallest gross SHU.</summary>
    public decimal Minimum { get; }

    /// <summary>The largest gross SHU.</summary>
    public decimal Maximum { get; }

    /// <summary>The median gross SHU (the mean of the middle two for an even count).</summary>
    public decimal Median { get; }

    /// <summary>The first quartile, by the same interpolation.</summary>
    public decimal LowerQuartile { get; }

    /// <summary>The third quartile.</summary>
    public decimal UpperQuartile { get; }

    /// <summary>Points of the Lorenz curve, (share of members, share of SHU) from (0, 0) to (1, 1), at most 101 of them.</summary>
    public IReadOnlyList<(decimal Members, decimal Shu)> Lorenz { get; }

    /// <summary>Twenty equal-width bins from 0 to the largest payout, over the members paid more than 0.</summary>
    public IReadOnlyList<(decimal From, decimal To, int Members)> Histogram { get; }

    /// <summary>The distribution of the eligible members' gross SHU in a result.</summary>
    public static PayoutDistribution Of(ShuResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var amounts = new List<decimal>(result.Members.Count);
        foreach (var member in result.Members)
        {
            if (member.Eligible)
            {
                amounts.Add(member.Payout.Gross);
            }
        }

        return Of(amounts);
    }

    /// <summary>The distribution of any amounts (each at least 0).</summary>
    internal static PayoutDistribution Of(IEnumerable<decimal> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var sorted = amounts.ToArray();
        if (Array.Exists(sorted, x => x < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(amounts), "Payouts are never negative.");
        }

        Array.Sort(sorted);
        return new PayoutDistribution(sorted);
    }

    /// <summary>The quantile by linear interpolation between order statistics (type 7, as spreadsheets compute it).</summary>
    internal static decimal Quantile(decimal[] sorted, decimal p)
    {
        if (sorted.Length == 0)
        {
            return 0m;
        }

        var position = p * (sorted.Length - 1);
        var below = (int)decimal.Floor(position);
        var fraction = position - below;
        var value = below + 1 < sorted.Length ? sorted[below] + (fraction * (sorted[below + 1] - sorted[below])) : sorted[below];

        // Without the trailing zeros interpolation leaves (-62.0 is written -62).
        return value / 1.000000000000000000000000000000000m;
    }

    private static (decimal, decimal)[] LorenzPoints(decimal[] sorted, decimal total)
    {
        var n = sorted.Length;
        if (n == 0 || total == 0)
        {
            return [(0m, 0m), (1m, 1m)];
        }

        var steps = Math.Min(100, n);
        var points = new (decimal, decimal)[steps + 1];
        points[0] = (0m, 0m);
        decimal cumulative = 0m;
        var taken = 0;
        for (var s = 1; s <= steps; s++)
        {
            var upTo = (int)((long)n * s / steps);
            for (; taken < upTo; taken++)
            {
                cumulative += sorted[taken];
            }

            points[s] = ((decimal)upTo / n, cumulative / total);
        }

        return points;
    }

    private static (decimal, decimal, int)[] Bins(decimal[] sorted)
    {
        const int count = 20;
        var paid = sorted.Where(x => x > 0).ToArray();
        if (paid.Length == 0)
        {
            return [];
        }

        var width = decimal.Ceiling(paid[^1] / count);
        width = width <= 0 ? 1 : width;
        var bins = new (decimal, decimal, int)[count];
        for (var b = 0; b < count; b++)
        {
            bins[b] = (b * width, (b + 1) * width, 0);
        }

        foreach (var x in paid)
        {
            var b = Math.Min(count - 1, (int)(x / width));
            bins[b].Item3++;
        }

        return bins;
    }
}
