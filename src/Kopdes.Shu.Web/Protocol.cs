using System.Text.Json.Serialization;
using Kopdes.Shu.Analysis;
using Kopdes.Shu.IO.Verification;
using Kopdes.Shu.Validation;

namespace Kopdes.Shu.Web;

// What the worker hands the page: plain figures and words in both languages, so that the page draws them, switches
// language, and never holds a ledger or a result itself.

/// <summary>A text in Indonesian and English.</summary>
public sealed record Words(string Id, string En)
{
    public string In(Ui ui) => ui.English ? En : Id;
}

/// <summary>One problem, located, with the line the command line prints for it.</summary>
public sealed record IssueView(string Code, string? File, string? Sheet, int? Row, string? Column, string? Member, Words Message, Words Line)
{
    public static IssueView Of(Issue issue) => new(
        issue.Code, issue.File, issue.Sheet, issue.Row, issue.Column, issue.MemberId,
        new(issue.Message(Language.Indonesian), issue.Message(Language.English)),
        new(issue.Describe(Language.Indonesian), issue.Describe(Language.English)));
}

/// <summary>A fund of the result.</summary>
/// <summary>
/// A fund of the funds table; a pool divided by the whole business also carries its non-members' part and the fund
/// that receives it (whose amount includes it), shown under the pool as the tool's funds table shows it.
/// </summary>
public sealed record FundView(string Code, string Name, int Depth, decimal Percent, decimal Amount, decimal NonMember, string? NonMemberFund);

/// <summary>The figures of a result the page shows: the summary a treasurer reads out at the RAT.</summary>
public sealed record SummaryView(
    string? Cooperative, int? Year, decimal Shu, int MembersPaid, int Members, decimal Cash, decimal Savings, decimal Tax,
    int Partners, decimal PartnersNet, int ChecksPassed, int Checks, IReadOnlyList<FundView> Funds);

/// <summary>A calculation: its errors, or its summary and warnings; the members file's name; how long it took.</summary>
public sealed record ComputeView(
    string MembersFile, IReadOnlyList<IssueView> Errors, IReadOnlyList<IssueView> Warnings, SummaryView? Summary, long ReadingMs, long ElapsedMs);

/// <summary>A member's row of the table.</summary>
public sealed record MemberRowView(int Number, string Id, string? Name, string Status, decimal Gross, decimal Tax, decimal Net, decimal Cash, decimal ToSavings);

/// <summary>Some rows of the members as searched and sorted, and how many there are in all.</summary>
public sealed record RowsView(int Total, int Members, IReadOnlyList<MemberRowView> Rows);

/// <summary>A difference between a result file and the calculation made now.</summary>
public sealed record VerificationView(bool Agrees, int Members, int Funds, IReadOnlyList<Words> Differences, int DifferenceCount, IReadOnlyList<IssueView> Issues, IReadOnlyList<Words> InputsChanged)
{
    public static VerificationView Of(Verification verification, int members, int funds) => new(
        verification.Agrees, members, funds,
        [.. verification.Differences.Take(200).Select(d => new Words(d.Describe(Language.Indonesian), d.Describe(Language.English)))],
        verification.Differences.Count,
        [.. verification.Issues.Select(IssueView.Of)],
        [.. verification.InputsChanged.Select(d => new Words(d.Describe(Language.Indonesian), d.Describe(Language.English)))]);
}

/// <summary>One finding of the audit, with the first members it names (number, name, row).</summary>
public sealed record FlagView(string Code, Words Reason, IReadOnlyList<string> Members, int More)
{
    public static FlagView Of(AuditFlag flag, IO.ShuInputs inputs, int shown) => new(
        flag.Code, new(flag.Reason(Language.Indonesian), flag.Reason(Language.English)),
        [.. flag.Members.Take(shown).Select(i => inputs.Ledger![i] is var m ? $"{m.Id} {m.Name}{(inputs.RowOf(i) is { } row ? $" ({row})" : null)}" : string.Empty)],
        Math.Max(0, flag.Members.Count - shown));
}

/// <summary>A check: the inputs' errors, or the verification of the result (when given) and the audit.</summary>
public sealed record CheckView(IReadOnlyList<IssueView> Errors, VerificationView? Verification, bool ResultIncomplete, IReadOnlyList<FlagView>? Flags, long ElapsedMs);

[JsonSerializable(typeof(ComputeView))]
[JsonSerializable(typeof(RowsView))]
[JsonSerializable(typeof(CheckView))]
internal sealed partial class ProtocolJson : JsonSerializerContext;
