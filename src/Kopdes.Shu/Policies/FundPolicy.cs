namespace Kopdes.Shu.Policies;

/// <summary>
/// One fund of the RAT decision: a plain fund (reserve, board, staff, education, village ...), a member
/// pool (<see cref="Basis"/> given: apportioned among members by weight), or a parent split again among
/// its <see cref="Funds"/>. <see cref="Percent"/> is of the parent, or of the SHU at the top. Two funds are equal when
/// every setting is: sub-funds and basis columns item by item in order, the percent as a number (12.5 equals 12.50).
/// </summary>
public sealed record FundPolicy
{
    /// <summary>A plain fund with this code and share; make it a pool with <see cref="Basis"/>, a parent with <see cref="Funds"/>.</summary>
    /// <param name="code">A unique code, e.g. <c>jasa_modal</c>; it names the pool's column in results.</param>
    /// <param name="percent">The share of the parent in percent (12.5 = 12.5%); siblings sum to exactly 100.</param>
    public FundPolicy(string code, decimal percent) => (Code, Percent) = (code, percent);

    /// <summary>A unique code, e.g. <c>jasa_modal</c>; it names the pool's column in results.</summary>
    public string Code { get; init; }

    /// <summary>The share of the parent in percent (12.5 = 12.5%); siblings sum to exactly 100.</summary>
    public decimal Percent { get; init; }

    /// <summary>The fund's display name, e.g. <c>Dana Cadangan</c>; the code when null.</summary>
    public string? Name { get; init; }

    /// <summary>True for the one reserve fund (<i>dana cadangan</i>): it also receives dust, unallocatable pools and, by default, forfeits.</summary>
    public bool Reserve { get; init; }

    /// <summary>True for the village fund of a Kopdes/Kel Merah Putih (Permendes PDT 10/2025: at least 20%).</summary>
    public bool Village { get; init; }

    /// <summary>Sub-funds splitting this fund again; empty for a plain fund or a pool.</summary>
    public IReadOnlyList<FundPolicy> Funds { get; init; } = [];

    /// <summary>The ledger columns summed into each member's weight; empty unless this fund is a member pool.</summary>
    public IReadOnlyList<string> Basis { get; init; } = [];

    /// <summary>Year-end or monthly-average savings.</summary>
    public SavingsBasis Savings { get; init; }

    /// <summary>True when a <c>transaksi</c> pool is split first among business units by their positive SHU.</summary>
    public bool PerUnit { get; init; }

    /// <summary>
    /// The pool's denominator, when the by-laws divide by the whole business and not only the members' (textbook
    /// <i>jasa usaha</i>: a member's purchases over the cooperative's total sales, non-members included). Members share
    /// <c>pool x their total / Total</c>, each member the quota <c>pool x their weight / Total</c> rounded down or up;
    /// the rest belongs to business with non-members and goes to <see cref="NonMemberFund"/>. Null: the eligible
    /// members' own total. At least the members' total.
    /// </summary>
    public decimal? Total { get; init; }

    /// <summary>The plain fund that receives the non-members' part of a pool with a <see cref="Total"/>; null: the reserve.</summary>
    public string? NonMemberFund { get; init; }

    /// <summary>
    /// The statuses that share in this pool, when the RAT decided otherwise than for the policy's other pools (for
    /// example <i>anggota luar biasa</i> in jasa usaha but not in jasa modal); null: the policy's
    /// <see cref="ShuPolicy.Eligible"/>.
    /// </summary>
    public IReadOnlyList<Ledger.MemberStatus>? Eligible { get; init; }

    /// <summary>The fund's account in the cooperative's chart, for the distribution's journal; null: its code.</summary>
    public string? Account { get; init; }

    /// <inheritdoc />
    public bool Equals(FundPolicy? other) =>
        ReferenceEquals(this, other) || (other is not null
            && Code == other.Code && Percent == other.Percent && Name == other.Name && Reserve == other.Reserve
            && Village == other.Village && Funds.SequenceEqual(other.Funds) && Basis.SequenceEqual(other.Basis, StringComparer.Ordinal)
            && Savings == other.Savings && PerUnit == other.PerUnit && Total == other.Total
            && string.Equals(NonMemberFund, other.NonMemberFund, StringComparison.Ordinal)
            && (Eligible is null ? other.Eligible is null : other.Eligible is not null && Eligible.SequenceEqual(other.Eligible))
            && string.Equals(Account, other.Account, StringComparison.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Percent, Funds.Count, Basis.Count);

    /// <summary>True when the fund is a member pool.</summary>
    public bool IsPool => Basis.Count > 0;

    /// <summary>True when the fund is split again.</summary>
    public bool IsParent => Funds.Count > 0;

    /// <summary>The name, or the code when there is none.</summary>
    internal string DisplayName => string.IsNullOrWhiteSpace(Name) ? Code : Name;
}
