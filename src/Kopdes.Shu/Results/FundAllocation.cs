namespace Kopdes.Shu.Results;

/// <summary>
/// One fund's share of the SHU. <see cref="Apportioned"/> is its largest-remainder share; a plain fund may
/// also receive the dust, pools nobody could take, and forfeited small payouts, and <see cref="Amount"/> is
/// what it holds in the end. A parent's amount is the sum of its children's apportioned shares.
/// </summary>
public sealed class FundAllocation
{
    internal FundAllocation()
    {
    }

    /// <summary>The fund's code.</summary>
    public string Code { get; internal init; } = string.Empty;

    /// <summary>The fund's name (the code when the policy gave none).</summary>
    public string Name { get; internal init; } = string.Empty;

    /// <summary>The parent fund's code; null at the top.</summary>
    public string? ParentCode { get; internal init; }

    /// <summary>0 at the top, 1 for a child.</summary>
    public int Depth { get; internal init; }

    /// <summary>The percentage of the parent (of the SHU at the top), as the policy says.</summary>
    public decimal Percent { get; internal init; }

    /// <summary>The percentage of the SHU: the product of the percentages down the tree.</summary>
    public decimal PercentOfShu { get; internal init; }

    /// <summary>True for a member pool.</summary>
    public bool IsPool { get; internal init; }

    /// <summary>True for a fund split again.</summary>
    public bool IsParent { get; internal init; }

    /// <summary>True for the reserve fund.</summary>
    public bool IsReserve { get; internal init; }

    /// <summary>True for the village fund.</summary>
    public bool IsVillage { get; internal init; }

    /// <summary>The fund's share by largest remainder, in rupiah.</summary>
    public decimal Apportioned { get; internal init; }

    /// <summary>The dust below one rounding unit (reserve only).</summary>
    public decimal Dust { get; internal init; }

    /// <summary>Pools (or units of a pool) without eligible weight (reserve only).</summary>
    public decimal Unallocated { get; internal init; }

    /// <summary>Member payouts below the minimum (the forfeit fund only).</summary>
    public decimal Forfeited { get; internal init; }

    /// <summary>What this fund received as the non-members' part of pools with a stated total (<see cref="PoolAllocation.NonMember"/>).</summary>
    public decimal NonMember { get; internal init; }

    /// <summary>What the fund holds: <see cref="Apportioned"/> plus what it received.</summary>
    public decimal Amount => Apportioned + Dust + Unallocated + Forfeited + NonMember;
}
