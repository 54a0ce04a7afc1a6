using Kopdes.Shu.Validation;

namespace Kopdes.Shu.Results;

/// <summary>
/// What a calculation gives: a result, or every error in the inputs; warnings either way.
/// </summary>
public sealed class ShuOutcome
{
    private ShuOutcome(ShuResult? result, IReadOnlyList<Issue> issues)
    {
        Result = result;
        Issues = issues;
        Errors = [.. issues.Where(i => i.IsError)];
        Warnings = [.. issues.Where(i => !i.IsError)];
    }

    /// <summary>True when there is a result (no errors).</summary>
    public bool Succeeded => Result is not null;

    /// <summary>The result, or null when the inputs have errors.</summary>
    public ShuResult? Result { get; }

    /// <summary>Every issue, errors and warnings, in the order found.</summary>
    public IReadOnlyList<Issue> Issues { get; }

    /// <summary>The errors; empty when <see cref="Succeeded"/>.</summary>
    public IReadOnlyList<Issue> Errors { get; }

    /// <summary>The warnings.</summary>
    public IReadOnlyList<Issue> Warnings { get; }

    /// <summary>The result, or an exception listing every error.</summary>
    /// <exception cref="ShuInputException">The inputs have errors.</exception>
    public ShuResult GetResultOrThrow() => Result ?? throw new ShuInputException(Errors);

    internal static ShuOutcome Success(ShuResult result) => new(result, result.Warnings);

    internal static ShuOutcome Failure(IReadOnlyList<Issue> issues) => new(null, issues);
}
