namespace Kopdes.Shu.Engine;

/// <summary>
/// How a calculation may use the machine. A host running many calculations at once (a web service, a batch of
/// cooperatives) bounds each one here, so that they do not each start a thread per core on top of its own.
/// </summary>
/// <example>
/// <code>
/// var oneThread = new ShuCalculatorOptions { MaxDegreeOfParallelism = 1 };
/// ShuOutcome outcome = ShuCalculator.Calculate(policy, ledger, balances: null, oneThread);
/// </code>
/// </example>
public sealed class ShuCalculatorOptions
{
    /// <summary>The options a calculation takes when none are given: every core.</summary>
    internal static ShuCalculatorOptions Default { get; } = new();

    /// <summary>
    /// The most threads one calculation (or one ledger's checks) uses; null, the default, is every core. Large
    /// ledgers (from 50,000 members) are worked on in ranges side by side; smaller ones on the calling thread.
    /// </summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>The options checked, every problem in one message.</summary>
    /// <exception cref="ArgumentException">An option is out of its range.</exception>
    internal Parallelism Parallelism()
    {
        var problems = new List<string>();
        if (MaxDegreeOfParallelism is < 1)
        {
            problems.Add($"{nameof(MaxDegreeOfParallelism)} must be 1 or more, or null for every core; it is {MaxDegreeOfParallelism}.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), "options");
        }

        return new Parallelism(MaxDegreeOfParallelism ?? Environment.ProcessorCount);
    }
}
