namespace Kopdes.Shu.Apportionment;

/// <summary>How an apportionment ended.</summary>
internal enum ApportionStatus
{
    /// <summary>Every unit went to a party.</summary>
    Done,

    /// <summary>The weights sum to zero: nothing was apportioned, the caller decides where the total goes.</summary>
    NoWeight,

    /// <summary>total x sum of weights does not fit 128 bits: nothing was apportioned.</summary>
    Overflow,

    /// <summary>A pool's stated total is below its members' own total: nothing was apportioned.</summary>
    TotalBelowMembers,
}
