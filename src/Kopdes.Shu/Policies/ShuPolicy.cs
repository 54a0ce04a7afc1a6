using Kopdes.Shu.Ledger;

namespace Kopdes.Shu.Policies;

/// <summary>
/// The RAT decision for one financial year: the SHU, the funds and their percentages, member pools,
/// eligibility, rounding, minimum payout, tax and cash rounding. Immutable; read and write it as JSON
/// with <see cref="ShuPolicyJson"/>. Every default is the one in <c>formats.md</c>. Two policies are equal when every
/// setting is: lists item by item in order, funds with their sub-funds, amounts as numbers (1 equals 1.00).
/// </summary>
/// <example>
/// <code>
/// var policy = new ShuPolicy
/// {
///     Shu = 150_000_000m,
///     Funds =
///     [
///         new FundPolicy("cadangan", 30) { Reserve = true },
///         new FundPolicy("jasa_modal", 30) { Basis = ["simpanan_pokok", "simpanan_wajib"] },
///         new FundPolicy("jasa_usaha", 40) { Basis = ["transaksi"] },
///     ],
/// };
/// </code>
/// </example>
public sealed record ShuPolicy
{
    /// <summary>The default eligible statuses: full members only.</summary>
    internal static readonly IReadOnlyList<MemberStatus> DefaultEligible = [MemberStatus.Anggota];

    /// <summary>The cooperative's name, shown in reports.</summary>
    public string? Cooperative { get; init; }

    /// <summary>The financial year, shown in reports.</summary>
    public int? Year { get; init; }

    /// <summary>The RAT decision's reference (number and date), for the audit trail.</summary>
    public string? Decision { get; init; }

    /// <summary>True when this is a Kopdes/Kel Merah Putih policy (then a village fund is expected); null: judged from <see cref="Cooperative"/>.</summary>
    public bool? Kopdes { get; init; }

    /// <summary>The SHU to distribute (after corporate tax), in rupiah; null when given by <see cref="Units"/>.</summary>
    public decimal? Shu { get; init; }

    /// <summary>The SHU per business unit; with <see cref="Shu"/> they must sum to it.</summary>
    public IReadOnlyList<BusinessUnit> Units { get; init; } = [];

    /// <summary>The rounding unit in rupiah (default 1): all funds and member amounts are whole multiples of it.</summary>
    public decimal RoundingUnit { get; init; } = 1m;

    /// <summary>The funds at the top level; percentages of the SHU.</summary>
    public IReadOnlyList<FundPolicy> Funds { get; init; } = [];

    /// <summary>The statuses that take part in member pools (default: <see cref="MemberStatus.Anggota"/>).</summary>
    public IReadOnlyList<MemberStatus> Eligible { get; init; } = DefaultEligible;

    /// <summary>A member whose total is above 0 but below this gets nothing (default 0: off).</summary>
    public decimal MinimumPayout { get; init; }

    /// <summary>The plain fund that receives forfeited small payouts; null: the reserve.</summary>
    public string? MinimumPayoutFund { get; init; }

    /// <summary>Tax withheld from each member's gross SHU, in percent (default 0: none).</summary>
    public decimal TaxRate { get; init; }

    /// <summary>The cash unit; the rest of each net payout goes to voluntary savings. Null: the rounding unit.</summary>
    public decimal? CashUnit { get; init; }

    /// <summary>The journal's accounts besides the funds' own (<see cref="Results.ShuJournal"/>).</summary>
    public JournalAccounts Accounts { get; init; } = new();

    /// <summary>The SHU: <see cref="Shu"/>, or the sum of <see cref="Units"/>.</summary>
    public decimal TotalShu => Shu ?? Units.Sum(u => u.Shu);

    /// <summary>The cash unit in force.</summary>
    internal decimal EffectiveCashUnit => CashUnit ?? RoundingUnit;

    /// <summary>True when this is a Kopdes/Kel Merah Putih policy: <see cref="Kopdes"/>, or a name that says so.</summary>
    internal bool IsKopdes => Kopdes ?? (Cooperative?.Contains("merah putih", StringComparison.OrdinalIgnoreCase) ?? false);

    /// <inheritdoc />
    public bool Equals(ShuPolicy? other) =>
        ReferenceEquals(this, other) || (other is not null
            && Cooperative == other.Cooperative && Year == other.Year && Decision == other.Decision && Kopdes == other.Kopdes
            && Shu == other.Shu && Units.SequenceEqual(other.Units) && RoundingUnit == other.RoundingUnit
            && Funds.SequenceEqual(other.Funds) && Eligible.SequenceEqual(other.Eligible)
            && MinimumPayout == other.MinimumPayout && MinimumPayoutFund == other.MinimumPayoutFund
            && TaxRate == other.TaxRate && CashUnit == other.CashUnit && Accounts.SameAs(other.Accounts));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Cooperative);
        hash.Add(Year);
        hash.Add(Shu);
        hash.Add(RoundingUnit);
        foreach (var fund in Funds)
        {
            hash.Add(fund);
        }

        return hash.ToHashCode();
    }

    /// <summary>Every fund, parents before children, in policy order.</summary>
    public IEnumerable<FundPolicy> AllFunds()
    {
        var stack = new Stack<FundPolicy>(Funds.Reverse());
        while (stack.Count > 0)
        {
            var fund = stack.Pop();
            yield return fund;
            for (var i = fund.Funds.Count - 1; i >= 0; i--)
            {
                stack.Push(fund.Funds[i]);
            }
        }
    }
}
