using Kopdes.Shu.IO;
using Kopdes.Shu.IO.Results;
using Kopdes.Shu.Results;
using Kopdes.Shu.Validation;

namespace Kopdes.Shu.Web;

/// <summary>
/// One calculation as <c>kopdes-shu hitung</c> does it: the files read, every problem located, or the result.
/// </summary>
public sealed class Calculation
{
    private Calculation(string members, ShuInputs inputs, ShuResult? result, IReadOnlyList<Issue> errors, IReadOnlyList<Issue> warnings)
        => (MembersFile, Inputs, Result, Errors, Warnings) = (members, inputs, result, errors, warnings);

    /// <summary>The name of the members file (the workbook, or the members CSV).</summary>
    public string MembersFile { get; }

    /// <summary>What was read.</summary>
    public ShuInputs Inputs { get; }

    /// <summary>The result, or null when there were errors.</summary>
    public ShuResult? Result { get; }

    /// <summary>Every error, located: nothing is computed while there is one.</summary>
    public IReadOnlyList<Issue> Errors { get; }

    /// <summary>The warnings, located.</summary>
    public IReadOnlyList<Issue> Warnings { get; }

    /// <summary>The calculation of inputs read from <paramref name="members"/>: every error located, or the result and its warnings.</summary>
    public static Calculation Of(ChosenFile members, ShuInputs inputs)
    {
        var (result, errors, warnings) = inputs.Compute();
        return new Calculation(members.Name, inputs, result, errors, warnings);
    }

    /// <summary>What the results record of this run, as the tool records it: the inputs' names and hashes, the date of calculation.</summary>
    public ResultContext Context(Language language, DateOnly? calculatedOn = null) =>
        new(Inputs.Files, language) { Culture = Inputs.Culture, CalculatedOn = calculatedOn };
}
