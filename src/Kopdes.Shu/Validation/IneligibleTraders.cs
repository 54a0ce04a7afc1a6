using System.Runtime.CompilerServices;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;

namespace Kopdes.Shu.Validation;

/// <summary>
/// Who trades without the right to SHU, as the warning and the office's audit both ask: a member whose status shares in
/// no pool (<see cref="PolicyRules.EligibilityMask"/>) with purchases in a transactions column. A capital partner is no
/// member: its purchases are business with a non-member.
/// </summary>
internal readonly struct IneligibleTraders
{
    private readonly bool[] _eligible;
    private readonly AmountColumn[] _transactions;
    private readonly MemberStatus[] _statuses;

    public IneligibleTraders(ShuPolicy policy, MemberLedger ledger)
    {
        _eligible = PolicyRules.EligibilityMask(policy);
        _transactions = [.. ledger.Columns.Where(ColumnNames.IsTransactions).Select(c => ledger.Column(c)!)];
        _statuses = ledger.Statuses;
    }

    /// <summary>False when the ledger has no transactions column: nobody to look at.</summary>
    public bool HasTransactions => _transactions.Length > 0;

    /// <summary>True when the member at <paramref name="member"/> trades without the right to SHU.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Includes(int member)
    {
        var status = _statuses[member];
        if (_eligible[(int)status] || status == MemberStatus.Penyerta)
        {
            return false;
        }

        foreach (var column in _transactions)
        {
            if (column.Whole is { } whole ? whole[member] > 0 : column.Exact![member] > 0)
            {
                return true;
            }
        }

        return false;
    }
}
