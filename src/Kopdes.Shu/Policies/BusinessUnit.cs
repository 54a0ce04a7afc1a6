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

    /// <summary>
    /// The unit's total of its business, non-members included (its total sales), when a per-unit pool divides by the
    /// whole business (see <see cref="FundPolicy.Total"/>); null: the eligible members' own total.
    /// </summary>
    public decimal? Total { get; init; }
}
