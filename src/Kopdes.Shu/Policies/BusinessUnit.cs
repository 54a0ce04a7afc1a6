namespace Kopdes.Shu.Policies;

/// <summary>A business unit of the cooperative (<c>sembako</c>, <c>apotek</c>, ...) and its SHU for the year; may be negative.</summary>
/// <param name="Code">The unit's code; per-unit transactions are in the ledger column <c>transaksi:&lt;code&gt;</c>.</param>
/// <param name="Shu">The unit's SHU in rupiah.</param>
public sealed record BusinessUnit(string Code, decimal Shu);
