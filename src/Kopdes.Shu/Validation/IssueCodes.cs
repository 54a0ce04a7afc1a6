namespace Kopdes.Shu.Validation;

/// <summary>
/// Every issue code the calculation raises, in one catalogue (the file readers' own are in Kopdes.Shu.IO's
/// <c>FileIssueCodes</c>). Codes are stable: tools and treasurers' notes may rely on them.
/// </summary>
public static class IssueCodes
{
    /// <summary>A member has an empty id.</summary>
    public const string EmptyMemberId = "Ledger.EmptyMemberId";

    /// <summary>Two members share one id.</summary>
    public const string DuplicateMemberId = "Ledger.DuplicateMemberId";

    /// <summary>An amount is below zero.</summary>
    public const string NegativeAmount = "Ledger.NegativeAmount";

    /// <summary>The exit date is before the join date.</summary>
    public const string ExitBeforeJoin = "Ledger.ExitBeforeJoin";

    /// <summary>A member id or name holds a control character (NUL, a line break, ...).</summary>
    public const string ControlCharacter = "Ledger.ControlCharacter";

    /// <summary>A member's <c>transaksi</c> total disagrees with the sum of their <c>transaksi:&lt;unit&gt;</c> columns.</summary>
    public const string TransactionsDisagree = "Ledger.TransactionsDisagree";

    /// <summary>A fund or business unit code holds characters other than letters, digits and <c>_</c>.</summary>
    public const string InvalidCode = "Policy.InvalidCode";

    /// <summary>A monthly balance names a member the ledger does not have.</summary>
    public const string BalanceUnknownMember = "Balances.UnknownMember";

    /// <summary>A monthly balance's month is not 1 to 12.</summary>
    public const string BalanceInvalidMonth = "Balances.InvalidMonth";

    /// <summary>A member has two balances for one month.</summary>
    public const string BalanceDuplicateMonth = "Balances.DuplicateMonth";

    /// <summary>The policy has no funds.</summary>
    public const string NoFunds = "Policy.NoFunds";

    /// <summary>Sibling funds' percentages do not sum to exactly 100.</summary>
    public const string PercentSum = "Policy.PercentSum";

    /// <summary>A fund's percentage is negative.</summary>
    public const string NegativePercent = "Policy.NegativePercent";

    /// <summary>A fund has no code.</summary>
    public const string EmptyFundCode = "Policy.EmptyFundCode";

    /// <summary>Two funds share a code.</summary>
    public const string DuplicateFundCode = "Policy.DuplicateFundCode";

    /// <summary>A fund has both a basis and sub-funds.</summary>
    public const string PoolWithChildren = "Policy.PoolWithChildren";

    /// <summary>No fund is the reserve.</summary>
    public const string NoReserve = "Policy.NoReserve";

    /// <summary>More than one fund is the reserve.</summary>
    public const string MultipleReserves = "Policy.MultipleReserves";

    /// <summary>The reserve is a member pool or has sub-funds.</summary>
    public const string ReserveNotPlain = "Policy.ReserveNotPlain";

    /// <summary>A pool names a column that the ledger (or the monthly balances) does not have.</summary>
    public const string UnknownBasisColumn = "Policy.UnknownBasisColumn";

    /// <summary>A per-unit pool's basis is not <c>transaksi</c>.</summary>
    public const string PerUnitBasis = "Policy.PerUnitBasis";

    /// <summary>A per-unit pool without business units in the policy.</summary>
    public const string PerUnitWithoutUnits = "Policy.PerUnitWithoutUnits";

    /// <summary>A monthly-average pool without monthly balances.</summary>
    public const string MonthlyBalancesMissing = "Policy.MonthlyBalancesMissing";

    /// <summary>Neither <c>shu</c> nor <c>units</c> is given.</summary>
    public const string NoShu = "Policy.NoShu";

    /// <summary>The units' SHU do not sum to <c>shu</c>.</summary>
    public const string UnitsDoNotSumToShu = "Policy.UnitsDoNotSumToShu";

    /// <summary>A business unit has no code.</summary>
    public const string EmptyUnitCode = "Policy.EmptyUnitCode";

    /// <summary>Two business units share a code.</summary>
    public const string DuplicateUnitCode = "Policy.DuplicateUnitCode";

    /// <summary>The rounding unit is not above 0.</summary>
    public const string InvalidRoundingUnit = "Policy.InvalidRoundingUnit";

    /// <summary>The cash unit is not above 0 or not a multiple of the rounding unit.</summary>
    public const string InvalidCashUnit = "Policy.InvalidCashUnit";

    /// <summary>The tax rate is outside 0-100.</summary>
    public const string InvalidTaxRate = "Policy.InvalidTaxRate";

    /// <summary>The minimum payout is negative.</summary>
    public const string NegativeMinimumPayout = "Policy.NegativeMinimumPayout";

    /// <summary>The fund for forfeited payouts is not a plain fund of the policy.</summary>
    public const string InvalidMinimumPayoutFund = "Policy.InvalidMinimumPayoutFund";

    /// <summary>Policy file: an eligible status that is not known.</summary>
    public const string UnknownEligibleStatus = "Policy.UnknownStatus";

    /// <summary>Capital partners (<c>penyerta</c>) eligible beside members: in the policy's list, or in a pool's with other statuses.</summary>
    public const string PartnersAmongMembers = "Policy.PartnersAmongMembers";

    /// <summary>Policy file: not JSON.</summary>
    public const string InvalidJson = "Policy.InvalidJson";

    /// <summary>Policy file: a key with a value of the wrong kind.</summary>
    public const string InvalidValue = "Policy.InvalidValue";

    /// <summary>Policy file: a key the policy does not know (a typo?); the message names the nearest known key.</summary>
    public const string UnknownKey = "Policy.UnknownKey";

    /// <summary>Policy file: a key given twice in one place (also when the two differ only in case).</summary>
    public const string DuplicateKey = "Policy.DuplicateKey";

    /// <summary>Warning: a Kopdes/Kel Merah Putih policy without a village fund.</summary>
    public const string NoVillageFund = "Policy.NoVillageFund";

    /// <summary>Warning: the village fund is below 20% of the SHU.</summary>
    public const string VillageFundBelowMinimum = "Policy.VillageFundBelowMinimum";

    /// <summary>An amount beyond the limit of the exact arithmetic.</summary>
    public const string Overflow = "Arithmetic.Overflow";

    /// <summary>Warning: a pool (or a unit of a per-unit pool) has no eligible weight; it goes to the reserve.</summary>
    public const string NoEligibleWeight = "Pool.NoEligibleWeight";

    /// <summary>A pool's stated total (the whole business) is below its eligible members' own total.</summary>
    public const string TotalBelowMembers = "Pool.TotalBelowMembers";

    /// <summary>A pool's non-members' part goes to a fund that is not a plain fund of the policy.</summary>
    public const string InvalidNonMemberFund = "Policy.InvalidNonMemberFund";

    /// <summary>A stated total on a pool that cannot take one (a per-unit pool, or 0 and below).</summary>
    public const string InvalidPoolTotal = "Policy.InvalidPoolTotal";

    /// <summary>Warning: a member who is not eligible has transactions.</summary>
    public const string IneligibleWithTransactions = "Member.IneligibleWithTransactions";

    /// <summary>Warning: SHU is below 0, a loss year; nothing is distributed.</summary>
    public const string LossYear = "Shu.LossYear";

    /// <summary>Warning: SHU is exactly 0; nothing is distributed (not a loss).</summary>
    public const string ZeroShu = "Shu.Zero";
}
