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
    internal ShuResult(ShuPolicy policy, MemberLedger ledger, Engine.EligibleWeights eligible, PayoutRule payouts, int[] partnerRows)
    {
        Policy = policy;
        Ledger = ledger;
        Eligible = eligible;
        Payouts = payouts;
        Members = new MemberShareList(this, partnerRows.Length == 0 ? null : MemberRowsOf(ledger, partnerRows.Length), partners: false);
        Partners = new MemberShareList(this, partnerRows, partners: true);
    }

    /// <summary>The policy applied.</summary>
    public ShuPolicy Policy { get; }

    /// <summary>The ledger the result is about.</summary>
    public MemberLedger Ledger { get; }

    /// <summary>The SHU of the year (negative in a loss year).</summary>
    public decimal Shu { get; internal init; }

    /// <summary>True when the SHU is below 0: a loss year, with a <see cref="Deficit"/>. (At 0 and below nothing is distributed.)</summary>
    public bool IsLoss => Shu < 0;

    /// <summary>The deficit in a loss year (0 otherwise).</summary>
    public decimal Deficit => IsLoss ? -Shu : 0m;

    /// <summary>The rounding unit: every fund and pool amount is a whole multiple of it.</summary>
    public decimal RoundingUnit { get; internal init; }

    /// <summary>The cash unit of payouts.</summary>
    public decimal CashUnit { get; internal init; }

    /// <summary>The SHU in whole rounding units: floor(SHU / unit).</summary>
    internal long WholeUnits { get; init; }

    /// <summary>SHU less whole units: below one rounding unit, added to the reserve.</summary>
    public decimal Dust { get; internal init; }

    /// <summary>Every fund, parents before children, in policy order.</summary>
    public IReadOnlyList<FundAllocation> Funds { get; internal init; } = [];

    /// <summary>The member pools, in policy order.</summary>
    public IReadOnlyList<PoolAllocation> Pools { get; internal init; } = [];

    /// <summary>The members, in ledger order: every row of the ledger but the capital partners.</summary>
    public MemberShareList Members { get; }

    /// <summary>
    /// The capital partners (<see cref="MemberStatus.Penyerta"/>), in ledger order: paid from the pools they are
    /// eligible for, but not members, so in none of the members' totals, counts or statistics. Usually empty.
    /// </summary>
    public MemberShareList Partners { get; }

    /// <summary>Warnings (never errors: a result exists only when there were none).</summary>
    public IReadOnlyList<Issue> Warnings { get; internal init; } = [];

    /// <summary>The reconciliation checks; all passed.</summary>
    public IReadOnlyList<ReconciliationCheck> Checks { get; internal init; } = [];

    /// <summary>
    /// The members' payouts summed: allocated, forfeited to the minimum payout, gross, tax, net, cash and the credit to
    /// voluntary savings of everyone together.
    /// </summary>
    public Payout Totals { get; internal init; }

    /// <summary>The number of members with a gross SHU above 0.</summary>
    public int MembersPaid { get; internal init; }

    /// <summary>The capital partners' payouts summed, as <see cref="Totals"/> sums the members'.</summary>
    public Payout PartnerTotals { get; internal init; }

    /// <summary>The reserve fund.</summary>
    public FundAllocation Reserve => Funds.First(f => f.IsReserve);

    internal AmountColumn[] Weights { get; init; } = [];

    internal long[][] PoolUnits { get; init; } = [];

    internal long[] AllocatedUnits { get; init; } = [];

    /// <summary>Each pool's eligibility (its own statuses, or the policy's), in pool order.</summary>
    internal Engine.EligibleWeights[] PoolEligible { get; init; } = [];

    /// <summary>The monthly balances the calculation read, for explaining a monthly-average weight.</summary>
    internal Ledger.MonthlyBalances? Balances { get; init; }

    /// <summary>The fund with this code (case-insensitive).</summary>
    /// <exception cref="KeyNotFoundException">No such fund.</exception>
    public FundAllocation Fund(string code) =>
        Funds.FirstOrDefault(f => string.Equals(f.Code, code, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"The policy has no fund '{code}'.");

    /// <summary>The pool with this code (case-insensitive).</summary>
    /// <exception cref="KeyNotFoundException">No such pool.</exception>
    public PoolAllocation Pool(string code) => Pools[PoolIndex(code)];

    /// <summary>How one member's amounts came about, with the member's own numbers.</summary>
    /// <exception cref="KeyNotFoundException">No member has this id; <see cref="TryExplain"/> does not throw.</exception>
    public MemberExplanation Explain(string memberId) =>
        TryExplain(memberId, out var explanation)
            ? explanation
            : throw new KeyNotFoundException($"No member has the id '{memberId}'.");

    /// <summary>How one member's amounts came about: false when no member has this id (ordinal, as the ledger gives it).</summary>
    public bool TryExplain(string memberId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MemberExplanation? explanation)
    {
        ArgumentNullException.ThrowIfNull(memberId);
        var index = Ledger.IndexOf(memberId);
        explanation = index < 0 ? null : Engine.Explainer.Explain(this, index);
        return explanation is not null;
    }

    /// <summary>The rows of the capital partners, in ledger order (none in most ledgers).</summary>
    internal static int[] PartnerRowsOf(MemberLedger ledger)
    {
        var count = ledger.Statuses.AsSpan(0, ledger.Count).Count(MemberStatus.Penyerta);
        return count == 0 ? [] : RowsOf(ledger, partners: true, count);
    }

    private static int[] MemberRowsOf(MemberLedger ledger, int partners) => RowsOf(ledger, partners: false, ledger.Count - partners);

    // The rows that are (or are not) capital partners, in ledger order; count is how many there are.
    private static int[] RowsOf(MemberLedger ledger, bool partners, int count)
    {
        var rows = new int[count];
        var next = 0;
        for (var i = 0; i < ledger.Count; i++)
        {
            if ((ledger.Statuses[i] == MemberStatus.Penyerta) == partners)
            {
                rows[next++] = i;
            }
        }

        return rows;
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

    /// <summary>Who took part in the pools, and with what weight, as the calculation counted them.</summary>
    internal Engine.EligibleWeights Eligible { get; }

    /// <summary>Steps 7-9 for every member of this result.</summary>
    internal PayoutRule Payouts { get; }

    internal Payout PayoutOf(int index) => Payouts.For(AllocatedUnits[index]);

    /// <summary>
    /// The member's pool amounts, allocation and cash in whole rupiah, when <see cref="PayoutRule.IsWholeRupiah"/>: the
    /// numbers <see cref="MemberShare.Amount(int)"/> and <see cref="PayoutOf"/> give as decimals.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryWholeRupiah(int index, Span<long> poolAmounts, out long allocated, out long cash)
    {
        (allocated, cash) = (0, 0);
        if (!Payouts.IsWholeRupiah)
        {
            return false;
        }

        for (var p = 0; p < PoolUnits.Length; p++)
        {
            poolAmounts[p] = Payouts.WholeAmount(PoolUnits[p][index]);
        }

        allocated = Payouts.WholeAmount(AllocatedUnits[index]);
        cash = Payouts.WholeCash(allocated);
        return true;
    }
}
