namespace Kopdes.Shu.Results;

/// <summary>The part of a per-unit pool that belongs to one business unit.</summary>
public sealed class UnitPoolAllocation
{
    internal UnitPoolAllocation()
    {
    }

    /// <summary>The unit's code.</summary>
    public string UnitCode { get; internal init; } = string.Empty;

    /// <summary>The unit's SHU (a losing unit weighs 0).</summary>
    internal decimal UnitShu { get; init; }

    /// <summary>The unit's share of the pool.</summary>
    public decimal Amount { get; internal init; }

    /// <summary>The eligible members' transactions in the unit.</summary>
    public decimal TotalWeight { get; internal init; }

    /// <summary>What went to the reserve because no eligible member traded in the unit.</summary>
    public decimal Unallocated { get; internal init; }

    internal int Scale { get; init; }

    internal UInt128 WholeWeight { get; init; }
}
