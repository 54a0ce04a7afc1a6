using System.Runtime.CompilerServices;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Money;
using Kopdes.Shu.Policies;
using Kopdes.Shu.Validation;

namespace Kopdes.Shu.Results;

/// <summary>
/// A complete, reconciled SHU allocation: each fund, each pool, each member, the residues, the warnings
/// and the checks. The engine never returns one whose <see cref="Checks"/> fail. Immutable.
/// </summary>
public sealed class ShuResult
{
    private readonly bool[] _eligible;

    internal ShuResult(ShuPolicy policy, MemberLedger ledger, bool[] eligible)
    {
        Policy = policy;
        Ledger = ledger;
        _eligible = eligible;
        Members = new MemberShareList(this);
    }

    /// <summary>The policy applied.</summary>
    public ShuPolicy Policy { get; }

    /// <summary>The ledger the result is about.</summary>
    public MemberLedger Ledger { get; }

    /// <summary>The SHU of the year (negative in a loss year).</summary>
    public required decimal Shu { get; init; }

    /// <summary>True when the SHU is below 0: a loss year, with a <see cref="Deficit"/>. (At 0 and below nothing is distributed.)</summary>
    public bool IsLoss => Shu < 0;

    /// <summary>The deficit in a loss year (0 otherwise).</summary>
    public decimal Deficit => IsLoss ? -Shu : 0m;

    /// <summary>The rounding unit: every fund and pool amount is a whole multiple of it.</summary>
    public required decimal RoundingUnit { get; init; }

    /// <summary>The cash unit of payouts.</summary>
    public required decimal CashUnit { get; init; }

    /// <summary>The SHU in whole rounding units: floor(SHU / unit).</summary>
    public required long WholeUnits { get; init; }

    /// <summary>SHU less whole units: below one rounding unit, added to the reserve.</summary>
    public required decimal Dust { get; init; }

    /// <summary>Every fund, parents before children, in policy order.</summary>
    public required IReadOnlyList<FundAllocation> Funds { get; init; }

    /// <summary>The member pools, in policy order.</summary>
    public required IReadOnlyList<PoolAllocation> Pools { get; init; }

    /// <summary>The members, in ledger order.</summary>
    public MemberShareList Members { get; }

    /// <summary>Warnings (never errors: a result exists only when there were none).</summary>
    public required IReadOnlyList<Issue> Warnings { get; init; }

    /// <summary>The reconciliation checks; all passed.</summary>
    public required IReadOnlyList<ReconciliationCheck> Checks { get; init; }

    /// <summary>The sum of the members' gross SHU.</summary>
    public required decimal TotalGross { get; init; }

    /// <summary>The sum of the tax withheld.</summary>
    public required decimal TotalTax { get; init; }

    /// <summary>The sum of the net SHU.</summary>
    public required decimal TotalNet { get; init; }

    /// <summary>The sum of cash payouts.</summary>
    public required decimal TotalCash { get; init; }

    /// <summary>The sum credited to voluntary savings.</summary>
    public required decimal TotalToVoluntarySavings { get; init; }

    /// <summary>The sum of payouts forfeited under the minimum payout rule.</summary>
    public required decimal TotalForfeited { get; init; }

    /// <summary>The number of members with a gross SHU above 0.</summary>
    public required int MembersPaid { get; init; }

    /// <summary>The reserve fund.</summary>
    public FundAllocation Reserve => Funds.First(f => f.IsReserve);

    internal AmountColumn[] Weights { get; init; } = [];

    internal long[][] PoolUnits { get; init; } = [];

    internal long[] AllocatedUnits { get; init; } = [];

