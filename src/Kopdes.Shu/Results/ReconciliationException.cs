namespace Kopdes.Shu.Results;

/// <summary>
/// Thrown instead of returning a result whose reconciliation fails. It means a defect in the engine, not
/// in the data: please report it with the inputs.
/// </summary>
public sealed class ReconciliationException : InvalidOperationException
{
    /// <summary>Creates the exception for the failed checks.</summary>
    internal ReconciliationException(IReadOnlyList<ReconciliationCheck> failed)
        : base("The allocation does not reconcile; no result is returned. Failed: "
            + string.Join("; ", (failed ?? throw new ArgumentNullException(nameof(failed)))
                .Select(c => $"{c.Code} expected {c.Expected} but was {c.Actual}")))
    {
        Failed = failed;
    }

    /// <summary>The checks that failed.</summary>
    public IReadOnlyList<ReconciliationCheck> Failed { get; }
}
