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

    /// <summary>The member with this id, or null.</summary>
    public MemberShare? Find(string memberId)
    {
        var index = _result.Ledger.IndexOf(memberId);
        return index < 0 ? null : new MemberShare(_result, index);
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
