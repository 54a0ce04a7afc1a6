using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using Kopdes.Shu.Apportionment;
using Kopdes.Shu.Ledger;

namespace Kopdes.Shu.Engine;

/// <summary>
/// Step 6 for one pool (or one unit of a per-unit pool): the eligible members' weights made whole and
/// apportioned by largest remainder, ties to the smaller member id. Holds the scratch arrays, so one
/// instance serves every pool of a run; they are rented from the shared pool, so repeated runs do not
/// allocate (and page in) tens of megabytes each time. Dispose to return them.
/// </summary>
internal sealed class MemberApportionment : IDisposable
{
    private readonly MemberLedger _ledger;
    private readonly bool[] _eligible;
    private readonly ulong[] _whole;
    private readonly int[] _indexScratch;
    private readonly ulong[] _valueScratch;

    // Weights (or their sum) beyond 64 bits: rented the first time a pool needs them, which is almost never.
    private UInt128[]? _wideWhole;
    private UInt128[]? _wideScratch;

    public MemberApportionment(MemberLedger ledger, bool[] eligibleByStatus)
    {
        _ledger = ledger;
        _eligible = eligibleByStatus;
        _whole = ArrayPool<ulong>.Shared.Rent(ledger.Count);
        _indexScratch = ArrayPool<int>.Shared.Rent(ledger.Count);
        _valueScratch = ArrayPool<ulong>.Shared.Rent(ledger.Count);
    }

    public void Dispose()
    {
        ArrayPool<ulong>.Shared.Return(_whole);
        ArrayPool<int>.Shared.Return(_indexScratch);
        ArrayPool<ulong>.Shared.Return(_valueScratch);
        if (_wideWhole is not null)
        {
            ArrayPool<UInt128>.Shared.Return(_wideWhole);
            ArrayPool<UInt128>.Shared.Return(_wideScratch!);
        }
    }

    /// <summary>
    /// Apportions <paramref name="total"/> units by <paramref name="weights"/> (null: everyone weighs 0) into
    /// <paramref name="amounts"/>; ineligible members weigh 0 in numerator and denominator alike.
    /// </summary>
    public Outcome Apportion(long total, AmountColumn? weights, long[] amounts)
    {
        Array.Clear(amounts);
        if (weights is null)
        {
            return new Outcome(ApportionStatus.NoWeight, UInt128.Zero, 0, 0m, 0);
        }

        return weights.Whole is { } whole ? Apportion(total, whole, amounts) : Apportion(total, weights.Exact!, amounts);
    }

    // Whole weights are whole already, at scale 0: each eligible member's positive weight as it is.
    private Outcome Apportion(long total, long[] weights, long[] amounts)
    {
        var count = _ledger.Count;
        var whole64 = _whole.AsSpan(0, count);
        var (weighted, fits) = TakeWhole(weights, whole64);
        var order = new OrdinalKeyOrder(_ledger.Ids);
        UInt128 sum;
        ApportionStatus status;
        if (fits)
        {
            status = LargestRemainder.Apportion(total, whole64, amounts, _indexScratch.AsSpan(0, count), _valueScratch.AsSpan(0, count), order, out sum);
        }
        else
        {
            _wideWhole ??= ArrayPool<UInt128>.Shared.Rent(count);
            _wideScratch ??= ArrayPool<UInt128>.Shared.Rent(count);
            var wide = _wideWhole.AsSpan(0, count);
            for (var i = 0; i < count; i++)
            {
                wide[i] = whole64[i];
            }

            status = LargestRemainder.Apportion(total, wide, amounts, _indexScratch.AsSpan(0, count), _wideScratch.AsSpan(0, count), order, out sum);
        }

        return Finish(status, sum, 0, weighted, amounts);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int Weighted, bool Fits) TakeWhole(long[] weights, Span<ulong> whole)
    {
        var statuses = _ledger.Statuses;
        var weighted = 0;
        var sum = 0UL;
        var fits = true;
        for (var i = 0; i < weights.Length; i++)
        {
            var weight = weights[i] > 0 && _eligible[(int)statuses[i]] ? (ulong)weights[i] : 0UL;
            whole[i] = weight;
            weighted += weight > 0 ? 1 : 0;
            fits &= weight <= ulong.MaxValue - sum;
            sum = unchecked(sum + weight);
        }

        return (weighted, fits);
    }

