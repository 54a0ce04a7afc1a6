using System.Collections;
using System.Runtime.CompilerServices;

namespace Kopdes.Shu.Results;

/// <summary>
/// The members of a result (or its capital partners) in ledger order, materialised one at a time. A share's
/// <see cref="MemberShare.Index"/> is its row in the ledger, which is its place in this list only when the ledger has no partners.
/// </summary>
public sealed class MemberShareList : IReadOnlyList<MemberShare>
{
    private readonly ShuResult _result;

    // The ledger rows of the list, or null for every row (a ledger without partners: nothing to map).
    private readonly int[]? _rows;
    private readonly bool _partners;

    internal MemberShareList(ShuResult result, int[]? rows, bool partners) => (_result, _rows, _partners) = (result, rows, partners);

    /// <inheritdoc />
    public int Count => _rows?.Length ?? _result.Ledger.Count;

    /// <inheritdoc />
    public MemberShare this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            Guard.Index(index, Count);
            return new MemberShare(_result, _rows is null ? index : _rows[index]);
        }
    }

    /// <summary>The member with this id (ordinal, as the ledger gives it): false when no member has it.</summary>
    /// <example>
    /// <code>
    /// if (result.Members.TryFind("A001", out var budi)) { Console.WriteLine(budi.Payout.Cash); }
    /// </code>
    /// </example>
    public bool TryFind(string memberId, out MemberShare member)
    {
        ArgumentNullException.ThrowIfNull(memberId);
        var index = _result.Ledger.IndexOf(memberId);
        if (index >= 0 && _rows is not null && (_result.Ledger.Statuses[index] == Ledger.MemberStatus.Penyerta) != _partners)
        {
            index = -1;
        }

        member = index < 0 ? default : new MemberShare(_result, index);
        return index >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<MemberShare> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return new MemberShare(_result, _rows is null ? i : _rows[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
