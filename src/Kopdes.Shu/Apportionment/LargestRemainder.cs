using System.Numerics;

namespace Kopdes.Shu.Apportionment;

/// <summary>
/// Largest remainder (Hamilton) apportionment of whole units by whole weights, in exact integer arithmetic.
/// Each party gets floor(q) of its quota q = total x w / W; the units left over go one each to the largest
/// fractional parts, equal fractions ordered by an <see cref="ITieOrder"/>. Linear time on average: the
/// smallest remainder that still wins a unit is found by selection, not by sorting every party.
/// </summary>
internal static class LargestRemainder
{
    /// <summary>
    /// Apportions <paramref name="total"/> units. <paramref name="weights"/> is overwritten with each party's
    /// remainder numerator (P x w mod W); <paramref name="result"/> receives the units; <paramref name="indexScratch"/>
    /// and <paramref name="valueScratch"/> need one slot a party; <paramref name="sum"/> receives W.
    /// </summary>
    /// <typeparam name="T">
    /// <see cref="UInt128"/>, or <see cref="ulong"/> when the weights' sum W fits 64 bits (a million members' rupiah
    /// in sen do): half the memory to go through, the same apportionment.
    /// </typeparam>
    /// <typeparam name="TTie">How equal remainders are ordered.</typeparam>
    /// <exception cref="ArgumentException">64-bit weights whose sum does not fit 64 bits (their remainders would not).</exception>
    public static ApportionStatus Apportion<T, TTie>(
        long total,
        Span<T> weights,
        Span<long> result,
        Span<int> indexScratch,
        Span<T> valueScratch,
        TTie tieOrder,
        out UInt128 sum)
        where T : unmanaged, IBinaryInteger<T>, IUnsignedNumber<T>
        where TTie : ITieOrder
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        if (result.Length != weights.Length || indexScratch.Length < weights.Length || valueScratch.Length < weights.Length)
        {
            throw new ArgumentException("result and the scratch spans need one slot a party.", nameof(result));
        }

        result.Clear();
        if (!TrySum(weights, out sum))
        {
            return ApportionStatus.Overflow;
        }

        if (sum == UInt128.Zero)
        {
            return ApportionStatus.NoWeight;
        }

        var units = (ulong)total;
        if (units != 0 && sum > UInt128.MaxValue / units)
        {
            return ApportionStatus.Overflow;
        }

        if (typeof(T) == typeof(ulong) && sum > ulong.MaxValue)
        {
            throw new ArgumentException("64-bit weights must add up to less than 2^64.", nameof(weights));
        }

        var assigned = sum <= ulong.MaxValue / Math.Max(units, 1)
            ? FloorsNarrow(units, (ulong)sum, weights, result)
            : FloorsWide(units, sum, weights, result);

        var leftover = checked((int)(units - assigned));
        if (leftover > 0)
        {
            GiveLeftovers(leftover, weights, result, indexScratch, valueScratch, tieOrder);
        }

