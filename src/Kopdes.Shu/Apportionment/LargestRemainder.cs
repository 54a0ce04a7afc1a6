namespace Kopdes.Shu.Apportionment;

/// <summary>
/// Largest remainder (Hamilton) apportionment of whole units by whole weights, in exact integer arithmetic.
/// Each party gets floor(q) of its quota q = total x w / W; the units left over go one each to the largest
/// fractional parts, equal fractions ordered by an <see cref="ITieOrder"/>. Linear time on average: the
/// leftover units are chosen by selection, not by sorting every party.
/// </summary>
internal static class LargestRemainder
{
    /// <summary>
    /// Apportions <paramref name="total"/> units. <paramref name="weights"/> is overwritten with each party's
    /// remainder numerator (P x w mod W); <paramref name="result"/> receives the units; <paramref name="scratch"/>
    /// needs one slot a party; <paramref name="sum"/> receives W, the sum of the weights.
    /// </summary>
    public static ApportionStatus Apportion<TTie>(
        long total, UInt128[] weights, Span<long> result, Span<int> scratch, TTie tieOrder, out UInt128 sum)
        where TTie : ITieOrder
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        if (result.Length != weights.Length || scratch.Length < weights.Length)
        {
            throw new ArgumentException("result and scratch need one slot a party.", nameof(result));
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

        var assigned = units <= ulong.MaxValue / sum
            ? FloorsNarrow(units, (ulong)sum, weights, result)
            : FloorsWide(units, sum, weights, result);

        var leftover = checked((int)(units - assigned));
        if (leftover == 0)
        {
            return ApportionStatus.Done;
        }

        var candidates = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] != UInt128.Zero)
            {
                scratch[candidates++] = i;
            }
        }

        // Every candidate's remainder is below W and they add up to leftover x W, so leftover < candidates.
        var chosen = scratch[..candidates];
        var order = new RemainderOrder<TTie>(weights, tieOrder);
        Selection.PartitionSmallest(chosen, leftover, order);
        foreach (var index in chosen[..leftover])
        {
            result[index]++;
        }

        return ApportionStatus.Done;
    }

    private static bool TrySum(ReadOnlySpan<UInt128> weights, out UInt128 sum)
    {
        sum = UInt128.Zero;
        foreach (var w in weights)
        {
            if (w > UInt128.MaxValue - sum)
            {
                return false;
            }

            sum += w;
        }

        return true;
    }

    // The common case: every product total x w fits 64 bits, so one hardware division a party.
    private static ulong FloorsNarrow(ulong total, ulong sum, Span<UInt128> weights, Span<long> result)
    {
        ulong assigned = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var (quotient, remainder) = Math.DivRem(total * (ulong)weights[i], sum);
            result[i] = (long)quotient;
            weights[i] = remainder;
            assigned += quotient;
        }

        return assigned;
    }

    private static ulong FloorsWide(ulong total, UInt128 sum, Span<UInt128> weights, Span<long> result)
    {
        ulong assigned = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var (quotient, remainder) = UInt128.DivRem(total * weights[i], sum);
            result[i] = (long)quotient;
            weights[i] = remainder;
            assigned += (ulong)quotient;
        }

        return assigned;
    }

    private readonly struct RemainderOrder<TTie>(UInt128[] remainders, TTie tieOrder) : IComparer<int>
        where TTie : ITieOrder
    {
        public int Compare(int a, int b)
        {
            var byRemainder = remainders[b].CompareTo(remainders[a]);
            return byRemainder != 0 ? byRemainder : tieOrder.Compare(a, b);
        }
    }
}
