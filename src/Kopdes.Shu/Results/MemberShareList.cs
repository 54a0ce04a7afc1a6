using System.Collections;
using System.Runtime.CompilerServices;

namespace Kopdes.Shu.Results;

/// <summary>The members of a result in ledger order, materialised one at a time.</summary>
public sealed class MemberShareList : IReadOnlyList<MemberShare>
{
    private readonly ShuResult _result;

    internal MemberShareList(ShuResult result) => _result = result;

    /// <inheritdoc />
    public int Count => _result.Ledger.Count;

    /// <inheritdoc />
    public MemberShare this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            Guard.Index(index, Count);
            return new MemberShare(_result, index);
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
        member = index < 0 ? default : new MemberShare(_result, index);
        return index >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<MemberShare> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return new MemberShare(_result, i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
