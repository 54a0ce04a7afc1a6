using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;
using Kopdes.Shu.Validation;

namespace Kopdes.Shu.IO;

/// <summary>
/// What the treasurer's files hold: the policy, the ledger and the monthly balances, every problem found
/// while reading them (with file, sheet, row, column and member), and the files' SHA-256.
/// </summary>
public sealed class ShuInputs
{
    private readonly Func<Issue, Issue> _locate;

    internal ShuInputs(
        ShuPolicy? policy, MemberLedger? ledger, MonthlyBalances? balances, IReadOnlyList<Issue> issues, IReadOnlyList<InputFile> files, Func<Issue, Issue> locate)
    {
        Policy = policy;
        Ledger = ledger;
        Balances = balances;
        Issues = issues;
        Files = files;
        _locate = locate;
    }

    /// <summary>The policy, or null when it could not be read.</summary>
    public ShuPolicy? Policy { get; }

    /// <summary>The members, or null when the table could not be read at all (rows with problems are kept, see <see cref="HasErrors"/>).</summary>
    public MemberLedger? Ledger { get; }

    /// <summary>The monthly balances, when given.</summary>
    public MonthlyBalances? Balances { get; }

    /// <summary>The problems found while reading, errors and warnings.</summary>
    public IReadOnlyList<Issue> Issues { get; }

    /// <summary>The files read, with their SHA-256.</summary>
    public IReadOnlyList<InputFile> Files { get; }

    /// <summary>Each member's national id number (NIK), when the members table has a <c>nik</c> column; null otherwise. Never written to any output unmasked.</summary>
    public IReadOnlyList<string?>? NationalIds { get; internal init; }

    /// <summary>
    /// How the members file writes numbers: <see cref="NumberCulture.Indonesian"/> for a CSV separated by <c>;</c> (or
    /// when that culture was asked for), otherwise <see cref="NumberCulture.International"/>. Results written as CSV
    /// for the same treasurer use it (<see cref="Results.ResultContext.Culture"/>), so that their Excel opens them.
    /// </summary>
    public NumberCulture Culture { get; internal init; } = NumberCulture.International;

    /// <summary>The row of the members file or sheet that holds the member at a ledger position.</summary>
    public int? RowOf(int ledgerIndex) => ledgerIndex >= 0 && ledgerIndex < MemberRows.Count ? MemberRows[ledgerIndex] : null;

    internal IReadOnlyList<int> MemberRows { get; init; } = [];

    /// <summary>
    /// Every problem, errors and warnings: those found while reading and, when the policy and the table could be
    /// read at all, those of the calculation's own checks (105%, an unknown pool column), so a treasurer fixes
    /// everything in one go instead of one file at a time.
    /// </summary>
    internal IReadOnlyList<Issue> AllIssues()
    {
        var issues = Issues.ToList();
        if (Policy is null || Ledger is null)
        {
            return issues;
        }

        // The calculation repeats the ledger's and balances' own issues; the reader has them already, located.
        var known = new HashSet<Issue>(Ledger.Issues.Concat(Balances?.Issues ?? []), ReferenceEqualityComparer.Instance);
        issues.AddRange(Engine.ShuCalculator.Validate(Policy, Ledger, Balances).Where(i => !known.Contains(i)).Select(Locate));
        return issues;
    }

    /// <summary>
    /// The result of these inputs, or every error, located: those of reading and of the calculation's checks
    /// together when reading found one, else the calculation's. With a result, the warnings of both, located.
    /// </summary>
    internal (Kopdes.Shu.Results.ShuResult? Result, IReadOnlyList<Issue> Errors, IReadOnlyList<Issue> Warnings) Compute(
        Engine.ShuCalculatorOptions? options = null)
    {
        if (HasErrors)
        {
            return (null, [.. AllIssues().Where(i => i.IsError)], []);
        }

        var outcome = Engine.ShuCalculator.Calculate(Policy!, Ledger!, Balances, options);
        return outcome.Succeeded
            ? (outcome.Result, [], [.. Issues.Where(i => !i.IsError).Concat(outcome.Warnings).Select(Locate)])
            : (null, [.. outcome.Errors.Select(Locate)], []);
    }

    /// <summary>True when reading found an error: there is nothing to compute.</summary>
    public bool HasErrors => Policy is null || Ledger is null || Issues.Any(i => i.IsError);

    /// <summary>Adds the file, sheet and row to an issue the calculation raised about a ledger position.</summary>
    public Issue Locate(Issue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return _locate(issue);
    }
}
