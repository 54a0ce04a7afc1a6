using System.Numerics;
using System.Runtime.CompilerServices;
using Kopdes.Shu.Apportionment;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;

namespace Kopdes.Shu.Engine;

/// <summary>
/// Steps 4 and 5 of the rules in one place: a member's weight in a pool is the sum of the pool's basis columns (at
/// year end, or over the monthly balances), and it counts only when the member's status is eligible and the weight
/// is above 0: an ineligible member weighs 0 in numerator and denominator alike. Here those weights are summed,
/// masked, made whole at one scale for the largest remainder, and counted. The apportionment, the totals and the
/// explanation all take a member's weight from here.
/// </summary>
internal sealed class EligibleWeights(MemberLedger ledger, bool[] eligibleByStatus)
{
    /// <summary>The ledger the weights are about.</summary>
    public MemberLedger Ledger => ledger;

    /// <summary>True when the member's status takes part in the pools.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsEligible(int member) => eligibleByStatus[(int)ledger.Statuses[member]];

    /// <summary>The member's weight as the apportionment counts it: 0 unless eligible and above 0.</summary>
    public decimal Of(AmountColumn? weights, int member) =>
        weights is not null && IsEligible(member) && weights[member] > 0 ? weights[member] : 0m;

    /// <summary>Each member's weight in a pool before eligibility: the sum of its basis columns, year-end or over the monthly balances.</summary>
    public static AmountColumn Basis(FundPolicy pool, MemberLedger ledger, MonthlyBalances? balances, Dictionary<string, int>? memberIndex, Parallelism parallelism)
    {
        if (pool.Savings == SavingsBasis.MonthlyAverage)
        {
            var monthly = new decimal[ledger.Count];
            foreach (var name in pool.Basis)
            {
                var column = balances!.Column(name)!;
                for (var row = 0; row < column.Length; row++)
                {
                    monthly[memberIndex![balances.MemberIds[row]]] += column[row];
                }
            }

            return AmountColumn.OfExact(monthly);
        }

        // One column is the common case: the ledger's own array serves as the weights, nothing copied.
        return pool.Basis.Count == 1
            ? ledger.Column(pool.Basis[0])!
            : Sum([.. pool.Basis.Select(name => ledger.Column(name)!)], ledger.Count, parallelism);
    }

    /// <summary>
    /// Each member's sum of the columns, as longs when every column is whole and no sum passes a long, else as
    /// decimals. Ranges of members side by side for a large ledger.
    /// </summary>
    public static AmountColumn Sum(List<AmountColumn> columns, int count, Parallelism parallelism)
    {
        if (columns.TrueForAll(c => c.Whole is not null))
        {
            var whole = columns.ConvertAll(c => c.Whole!);
            var sums = new long[count];
            var overflow = false;
            MemberRanges.ForEach(count, parallelism, (from, to) =>
            {
                if (!SumWhole(whole, sums, from, to))
                {
                    overflow = true;
                }
            });

            if (!overflow)
            {
                return AmountColumn.OfWhole(sums);
            }
        }

        var exact = new decimal[count];
        MemberRanges.ForEach(count, parallelism, (from, to) =>
        {
            for (var i = from; i < to; i++)
            {
                var weight = 0m;
                foreach (var column in columns)
                {
                    weight += column[i];
                }

                exact[i] = weight;
            }
        });

        return AmountColumn.OfExact(exact);
    }

    /// <summary>How many eligible members weigh something; ranges of members side by side for a large ledger.</summary>
    public int CountWeighted(AmountColumn weights, Parallelism parallelism)
    {
        var statuses = ledger.Statuses;
        return MemberRanges.Collect(weights.Length, parallelism, (from, to) =>
        {
            var weighted = 0;
            if (weights.Whole is { } whole)
            {
                for (var i = from; i < to; i++)
                {
                    weighted += whole[i] > 0 && eligibleByStatus[(int)statuses[i]] ? 1 : 0;
                }
            }
            else
            {
                for (var i = from; i < to; i++)
                {
                    weighted += weights.Exact![i] > 0 && eligibleByStatus[(int)statuses[i]] ? 1 : 0;
                }
            }

            return weighted;
        }).Sum();
    }

