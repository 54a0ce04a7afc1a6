namespace Kopdes.Shu.Apportionment;

/// <summary>
/// Decides which of two parties with equal fractional remainders receives a leftover unit first.
/// Must be a strict total order over the parties' indices.
/// </summary>
internal interface ITieOrder
{
    /// <summary>
    /// True when the order is the parties' own order by index: parties collected in index order are then sorted
    /// already, and nothing needs comparing.
    /// </summary>
    bool FollowsIndex { get; }

    /// <summary>Negative when party <paramref name="a"/> comes before party <paramref name="b"/>.</summary>
    int Compare(int a, int b);
}

/// <summary>Ties go to the party listed first (funds, business units).</summary>
internal readonly struct ListedOrder : ITieOrder
{
    public bool FollowsIndex => true;

    public int Compare(int a, int b) => a.CompareTo(b);
}