        return ApportionStatus.Done;
    }

    /// <summary>Apportionment with scratch space of its own, for the few parties of a fund tree or unit list.</summary>
    public static ApportionStatus Apportion(long total, Span<UInt128> weights, Span<long> result) =>
        Apportion(total, weights, result, new int[weights.Length], new UInt128[weights.Length], default(ListedOrder), out _);

    /// <summary>
    /// Gives <paramref name="leftover"/> units, one each, to the parties with the largest <paramref name="remainders"/>,
    /// equal ones in <paramref name="tieOrder"/>; a party whose remainder is zero takes none, so at least
    /// <paramref name="leftover"/> remainders must be above zero. The scratch spans need one slot a party.
    /// </summary>
    public static void GiveLeftovers<T, TTie>(
        int leftover, Span<T> remainders, Span<long> result, Span<int> indexScratch, Span<T> valueScratch, TTie tieOrder)
        where T : unmanaged, IBinaryInteger<T>, IUnsignedNumber<T>
        where TTie : ITieOrder
    {
        // In an apportionment every remainder is below W and they add up to leftover x W, so more than `leftover`
        // are above zero.
        var candidates = 0;
        for (var i = 0; i < remainders.Length; i++)
        {
            if (remainders[i] != T.Zero)
            {
                valueScratch[candidates++] = remainders[i];
            }
        }

        // The smallest remainder that still wins a unit; all larger ones win, equal ones share what is left.
        var threshold = Selection.NthLargest(valueScratch[..candidates], leftover - 1);
        var ties = 0;
        for (var i = 0; i < remainders.Length; i++)
        {
            if (remainders[i] > threshold)
            {
                result[i]++;
                leftover--;
            }
            else if (remainders[i] == threshold)
            {
                indexScratch[ties++] = i;
            }
        }

        // The tied were collected in index order: when that is the tie order too, the first of them win.
        var tied = indexScratch[..ties];
        if (!tieOrder.FollowsIndex)
        {
            Selection.PartitionSmallest(tied, leftover, new TieComparer<TTie>(tieOrder));
        }

        foreach (var index in tied[..leftover])
        {
            result[index]++;
        }
    }

    private static bool TrySum<T>(ReadOnlySpan<T> weights, out UInt128 sum)
        where T : unmanaged, IBinaryInteger<T>, IUnsignedNumber<T>
    {
        sum = UInt128.Zero;
        foreach (var weight in weights)
        {
            var w = UInt128.CreateTruncating(weight);
            if (w > UInt128.MaxValue - sum)
            {
                return false;
            }

            sum += w;
        }

        return true;
    }

    // Small pools: total x W fits 64 bits, so every product does too, one hardware division a party.
    private static ulong FloorsNarrow<T>(ulong total, ulong sum, Span<T> weights, Span<long> result)
        where T : unmanaged, IBinaryInteger<T>, IUnsignedNumber<T>
    {
        ulong assigned = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var (quotient, remainder) = Math.DivRem(total * ulong.CreateTruncating(weights[i]), sum);
            result[i] = (long)quotient;
            weights[i] = T.CreateTruncating(remainder);
            assigned += quotient;
        }

        return assigned;
    }

    // Large pools: total x w needs 128 bits. While W fits 64 bits (a million members' rupiah, in sen, do), each
    // quotient comes from one reciprocal of W worked out before the loop; beyond that, a full 128-bit division.
    // Either way every quotient is at most the total (w <= W), so it fits 64 bits.
    private static ulong FloorsWide<T>(ulong total, UInt128 sum, Span<T> weights, Span<long> result)
        where T : unmanaged, IBinaryInteger<T>, IUnsignedNumber<T>
    {
        if (sum <= ulong.MaxValue)
        {
            return FloorsWide(total, new InvariantDivisor((ulong)sum), weights, result);
        }

        ulong assigned = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var (quotient, remainder) = UInt128.DivRem(total * UInt128.CreateTruncating(weights[i]), sum);
            result[i] = (long)quotient;
            weights[i] = T.CreateTruncating(remainder);
            assigned += (ulong)quotient;
        }

        return assigned;
    }

    private static ulong FloorsWide<T>(ulong total, InvariantDivisor sum, Span<T> weights, Span<long> result)
        where T : unmanaged, IBinaryInteger<T>, IUnsignedNumber<T>
    {
        ulong assigned = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            // w <= W < 2^64: one hardware multiplication gives the 128-bit product.
            var high = Math.BigMul(total, ulong.CreateTruncating(weights[i]), out var low);
            var quotient = sum.DivRem(high, low, out var remainder);
            result[i] = (long)quotient;
            weights[i] = T.CreateTruncating(remainder);
            assigned += quotient;
        }

        return assigned;
    }

    private readonly struct TieComparer<TTie>(TTie tieOrder) : IComparer<int>
        where TTie : ITieOrder
    {
        public int Compare(int a, int b) => tieOrder.Compare(a, b);
    }
}
