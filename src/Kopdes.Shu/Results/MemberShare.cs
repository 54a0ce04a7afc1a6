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

    // The accessors a writer reads once a member are inlined into its loop: left as calls, they run at the JIT's
    // first tier, or as precompiled calls, for most of a run over a million members.
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
        get => _result.Eligible.IsEligible(Index);
    }

    /// <summary>The member's weight in the pool at <paramref name="pool"/> (as the ledger gives it, eligible or not).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public decimal Weight(int pool) => _result.Weights[pool][Index];

    internal ShuResult Result
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _result;
    }

    /// <summary>The member's amount from the pool at <paramref name="pool"/> (before the minimum payout rule).</summary>
    public decimal Amount(int pool) => _result.PoolUnits[pool][Index] * _result.RoundingUnit;

    /// <summary>The member's weight in the pool with this code.</summary>
    public decimal Weight(string poolCode) => Weight(_result.PoolIndex(poolCode));

    /// <summary>The member's amount from the pool with this code.</summary>
    public decimal Amount(string poolCode) => Amount(_result.PoolIndex(poolCode));

    /// <summary>
    /// What the member is paid: the amount from all pools, what the minimum payout took, gross, tax, net, cash and the
    /// credit to voluntary savings (computed when read: keep it in a local to read several figures).
    /// </summary>
    public Payout Payout => _result.PayoutOf(Index);

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Payout}";
}
