using Kopdes.Shu.Results;

namespace Kopdes.Shu.Analysis;

/// <summary>
/// Two or more policies on one ledger, side by side: each member's gross SHU under each and the difference
/// from the first (the baseline), and per alternative how many members gain, lose or keep the same, the
/// total gained and lost, and the median, smallest and largest difference. Members are matched by id.
/// </summary>
public sealed class PolicyComparison
{
    private readonly decimal[][] _gross;

    private PolicyComparison(IReadOnlyList<string> names, IReadOnlyList<ShuResult> results)
    {
        Names = names;
        var baseline = results[0];
        MemberIds = [.. baseline.Members.Select(m => m.Id)];
        MemberNames = [.. baseline.Members.Select(m => m.Name)];
        _gross = new decimal[results.Count][];
        for (var p = 0; p < results.Count; p++)
        {
            var gross = new decimal[MemberIds.Count];
            if (p == 0)
            {
                foreach (var member in baseline.Members)
                {
                    gross[member.Index] = member.Payout.Gross;
                }
            }
            else
            {
                var byId = results[p].Members.ToDictionary(m => m.Id, m => m.Payout.Gross, StringComparer.Ordinal);
                for (var i = 0; i < gross.Length; i++)
                {
                    gross[i] = byId.TryGetValue(MemberIds[i], out var amount)
                        ? amount
                        : throw new ArgumentException($"Member {MemberIds[i]} is not in the ledger of '{names[p]}': compare policies on one ledger.", nameof(results));
                }
            }

            _gross[p] = gross;
        }

        Summaries = [.. Enumerable.Range(1, results.Count - 1).Select(Summarise)];
    }

    /// <summary>The policies' names, the baseline first.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The member ids, in the baseline ledger's order.</summary>
    public IReadOnlyList<string> MemberIds { get; }

    /// <summary>The members' names.</summary>
    public IReadOnlyList<string?> MemberNames { get; }

    /// <summary>One summary for each policy after the baseline.</summary>
    public IReadOnlyList<ComparisonSummary> Summaries { get; }

    /// <summary>Compares results computed from one ledger under different policies (at least two; the first is the baseline).</summary>
    public static PolicyComparison Of(IReadOnlyList<(string Name, ShuResult Result)> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count < 2)
        {
            throw new ArgumentException("At least two policies are needed.", nameof(results));
        }

        if (results.Select(r => r.Result.Members.Count).Distinct().Count() != 1)
        {
            throw new ArgumentException("The results are not of one ledger.", nameof(results));
        }

        return new PolicyComparison([.. results.Select(r => r.Name)], [.. results.Select(r => r.Result)]);
    }

    /// <summary>Member <paramref name="member"/>'s gross SHU under policy <paramref name="policy"/>.</summary>
    public decimal Gross(int policy, int member) => _gross[policy][member];

    /// <summary>What policy <paramref name="policy"/> gives member <paramref name="member"/> more than the baseline (negative: less).</summary>
    public decimal Difference(int policy, int member) => _gross[policy][member] - _gross[0][member];

    private ComparisonSummary Summarise(int policy)
    {
        var differences = Enumerable.Range(0, MemberIds.Count).Select(i => (Index: i, Difference: Difference(policy, i))).ToArray();
        var sorted = differences.Select(d => d.Difference).Order().ToArray();
        var smallest = differences.OrderBy(d => d.Difference).ThenBy(d => d.Index).FirstOrDefault();
        var largest = differences.OrderByDescending(d => d.Difference).ThenBy(d => d.Index).FirstOrDefault();
        return new ComparisonSummary(
            Names[policy],
            Names[0],
            differences.Count(d => d.Difference > 0),
            differences.Count(d => d.Difference < 0),
            differences.Count(d => d.Difference == 0),
            differences.Where(d => d.Difference > 0).Sum(d => d.Difference),
            -differences.Where(d => d.Difference < 0).Sum(d => d.Difference),
            PayoutDistribution.Quantile(sorted, 0.5m),
            sorted.Length == 0 ? 0m : smallest.Difference,
            sorted.Length == 0 ? null : MemberIds[smallest.Index],
            sorted.Length == 0 ? 0m : largest.Difference,
            sorted.Length == 0 ? null : MemberIds[largest.Index]);
    }
}

/// <summary>One policy against the baseline.</summary>
public sealed class ComparisonSummary
{
    internal ComparisonSummary(string policy, string baseline, int gain, int lose, int same, decimal totalGained, decimal totalLost, decimal medianDifference, decimal smallestDifference, string? smallestMember, decimal largestDifference, string? largestMember)
    {
        Policy = policy;
        Baseline = baseline;
        Gain = gain;
        Lose = lose;
        Same = same;
        TotalGained = totalGained;
        TotalLost = totalLost;
        MedianDifference = medianDifference;
        SmallestDifference = smallestDifference;
        SmallestMember = smallestMember;
        LargestDifference = largestDifference;
        LargestMember = largestMember;
    }

    /// <summary>The policy.</summary>
    public string Policy { get; }

    /// <summary>The baseline policy.</summary>
    public string Baseline { get; }

    /// <summary>Members who get more.</summary>
    public int Gain { get; }

    /// <summary>Members who get less.</summary>
    public int Lose { get; }

    /// <summary>Members who get the same.</summary>
    public int Same { get; }

    /// <summary>The sum of the increases.</summary>
    public decimal TotalGained { get; }

    /// <summary>The sum of the decreases (a positive amount).</summary>
    public decimal TotalLost { get; }

    /// <summary>The median of every member's difference.</summary>
    public decimal MedianDifference { get; }

    /// <summary>The largest loss (or the smallest gain).</summary>
    public decimal SmallestDifference { get; }

    /// <summary>Who has it (first in the ledger on a tie).</summary>
    public string? SmallestMember { get; }

    /// <summary>The largest gain (or the smallest loss).</summary>
    public decimal LargestDifference { get; }

    /// <summary>Who has it.</summary>
    public string? LargestMember { get; }
}
