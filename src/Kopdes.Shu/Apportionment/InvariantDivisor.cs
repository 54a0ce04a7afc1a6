using System.Numerics;
using System.Runtime.CompilerServices;

namespace Kopdes.Shu.Apportionment;

/// <summary>
/// Division of 128-bit numbers by one 64-bit divisor, many times over: the divisor's reciprocal is worked out
/// once, and each division is then two multiplications and at most two corrections (Möller and Granlund,
/// "Improved division by invariant integers", IEEE Transactions on Computers, 2011, algorithm 4). Exact, all in
/// integers; about three times faster than <see cref="UInt128.DivRem(UInt128, UInt128)"/>, which a pool of a
/// million members runs once a member.
/// </summary>
internal readonly struct InvariantDivisor
{
    private readonly ulong _normalized;
    private readonly ulong _reciprocal;
    private readonly int _shift;

    /// <param name="divisor">Above 0.</param>
    public InvariantDivisor(ulong divisor)
    {
        ArgumentOutOfRangeException.ThrowIfZero(divisor);
        _shift = BitOperations.LeadingZeroCount(divisor);
        _normalized = divisor << _shift;

        // floor((2^128 - 1) / d) - 2^64 for the normalized d: the quotient lies in [2^64, 2^128 / 2^63), so
        // dropping its top bit leaves exactly the 64 bits the algorithm calls v.
        _reciprocal = unchecked((ulong)(UInt128.MaxValue / _normalized));
    }

    /// <summary>
    /// <paramref name="dividend"/> / divisor and its remainder. The quotient must fit 64 bits, that is
    /// dividend &lt; divisor x 2^64; the caller guarantees it. Inlined into the loop over members.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong DivRem(UInt128 dividend, out ulong remainder) =>
        DivRem((ulong)(dividend >> 64), unchecked((ulong)dividend), out remainder);

    /// <summary>(<paramref name="high"/> x 2^64 + <paramref name="low"/>) / divisor and its remainder; <paramref name="high"/> must be below the divisor.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong DivRem(ulong high, ulong low, out ulong remainder)
    {
        if (_shift != 0)
        {
            high = (high << _shift) | (low >> (64 - _shift));
            low <<= _shift;
        }

        unchecked
        {
            // (q1, q0) = v x high + (high + 1, low), modulo 2^128.
            var q1 = Math.BigMul(_reciprocal, high, out var q0);
            var sum = q0 + low;
            q1 += high + 1 + (sum < q0 ? 1UL : 0UL);
            q0 = sum;

            var r = low - (q1 * _normalized);
            if (r > q0)
            {
                q1--;
                r += _normalized;
            }

            if (r >= _normalized)
            {
                q1++;
                r -= _normalized;
            }

            remainder = r >> _shift;
            return q1;
        }
    }
}
