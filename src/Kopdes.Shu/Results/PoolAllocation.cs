namespace Kopdes.Shu.Results;

/// <summary>
/// A member pool: its amount, the eligible weight it was apportioned by, and where it went:
/// <see cref="Amount"/> = <see cref="Distributed"/> + <see cref="Forfeited"/> + <see cref="Unallocated"/> + <see cref="NonMember"/>.
/// </summary>
public sealed class PoolAllocation
{
    internal PoolAllocation()
    {
    }

    /// <summary>The pool's position among the result's pools (and its index for <see cref="MemberShare.Amount(int)"/>).</summary>
    internal int Index { get; init; }

    /// <summary>The pool's fund code.</summary>
    public string Code { get; internal init; } = string.Empty;

    /// <summary>The pool's name.</summary>
    public string Name { get; internal init; } = string.Empty;

    /// <summary>True when split first among business units.</summary>
    internal bool PerUnit { get; init; }

    /// <summary>The pool's share of the SHU.</summary>
    public decimal Amount { get; internal init; }

    /// <summary>The sum of the eligible members' weights.</summary>
    public decimal TotalWeight { get; internal init; }

    /// <summary>The number of eligible members with a weight above 0.</summary>
    public int WeightedMembers { get; internal init; }

    /// <summary>Paid to members (gross, before tax).</summary>
    public decimal Distributed { get; internal set; }

    /// <summary>Apportioned to members whose total was below the minimum payout, and moved to the forfeit fund.</summary>
    public decimal Forfeited { get; internal set; }

    /// <summary>Moved to the reserve because no eligible member had weight (in the pool or in a unit).</summary>
    public decimal Unallocated { get; internal set; }

    /// <summary>
    /// The part that belongs to business with non-members, for a pool whose policy states the whole business's
    /// total (<see cref="Policies.FundPolicy.Total"/>): moved to <see cref="NonMemberFund"/>. 0 otherwise.
    /// </summary>
    public decimal NonMember { get; internal init; }

    /// <summary>The fund that received <see cref="NonMember"/>; null when there is none.</summary>
    public string? NonMemberFund { get; internal init; }

    /// <summary>The units of a per-unit pool, in policy order; empty otherwise.</summary>
    public IReadOnlyList<UnitPoolAllocation> Units { get; internal init; } = [];

    internal long WholeUnits { get; init; }

    internal int Scale { get; init; }

    internal UInt128 WholeWeight { get; init; }
}
