using System.Buffers;
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

    /// <summary>
    /// The members' part of a pool whose policy states the whole business's total T. Each member's quota is the whole
    /// business's, <c>total x w / T</c>; the members' part is those quotas summed and rounded down to whole units,
    /// and the leftover units go by largest remainder (ties to the smaller member id) to members whose share without T
    /// is above their quota's floor: dividing by the whole business never gives a member more than dividing by the
    /// members' own total, nor more than the quota rounded up. A leftover unit no member can so take is rare (T barely
    /// above the members' total, a member's quota just below a whole unit) and stays with the non-members' part.
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

        // Weights and T made whole at the larger of their two scales (trailing zeros aside), so every quota has the
        // denominator T.
        var scale = Math.Max(members.Scale, WholeWeights.Scale(stated));
        if (!WholeWeights.TryScale(stated, scale, out var statedWhole))
        {
            Array.Clear(amounts);
            return members with { Status = ApportionStatus.Overflow };
        }

        // total x w / T in 128 bits: the members' total W bounds every weight, so if total x W fits, all do (as in the
        // pool without T, a larger product is over the arithmetic's limit).
        if (!WholeWeights.TryScale(total, scale - members.Scale, out var factor)
            || (factor != UInt128.Zero && members.WholeWeight > UInt128.MaxValue / factor))
        {
            Array.Clear(amounts);
            return members with { Status = ApportionStatus.Overflow };
        }

        // Floors and remainders, a member at a time (the whole weights made again: the apportionment works in its
        // scratch). Remainders go in the 128-bit scratch, over the weights when they are there; a member who may not
        // take a leftover unit keeps a remainder of zero, which never wins one.
        var wide = !eligible.MakeWhole(weights, _whole.AsSpan(0, _count), Wide).Fits64;
        var remainders = Wide();
        var given = 0L;
        var candidates = 0;
        for (var i = 0; i < _count; i++)
        {
            var (floor, remainder) = UInt128.DivRem(factor * (wide ? remainders[i] : _whole[i]), statedWhole);
            amounts[i] = (long)floor;
            given += (long)floor;
            var candidate = remainder != UInt128.Zero && amounts[i] < without[i];
            remainders[i] = candidate ? remainder : UInt128.Zero;
            candidates += candidate ? 1 : 0;
        }

        var part = (long)(factor * members.WholeWeight / statedWhole);
        var leftover = (int)Math.Min(part - given, candidates);
        if (leftover > 0)
        {
            LargestRemainder.GiveLeftovers(leftover, remainders, amounts, _indexScratch.AsSpan(0, _count), _wideScratch.AsSpan(0, _count), _order);
            given += leftover;
        }

        return members with { NonMember = total - given, StatedTotal = stated, Scale = scale, WholeWeight = statedWhole };
    }

    /// <summary>
    /// How one apportionment among members went, and the numbers an explanation needs: <see cref="TotalWeight"/> is the
    /// eligible members' total; <see cref="WholeWeight"/> at <see cref="Scale"/> is the quotas' denominator, that total
    /// made whole, or the stated total made whole when there is one.
    /// </summary>
    public readonly record struct Outcome(
        ApportionStatus Status, UInt128 WholeWeight, int Scale, decimal TotalWeight, int WeightedMembers)
    {
        /// <summary>The units that belong to business with non-members (a stated total above the members').</summary>
        public long NonMember { get; init; }

        /// <summary>The stated total the members' part was taken of, when there was one.</summary>
        public decimal? StatedTotal { get; init; }
    }
}
