using System.Runtime.CompilerServices;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Money;

namespace Kopdes.Shu.Results;

/// <summary>
/// One member's part of the result: weight and amount per pool, then gross, tax, net, cash and the
/// credit to voluntary savings. A view over the result's compact arrays, computed when read.
/// </summary>
public readonly struct MemberShare
{
    private readonly ShuResult _result;

    // The accessors a writer calls once a member are inlined into its loop (AggressiveInlining): called, they ran
    // in the slow first tier for most of a million-member run, 4% of its CPU. See docs/performance.md.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal MemberShare(ShuResult result, int index)
    {
        _result = result;
        Index = index;
    }

    /// <summary>The member's position in the ledger.</summary>
    public int Index { get; }

    /// <summary>The member id.</summary>
    public string Id => _result.Ledger.Ids[Index];

    /// <summary>The member's name, or null.</summary>
    public string? Name => _result.Ledger.Names.TextOrNull(Index);

    /// <summary>The member's status.</summary>
    public MemberStatus Status
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _result.Ledger.Statuses[Index];
    }

    /// <summary>True when the member's status takes part in the pools.</summary>
    public bool Eligible
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _result.IsEligible(Status);
    }

    /// <summary>The member's amount from all pools before the minimum payout rule.</summary>
    public decimal Allocated => Payout.Allocated;

    /// <summary>What the member lost to the minimum payout rule (all of <see cref="Allocated"/>, or 0).</summary>
    public decimal Forfeited => Payout.Forfeited;

    /// <summary>The gross SHU paid: <see cref="Allocated"/> less <see cref="Forfeited"/>.</summary>
    public decimal Gross => Payout.Gross;

    /// <summary>The tax withheld: rate x gross, rounded half-up to the rupiah.</summary>
    public decimal Tax => Payout.Tax;

    /// <summary>The net SHU: <see cref="Gross"/> less <see cref="Tax"/>.</summary>
    public decimal Net => Payout.Net;

    /// <summary>The cash paid out: the net rounded down to the cash unit.</summary>
    public decimal Cash => Payout.Cash;

    /// <summary>The rest of the net, credited to the member's voluntary savings (<i>simpanan sukarela</i>).</summary>
    public decimal ToVoluntarySavings => Payout.ToVoluntarySavings;

    /// <summary>The member's weight in the pool at <paramref name="pool"/> (as the ledger gives it, eligible or not).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public decimal Weight(int pool) => _result.Weights[pool][Index];

    /// <summary>
    /// The member's weight in the pool at <paramref name="pool"/> as a long, when the ledger gave that pool's weights
    /// as whole numbers without decimals (nearly every ledger): the number of <see cref="Weight(int)"/>, for writing
    /// millions of rows without decimal arithmetic. Otherwise false and 0, and <see cref="Weight(int)"/> is the way.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetWholeWeight(int pool, out long weight)
    {
        if (_result.Weights[pool].Whole is { } whole)
        {
            weight = whole[Index];
            return true;
        }

        weight = 0;
        return false;
    }

    /// <summary>The member's amount from the pool at <paramref name="pool"/> (before the minimum payout rule).</summary>
    public decimal Amount(int pool) => _result.PoolUnits[pool][Index] * _result.RoundingUnit;

    /// <summary>The member's weight in the pool with this code.</summary>
    public decimal Weight(string poolCode) => Weight(_result.PoolIndex(poolCode));

    /// <summary>The member's amount from the pool with this code.</summary>
    public decimal Amount(string poolCode) => Amount(_result.PoolIndex(poolCode));

    /// <summary>Every payout figure at once (cheaper than reading them one by one when writing many members).</summary>
    public Payout Payout => _result.PayoutOf(Index);

    /// <summary>
    /// The member's amount from each pool and payout as whole rupiah: the numbers of <see cref="Amount(int)"/> and
    /// <see cref="Payout"/> without decimal arithmetic, for writing millions of rows. Only for a result whose
    /// figures are all whole rupiah written without decimals (rounding and cash units whole rupiah such as 1 or
    /// 1000, no tax, no minimum payout); otherwise false, nothing is written, and the decimals are the way.
    /// </summary>
    /// <param name="poolAmounts">Receives the amount from each pool in pool order: at least one slot a pool.</param>
    /// <param name="payout">Receives the payout.</param>
    /// <exception cref="ArgumentException"><paramref name="poolAmounts"/> has fewer slots than the result has pools.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetWholeRupiah(Span<long> poolAmounts, out WholeRupiahPayout payout)
    {
        var pools = _result.Pools.Count;
        if (poolAmounts.Length < pools)
        {
            throw new ArgumentException($"Room for {pools} pool amounts is needed, one a pool.", nameof(poolAmounts));
        }

        return _result.TryWholeRupiah(Index, poolAmounts, out payout);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: gross {Gross}, net {Net}, cash {Cash}";
}
