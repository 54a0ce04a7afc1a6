using System.Runtime.CompilerServices;
using Kopdes.Shu.Money;

namespace Kopdes.Shu.Results;

/// <summary>
/// For writers of very large result files: a member's figures as whole rupiah (longs), without decimal arithmetic,
/// when the result allows it. Every number here is one <see cref="MemberShare"/> gives as a decimal, written the
/// same; this is the same, cheaper a million times over. Most code never needs it. Each accessor is inlined into
/// the caller's loop.
/// </summary>
internal static class ResultColumns
{
    /// <summary>
    /// The member's amount from each pool and payout as whole rupiah: the numbers of <see cref="MemberShare.Amount(int)"/>
    /// and <see cref="MemberShare.Payout"/>. Only for a result whose figures are all whole rupiah written without decimals
    /// (rounding and cash units whole rupiah such as 1 or 1000, no tax, no minimum payout); otherwise false, nothing is
    /// written, and the decimals are the way. With no tax and no minimum payout, the gross and the net are the amount
    /// allocated, and what is not paid in cash is credited to voluntary savings.
    /// </summary>
    /// <param name="member">The member.</param>
    /// <param name="poolAmounts">Receives the amount from each pool in pool order: at least one slot a pool.</param>
    /// <param name="allocated">Receives <see cref="Payout.Allocated"/>, which is also the gross and the net.</param>
    /// <param name="cash">Receives <see cref="Payout.Cash"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="poolAmounts"/> has fewer slots than the result has pools.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryGetWholeRupiah(MemberShare member, Span<long> poolAmounts, out long allocated, out long cash)
    {
        Check(member);
        var pools = member.Result.Pools.Count;
        if (poolAmounts.Length < pools)
        {
            throw new ArgumentException($"Room for {pools} pool amounts is needed, one a pool.", nameof(poolAmounts));
        }

        return member.Result.TryWholeRupiah(member.Index, poolAmounts, out allocated, out cash);
    }

    /// <summary>
    /// The member's weight in the pool at <paramref name="pool"/> as a long, when the ledger gave that pool's weights as
    /// whole numbers without decimals (nearly every ledger): the number of <see cref="MemberShare.Weight(int)"/>.
    /// Otherwise false and 0, and <see cref="MemberShare.Weight(int)"/> is the way.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryGetWholeWeight(MemberShare member, int pool, out long weight)
    {
        Check(member);
        Guard.Index(pool, member.Result.Pools.Count);
        if (member.Result.Weights[pool].Whole is { } whole)
        {
            weight = whole[member.Index];
            return true;
        }

        weight = 0;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Check(MemberShare member)
    {
        if (member.Result is null)
        {
            throw new ArgumentException("The member share is not one of a result's members.", nameof(member));
        }
    }
}