    /// <summary>The fund with this code (case-insensitive).</summary>
    /// <exception cref="KeyNotFoundException">No such fund.</exception>
    public FundAllocation Fund(string code) =>
        Funds.FirstOrDefault(f => string.Equals(f.Code, code, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"The policy has no fund '{code}'.");

    /// <summary>The pool with this code (case-insensitive).</summary>
    /// <exception cref="KeyNotFoundException">No such pool.</exception>
    public PoolAllocation Pool(string code) => Pools[PoolIndex(code)];

    /// <summary>How one member's amounts came about, with the member's own numbers.</summary>
    /// <exception cref="KeyNotFoundException">No member has this id.</exception>
    public MemberExplanation Explain(string memberId)
    {
        ArgumentNullException.ThrowIfNull(memberId);
        var index = Ledger.IndexOf(memberId);
        if (index < 0)
        {
            throw new KeyNotFoundException($"No member has the id '{memberId}'.");
        }

        return Engine.Explainer.Explain(this, index);
    }

    internal int PoolIndex(string code)
    {
        for (var i = 0; i < Pools.Count; i++)
        {
            if (string.Equals(Pools[i].Code, code, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"The policy has no member pool '{code}'.");
    }

    internal bool IsEligible(MemberStatus status) => _eligible[(int)status];

    /// <summary>Eligibility by status value, as the calculation used it.</summary>
    internal bool[] EligibleByStatus => _eligible;

    // Runs once a row or member: compiled optimised from the first call (AggressiveOptimization), not through
    // the slow first tier while a million rows go by. See docs/performance.md.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal Payout PayoutOf(int index)
    {
        if (WholeRupiahUnits is var (unit, cashUnit))
        {
            var whole = WholeRupiahPayout(AllocatedUnits[index] * unit, cashUnit);
            return new Payout(whole.Allocated, whole.Forfeited, whole.Tax, whole.Cash);
        }

        return Payout.For(AllocatedUnits[index] * RoundingUnit, Policy.MinimumPayout, Policy.TaxRate, CashUnit);
    }

    /// <summary>
    /// The member's pool amounts and payout in whole rupiah, when <see cref="WholeRupiahUnits"/> allows it; the
    /// numbers <see cref="MemberShare.Amount(int)"/> and <see cref="PayoutOf"/> give as decimals.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal bool TryWholeRupiah(int index, Span<long> poolAmounts, out WholeRupiahPayout payout)
    {
        payout = default;
        if (WholeRupiahUnits is not var (unit, cashUnit))
        {
            return false;
        }

        for (var p = 0; p < PoolUnits.Length; p++)
        {
            poolAmounts[p] = PoolUnits[p][index] * unit;
        }

        payout = WholeRupiahPayout(AllocatedUnits[index] * unit, cashUnit);
        return true;
    }

    // Payout.For without a minimum payout or tax: the net is the whole amount, paid in cash units, the rest to savings.
    private static WholeRupiahPayout WholeRupiahPayout(long allocated, long cashUnit) =>
        new(allocated, 0, 0, allocated - (allocated % cashUnit));

    /// <summary>
    /// The rounding and cash units as whole numbers when <see cref="Payout.For"/> needs no decimal for any member:
    /// no minimum payout, no tax, both units whole rupiah written without decimals (so every amount has scale 0 and
    /// is written the same), and no amount near the limit of a long. Otherwise null.
    /// </summary>
    private (long Unit, long CashUnit)? WholeRupiahUnits
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            // Decided once, on first use (results are read from several threads; each would decide the same).
            if (!_wholeRupiahDecided)
            {
                _wholeRupiahUnits = Policy.MinimumPayout == 0 && Policy.TaxRate == 0
                    && RoundingUnit.Scale == 0 && CashUnit.Scale == 0
                    && RoundingUnit is > 0 and < 1_000_000_000_000m && CashUnit is > 0 and < 1_000_000_000_000m
                    && WholeUnits <= 1_000_000_000_000_000_000m / RoundingUnit
                        ? ((long)RoundingUnit, (long)CashUnit)
                        : null;
                _wholeRupiahDecided = true;
            }

            return _wholeRupiahUnits;
        }
    }

    private (long, long)? _wholeRupiahUnits;

    private bool _wholeRupiahDecided;
}
