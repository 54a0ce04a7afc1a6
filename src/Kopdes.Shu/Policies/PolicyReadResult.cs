using Kopdes.Shu.Validation;

namespace Kopdes.Shu.Policies;

/// <summary>What reading a policy file gives: the policy, or the problems that kept it from being read.</summary>
/// <param name="Policy">The policy; null when <paramref name="Issues"/> has errors.</param>
/// <param name="Issues">Format problems (errors) and unknown keys (warnings). The rules of the policy itself are checked by the calculation.</param>
public sealed record PolicyReadResult(ShuPolicy? Policy, IReadOnlyList<Issue> Issues)
{
    /// <summary>True when a policy was read.</summary>
    public bool Succeeded => Policy is not null;
}
