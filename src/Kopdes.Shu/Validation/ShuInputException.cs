namespace Kopdes.Shu.Validation;

/// <summary>Thrown by <see cref="Results.ShuOutcome.GetResultOrThrow"/> when the inputs have errors; carries all of them.</summary>
public sealed class ShuInputException : Exception
{
    /// <summary>Creates the exception for these errors.</summary>
    internal ShuInputException(IReadOnlyList<Issue> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Every error found.</summary>
    public IReadOnlyList<Issue> Errors { get; }

    private static string Describe(IReadOnlyList<Issue> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return $"The inputs have {errors.Count} error{(errors.Count == 1 ? string.Empty : "s")}:{Environment.NewLine}"
            + string.Join(Environment.NewLine, errors.Select(e => "- " + e.Describe(Language.English)));
    }
}
