namespace Kopdes.Shu.Policies;

/// <summary>A business unit of the cooperative (<c>sembako</c>, <c>apotek</c>, ...) and its SHU for the year; may be negative.</summary>
public sealed record BusinessUnit
{
    /// <summary>A unit and its SHU.</summary>
    /// <param name="code">The unit's code; per-unit transactions are in the ledger column <c>transaksi:&lt;code&gt;</c>.</param>
    /// <param name="shu">The unit's SHU in rupiah.</param>
    public BusinessUnit(string code, decimal shu) => (Code, Shu) = (code, shu);

    /// <summary>The unit's code; per-unit transactions are in the ledger column <c>transaksi:&lt;code&gt;</c>.</summary>
    public string Code { get; init; }

    /// <summary>The unit's SHU in rupiah.</summary>
    public decimal Shu { get; init; }
}
