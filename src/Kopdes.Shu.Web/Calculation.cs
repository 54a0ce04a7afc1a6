using System.Diagnostics;
using Kopdes.Shu.IO;
using Kopdes.Shu.IO.Results;
using Kopdes.Shu.Results;
using Kopdes.Shu.Validation;

namespace Kopdes.Shu.Web;

/// <summary>
/// One calculation as <c>kopdes-shu hitung</c> does it: the files read, every problem located, or the result. The
/// steps are awaited one by one, so that the page shows each step as it comes.
/// </summary>
public sealed class Calculation
{
    private Calculation(string members, ShuInputs inputs, ShuResult? result, IReadOnlyList<Issue> errors, IReadOnlyList<Issue> warnings, TimeSpan elapsed)
        => (MembersFile, Inputs, Result, Errors, Warnings, Elapsed) = (members, inputs, result, errors, warnings, elapsed);

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

    /// <summary>From the start of reading to the result.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>
    /// Reads the members file (with the policy and balances files, when separate) and computes. <paramref name="step"/>
    /// is told each step before it starts; the page redraws in between.
    /// </summary>
    public static async Task<Calculation> RunAsync(ChosenFile members, ChosenFile? policy, ChosenFile? balances, Func<string, int?, Task> step)
    {
        var clock = Stopwatch.StartNew();
        await step("reading", null);
        var inputs = ShuInputReader.Read(members.Open(), policy?.Open(), balances?.Open());
        await step("computing", inputs.Ledger?.Count);
        var (result, errors, warnings) = inputs.Compute();
        return new Calculation(members.Name, inputs, result, errors, warnings, clock.Elapsed);
    }

    /// <summary>What the results record of this run, as the tool records it: the inputs' names and hashes, the date.</summary>
    public ResultContext Context(Language language) =>
        new(Inputs.Files, language) { Culture = Inputs.Culture, CalculatedOn = DateOnly.FromDateTime(DateTime.Now) };
}