    private Outcome Apportion(long total, decimal[] weights, long[] amounts)
    {
        // One pass reads each weight's bits: the largest scale, the members who weigh, and, while every weight has
        // the same scale and their sum fits 64 bits (whole rupiah, or all in sen: nearly always), the whole weights
        // themselves. Otherwise the weights are made whole again below, at the largest scale.
        var count = _ledger.Count;
        var statuses = _ledger.Statuses;
        var whole64 = _whole.AsSpan(0, count);
        var storedScale = 0;
        var weighted = 0;
        var sameScale = -1;
        var uniform = true;
        var sum64 = 0UL;
        Span<int> bits = stackalloc int[4];
        for (var i = 0; i < weights.Length; i++)
        {
            var mantissa = WholeWeights.Parts(weights[i], bits, out var valueScale, out var positive);
            if (!positive || !_eligible[(int)statuses[i]])
            {
                whole64[i] = 0;
                continue;
            }

            storedScale = Math.Max(storedScale, valueScale);
            weighted++;
            sameScale = sameScale < 0 ? valueScale : sameScale;
            uniform = uniform && valueScale == sameScale && mantissa <= ulong.MaxValue && (ulong)mantissa <= ulong.MaxValue - sum64;
            if (uniform)
            {
                whole64[i] = (ulong)mantissa;
                sum64 += (ulong)mantissa;
            }
        }

        // Whole weights whose sum fits 64 bits (a million members at up to Rp 100 billion each, in sen) are
        // apportioned as ulongs; larger ones as UInt128s.
        var order = new OrdinalKeyOrder(_ledger.Ids);
        var scale = storedScale;
        ApportionStatus status;
        UInt128 sum;
        if (uniform || TryMakeWhole(weights, scale, whole64))
        {
            status = LargestRemainder.Apportion(total, whole64, amounts, _indexScratch.AsSpan(0, count), _valueScratch.AsSpan(0, count), order, out sum);
        }
        else
        {
            _wideWhole ??= ArrayPool<UInt128>.Shared.Rent(count);
            _wideScratch ??= ArrayPool<UInt128>.Shared.Rent(count);
            var whole = _wideWhole.AsSpan(0, count);

            // Only when the stored scale would overflow is it worth finding the scale without trailing zeros
            // (12.50 as 12.5), value by value.
            if (!TryMakeWhole(weights, scale, whole))
            {
                scale = 0;
                for (var i = 0; i < weights.Length; i++)
                {
                    if (_eligible[(int)statuses[i]] && weights[i] > 0)
                    {
                        scale = Math.Max(scale, WholeWeights.Scale(weights[i]));
                    }
                }

                if (!TryMakeWhole(weights, scale, whole))
                {
                    return new Outcome(ApportionStatus.Overflow, UInt128.Zero, scale, 0m, weighted);
                }
            }

            status = LargestRemainder.Apportion(total, whole, amounts, _indexScratch.AsSpan(0, count), _wideScratch.AsSpan(0, count), order, out sum);
        }

        return Finish(status, sum, scale, weighted, amounts);
    }

    // The total weight is reported as a decimal; one that a decimal cannot hold is over the limit too.
    private static Outcome Finish(ApportionStatus status, UInt128 sum, int scale, int weighted, long[] amounts)
    {
        if (status == ApportionStatus.Overflow || !WholeWeights.TryToDecimal(sum, scale, out var totalWeight))
        {
            Array.Clear(amounts);
            return new Outcome(ApportionStatus.Overflow, UInt128.Zero, scale, 0m, weighted);
        }

        return new Outcome(status, sum, scale, totalWeight, weighted);
    }

    // Each eligible member's weight x 10^scale into whole; false when one does not fit T, or (for ulong) when
    // their sum does not fit 64 bits either.
    private bool TryMakeWhole<T>(decimal[] weights, int scale, Span<T> whole)
        where T : unmanaged, IBinaryInteger<T>, IUnsignedNumber<T>
    {
        var statuses = _ledger.Statuses;
        Span<int> bits = stackalloc int[4];
        var sum = 0UL;
        for (var i = 0; i < weights.Length; i++)
        {
            // A million times a pool: the value's own bits, not decimal comparisons. Most are at the scale already.
            var mantissa = WholeWeights.Parts(weights[i], bits, out var valueScale, out var positive);
            if (!_eligible[(int)statuses[i]] || !positive)
            {
                whole[i] = T.Zero;
                continue;
            }

            if (valueScale != scale && !WholeWeights.TryScale(weights[i], scale, out mantissa))
            {
                return false;
            }

            if (typeof(T) == typeof(ulong))
            {
                if (mantissa > ulong.MaxValue || (ulong)mantissa > ulong.MaxValue - sum)
                {
                    return false;
                }

                sum += (ulong)mantissa;
            }

            whole[i] = T.CreateTruncating(mantissa);
        }

        return true;
    }

    /// <summary>How one apportionment among members went, and the numbers an explanation needs.</summary>
    public readonly record struct Outcome(
        ApportionStatus Status, UInt128 WholeWeight, int Scale, decimal TotalWeight, int WeightedMembers);
}
