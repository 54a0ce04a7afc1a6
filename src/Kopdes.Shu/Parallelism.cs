namespace Kopdes.Shu;

/// <summary>
/// How much of the machine one calculation may use: work over every member is cut in ranges done side by side by
/// at most <see cref="MaxDegree"/> threads, and only from <see cref="From"/> members on (below, starting threads
/// costs more than it saves).
/// </summary>
internal readonly record struct Parallelism(int MaxDegree, int From = Parallelism.LargeLedger)
{
    /// <summary>The size of ledger from which work over members is done side by side.</summary>
    public const int LargeLedger = 50_000;

    /// <summary>Every core.</summary>
    public static Parallelism Default => new(Environment.ProcessorCount);

    /// <summary>The options a Parallel.For takes.</summary>
    public ParallelOptions Options => new() { MaxDegreeOfParallelism = MaxDegree };

    /// <summary>
    /// The same bound for the checks of each member, which cost less a member than a pool does: they pay for the
    /// threads only from a larger ledger.
    /// </summary>
    public Parallelism ForChecks => this with { From = 200_000 };

    /// <summary>True when <paramref name="members"/> are worth the threads.</summary>
    public bool Splits(int members) => MaxDegree > 1 && members >= From;
}