    /// <summary>
    /// The eligible members' weights as whole numbers at one scale (the largest among them), into
    /// <paramref name="whole64"/> when they and their sum fit 64 bits, else into <paramref name="wide"/> (rented the
    /// first time a pool needs it, which is almost never). The scale is null when even 128 bits cannot hold them.
    /// </summary>
    public Whole MakeWhole(AmountColumn weights, Span<ulong> whole64, Func<Span<UInt128>> wide) =>
        weights.Whole is { } longs ? MakeWhole(longs, whole64, wide) : MakeWhole(weights.Exact!, whole64, wide);

    // Whole weights are whole already, at scale 0: each eligible member's positive weight as it is.
    private Whole MakeWhole(long[] weights, Span<ulong> whole64, Func<Span<UInt128>> wide)
    {
        var statuses = ledger.Statuses;
        var weighted = 0;
        var sum = 0UL;
        var fits = true;
        for (var i = 0; i < weights.Length; i++)
        {
            var weight = weights[i] > 0 && eligibleByStatus[(int)statuses[i]] ? (ulong)weights[i] : 0UL;
            whole64[i] = weight;
            weighted += weight > 0 ? 1 : 0;
            fits &= weight <= ulong.MaxValue - sum;
            sum = unchecked(sum + weight);
        }

        if (fits)
        {
            return new Whole(Fits64: true, Scale: 0, weighted);
        }

        var widened = wide();
        for (var i = 0; i < weights.Length; i++)
        {
            widened[i] = whole64[i];
        }

        return new Whole(Fits64: false, Scale: 0, weighted);
    }

    private Whole MakeWhole(decimal[] weights, Span<ulong> whole64, Func<Span<UInt128>> wide)
    {
        // One pass reads each weight's bits: the largest scale, the members who weigh, and, while every weight has
        // the same scale and their sum fits 64 bits (whole rupiah, or all in sen: nearly always), the whole weights
        // themselves. Otherwise the weights are made whole again below, at the largest scale.
        var statuses = ledger.Statuses;
        var storedScale = 0;
        var weighted = 0;
        var sameScale = -1;
        var uniform = true;
        var sum64 = 0UL;
        Span<int> bits = stackalloc int[4];
        for (var i = 0; i < weights.Length; i++)
        {
            var mantissa = WholeWeights.Parts(weights[i], bits, out var valueScale, out var positive);
            if (!positive || !eligibleByStatus[(int)statuses[i]])
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

        if (uniform || TryScaleAll(weights, storedScale, whole64))
        {
            return new Whole(Fits64: true, storedScale, weighted);
        }

        // Only when the stored scale would overflow is it worth finding the scale without trailing zeros
        // (12.50 as 12.5), value by value.
        var widened = wide();
        if (TryScaleAll(weights, storedScale, widened))
        {
            return new Whole(Fits64: false, storedScale, weighted);
        }

        var scale = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            if (eligibleByStatus[(int)statuses[i]] && weights[i] > 0)
            {
                scale = Math.Max(scale, WholeWeights.Scale(weights[i]));
            }
        }

        return TryScaleAll(weights, scale, widened) ? new Whole(Fits64: false, scale, weighted) : new Whole(Fits64: false, null, weighted);
    }

    // Each eligible member's weight x 10^scale into whole; false when one does not fit T, or (for ulong) when
    // their sum does not fit 64 bits either.
    private bool TryScaleAll<T>(decimal[] weights, int scale, Span<T> whole)
        where T : unmanaged, IBinaryInteger<T>, IUnsignedNumber<T>
    {
        var statuses = ledger.Statuses;
        Span<int> bits = stackalloc int[4];
        var sum = 0UL;
        for (var i = 0; i < weights.Length; i++)
        {
            // A million times a pool: the value's own bits, not decimal comparisons. Most are at the scale already.
            var mantissa = WholeWeights.Parts(weights[i], bits, out var valueScale, out var positive);
            if (!eligibleByStatus[(int)statuses[i]] || !positive)
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

    // Once a pool over a range of every member: the columns added into the sums, past a long refused.
    private static bool SumWhole(List<long[]> columns, long[] sums, int from, int to)
    {
        foreach (var column in columns)
        {
            for (var i = from; i < to; i++)
            {
                var sum = unchecked(sums[i] + column[i]);

                // Signs alike that give a sign unlike: past a long (amounts are never negative here in practice).
                if (((sums[i] ^ sum) & (column[i] ^ sum)) < 0)
                {
                    return false;
                }

                sums[i] = sum;
            }
        }

        return true;
    }

    /// <summary>The eligible weights made whole: in 64 bits or wide, at what scale (null: beyond 128 bits), and how many weigh.</summary>
    public readonly record struct Whole(bool Fits64, int? Scale, int Weighted);
}
