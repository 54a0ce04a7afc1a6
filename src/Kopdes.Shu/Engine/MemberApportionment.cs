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
    /// <paramref name="amounts"/>; ineligible members weigh 0 in numerator and denominator alike.
    /// </summary>
    public Outcome Apportion(long total, AmountColumn? weights, long[] amounts)
    {
        Array.Clear(amounts);
        if (weights is null)
        {
            return new Outcome(ApportionStatus.NoWeight, UInt128.Zero, 0, 0m, 0);
        }

        var whole64 = _whole.AsSpan(0, _count);
        var whole = _eligible.MakeWhole(weights, whole64, Wide);
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
    public readonly record struct Outcome(
        ApportionStatus Status, UInt128 WholeWeight, int Scale, decimal TotalWeight, int WeightedMembers);
}
