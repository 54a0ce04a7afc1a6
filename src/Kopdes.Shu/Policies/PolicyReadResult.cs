using Kopdes.Shu.Validation;

namespace Kopdes.Shu.Policies;

/// <summary>What reading a policy file gives: the policy, or the problems that kept it from being read.</summary>
public sealed class PolicyReadResult
{
    internal PolicyReadResult(ShuPolicy? policy, IReadOnlyList<Issue> issues)
    {
        Policy = policy;
        Issues = issues;
    }

    /// <summary>The policy; null when <see cref="Issues"/> has errors.</summary>
    public ShuPolicy? Policy { get; }

    /// <summary>Format problems: unknown or repeated keys, values of the wrong kind. The rules of the policy itself are checked by the calculation.</summary>
    public IReadOnlyList<Issue> Issues { get; }

    /// <summary>True when a policy was read.</summary>
    public bool Succeeded => Policy is not null;
}
