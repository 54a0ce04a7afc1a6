using System.Buffers;
using System.Numerics;
using Kopdes.Shu.Apportionment;
using Kopdes.Shu.Ledger;

namespace Kopdes.Shu.Engine;

/// <summary>
/// Step 6 for one pool (or one unit of a per-unit pool): the eligible members' whole weights (from
/// <see cref="EligibleWeights"/>) apportioned by largest remainder, ties to the smaller member id. Holds the scratch
/// arrays, so one instance serves every pool of a run; they are rented from the shared pool, so repeated runs do not
/// allocate (and page in) tens of megabytes each time. Dispose to return them.
/// </summary>
internal sealed class MemberApportionment : IDisposable
{
    private readonly EligibleWeights _eligible;
    private readonly OrdinalKeyOrder<Utf8Column.Keys> _order;
    private readonly int _count;
    private readonly ulong[] _whole;
    private readonly int[] _indexScratch;
    private readonly ulong[] _valueScratch;

    // Weights (or their sum) beyond 64 bits: rented the first time a pool needs them, which is almost never.
    private UInt128[]? _wideWhole;
    private UInt128[]? _wideScratch;

    public MemberApportionment(EligibleWeights eligible, OrdinalKeyOrder<Utf8Column.Keys> order)
    {
        _eligible = eligible;
        _order = order;
        _count = eligible.Ledger.Count;
        _whole = ArrayPool<ulong>.Shared.Rent(_count);
        _indexScratch = ArrayPool<int>.Shared.Rent(_count);
        _valueScratch = ArrayPool<ulong>.Shared.Rent(_count);
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
    /// <paramref name="amounts"/>; ineligible members weigh 0 in numerator and denominator alike. With a
    /// <paramref name="statedTotal"/> (the whole business, non-members included), the members share only
    /// <c>total x their weight / statedTotal</c>, rounded down to whole units; the rest is <see cref="Outcome.NonMember"/>.
    /// </summary>
    public Outcome Apportion(long total, AmountColumn? weights, long[] amounts, decimal? statedTotal = null, EligibleWeights? eligible = null)
    {
        eligible ??= _eligible;
        if (statedTotal is { } stated && weights is not null)
        {
            return ApportionOfWhole(total, weights, amounts, stated, eligible);
        }

        Array.Clear(amounts);
        if (weights is null)
        {
            return new Outcome(ApportionStatus.NoWeight, UInt128.Zero, 0, 0m, 0);
        }

        var whole64 = _whole.AsSpan(0, _count);
        var whole = eligible.MakeWhole(weights, whole64, Wide);
        if (whole.Scale is not { } scale)
        {
            return new Outcome(ApportionStatus.Overflow, UInt128.Zero, 0, 0m, whole.Weighted);
        }

        // Whole weights whose sum fits 64 bits (a million members at up to Rp 100 billion each, in sen) are
        // apportioned as ulongs; larger ones as UInt128s.
        UInt128 sum;
        var status = whole.Fits64
            ? LargestRemainder.Apportion(total, whole64, amounts, _indexScratch.AsSpan(0, _count), _valueScratch.AsSpan(0, _count), _order, out sum)
            : LargestRemainder.Apportion(total, _wideWhole.AsSpan(0, _count), amounts, _indexScratch.AsSpan(0, _count), _wideScratch.AsSpan(0, _count), _order, out sum);

        // The total weight is reported as a decimal; one that a decimal cannot hold is over the limit too.
        if (status == ApportionStatus.Overflow || !WholeWeights.TryToDecimal(sum, scale, out var totalWeight))
        {
            Array.Clear(amounts);
            return new Outcome(ApportionStatus.Overflow, UInt128.Zero, scale, 0m, whole.Weighted);
        }

        return new Outcome(status, sum, scale, totalWeight, whole.Weighted);
    }

    private Span<UInt128> Wide()
    {
        _wideWhole ??= ArrayPool<UInt128>.Shared.Rent(_count);
        _wideScratch ??= ArrayPool<UInt128>.Shared.Rent(_count);
        return _wideWhole.AsSpan(0, _count);
    }

    /// <summary>How one apportionment among members went, and the numbers an explanation needs.</summary>
    /// <summary>
    /// The members' part of a pool whose policy states the whole business's total T: the members' part is
    /// <c>total x W / T</c> rounded down to whole units (W: the eligible members' total), apportioned by largest
    /// remainder, where a member whose share the pool without T already rounded down cannot take a leftover unit:
    /// dividing by the whole business never gives a member more than dividing by the members' own total.
    /// </summary>
    private Outcome ApportionOfWhole(long total, AmountColumn weights, long[] amounts, decimal stated, EligibleWeights eligible)
    {
        var without = new long[amounts.Length];
        var members = Apportion(total, weights, without, eligible: eligible);
        if (members.Status != ApportionStatus.Done)
        {
            Array.Copy(without, amounts, amounts.Length);
            return members;
        }

        if (members.TotalWeight > stated)
        {
            Array.Clear(amounts);
            return members with { Status = ApportionStatus.TotalBelowMembers, StatedTotal = stated };
        }

        // The members' part, exactly: total x W / T on integers (W whole at its scale, T at its own), rounded down.
        var denominator = (BigInteger)members.WholeWeight;
        var statedWhole = new BigInteger(stated * Pow10(stated.Scale));
        var part = (long)(new BigInteger(total) * denominator * BigInteger.Pow(10, stated.Scale) / (statedWhole * BigInteger.Pow(10, members.Scale)));

        // Floors and remainders of part x w / W, a member at a time (the whole weights made again: the apportionment
        // works in its scratch).
        var wide = !eligible.MakeWhole(weights, _whole.AsSpan(0, _count), Wide).Fits64;
        var remainders = new BigInteger[_count];
        var given = 0L;
        for (var i = 0; i < _count; i++)
        {
            var weight = wide ? (BigInteger)_wideWhole![i] : (BigInteger)_whole[i];
            var floor = BigInteger.DivRem(part * weight, denominator, out remainders[i]);
            amounts[i] = (long)floor;
            given += (long)floor;
        }

        // The leftover units to the largest remainders, ties to the smaller member id, among members below their
        // share without T (there is always room: those shares sum to the whole pool, the members' part is less).
        var candidates = Enumerable.Range(0, _count).Where(i => amounts[i] < without[i]).ToList();
        var order = _order;
        candidates.Sort((a, b) => remainders[b].CompareTo(remainders[a]) is var byRemainder and not 0 ? byRemainder : order.Compare(a, b));
        foreach (var i in candidates.Take((int)(part - given)))
        {
            amounts[i]++;
        }

        return members with { NonMember = total - part, StatedTotal = stated };
    }

    public readonly record struct Outcome(
        ApportionStatus Status, UInt128 WholeWeight, int Scale, decimal TotalWeight, int WeightedMembers)
    {
        /// <summary>The units that belong to business with non-members (a stated total above the members').</summary>
        public long NonMember { get; init; }

        /// <summary>The stated total the members' part was taken of, when there was one.</summary>
        public decimal? StatedTotal { get; init; }
    }

    private static decimal Pow10(int scale)
    {
        var power = 1m;
        for (var i = 0; i < scale; i++)
        {
            power *= 10m;
        }

        return power;
    }
}
