namespace Kopdes.Shu.Validation;

/// <summary>Whether an issue stops the calculation.</summary>
public enum IssueSeverity
{
    /// <summary>The inputs cannot be computed; nothing is written.</summary>
    Error = 0,

    /// <summary>Reported with the result; the calculation goes on.</summary>
    Warning = 1,
}
