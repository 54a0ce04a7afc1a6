using System.Globalization;
using System.Text;

namespace Kopdes.Shu.Validation;

/// <summary>
/// A problem in a treasurer's data: a stable <see cref="Code"/> (see <see cref="IssueCodes"/>), a message
/// in Indonesian and English, and where it is. The library names the member, column and ledger position; a reader
/// adds the file, sheet and row with <see cref="At"/>. Immutable.
/// </summary>
/// <example>
/// <code>
/// var issue = new Issue("MyReader.NoTotal", IssueSeverity.Error, "Baris jumlah tidak ada.", "The total row is missing.")
///     .At(file: "anggota.csv", row: 2);
/// Console.WriteLine(issue.Describe(Language.English)); // anggota.csv, row 2: The total row is missing. [MyReader.NoTotal]
/// </code>
/// </example>
public sealed class Issue
{
    private readonly string _messageId;
    private readonly string _messageEn;

    /// <summary>A problem with its code, severity and message in both languages, not yet located.</summary>
    /// <param name="code">The stable code, e.g. <c>Ledger.DuplicateMemberId</c>.</param>
    /// <param name="severity">Error (stops the run) or warning.</param>
    /// <param name="messageId">The message in Bahasa Indonesia.</param>
    /// <param name="messageEn">The message in English.</param>
    internal Issue(string code, IssueSeverity severity, string messageId, string messageEn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(messageId);
        ArgumentNullException.ThrowIfNull(messageEn);
        Code = code;
        Severity = severity;
        _messageId = messageId;
        _messageEn = messageEn;
    }

    /// <summary>The stable code, e.g. <c>Ledger.DuplicateMemberId</c>.</summary>
    public string Code { get; }

    /// <summary>Error (stops the run) or warning.</summary>
    public IssueSeverity Severity { get; }

    /// <summary>The member concerned, or null.</summary>
    public string? MemberId { get; private init; }

    /// <summary>The ledger column or policy key concerned (<c>funds[1].percent</c>), or null.</summary>
    public string? Column { get; private init; }

    /// <summary>The member's 0-based position in the ledger (or row in the balances), or null.</summary>
    public int? LedgerIndex { get; private init; }

    /// <summary>The file the data came from, when a reader knows it.</summary>
    public string? File { get; private init; }

    /// <summary>The workbook sheet, when a reader knows it.</summary>
    public string? Sheet { get; private init; }

    /// <summary>The 1-based row in the file or sheet (the header is row 1), when a reader knows it.</summary>
    public int? Row { get; private init; }

    /// <summary>The same issue, located: each part given replaces the one it had, each part left null is kept.</summary>
    /// <param name="file">The file the data came from.</param>
    /// <param name="sheet">The workbook sheet.</param>
    /// <param name="row">The 1-based row in the file or sheet (the header is row 1).</param>
    /// <param name="column">The column or policy key.</param>
    /// <param name="memberId">The member concerned.</param>
    internal Issue At(string? file = null, string? sheet = null, int? row = null, string? column = null, string? memberId = null) =>
        Locate(file: file, sheet: sheet, row: row, column: column, memberId: memberId);

    /// <summary><see cref="At"/>, with the ledger position the library knows.</summary>
    internal Issue Locate(
        string? file = null, string? sheet = null, int? row = null, string? column = null, string? memberId = null, int? ledgerIndex = null) =>
        new(Code, Severity, _messageId, _messageEn)
        {
            File = file ?? File,
            Sheet = sheet ?? Sheet,
            Row = row ?? Row,
            Column = column ?? Column,
            MemberId = memberId ?? MemberId,
            LedgerIndex = ledgerIndex ?? LedgerIndex,
        };

    /// <summary>True for <see cref="IssueSeverity.Error"/>.</summary>
    public bool IsError => Severity == IssueSeverity.Error;

    /// <summary>The message in <paramref name="language"/>.</summary>
    public string Message(Language language) => language == Language.English ? _messageEn : _messageId;

    /// <summary>One line: location, code and message, e.g. <c>anggota.csv, row 7, column transaksi, member A007: ...</c>.</summary>
    public string Describe(Language language)
    {
        var english = language == Language.English;
        var text = new StringBuilder();
        void Part(string part)
        {
            if (text.Length > 0)
            {
                text.Append(", ");
            }

            text.Append(part);
        }

        if (File is not null)
        {
            Part(File);
        }

        if (Sheet is not null)
        {
            Part((english ? "sheet " : "sheet ") + Sheet);
        }

        if (Row is not null)
        {
            Part((english ? "row " : "baris ") + Row.Value.ToString(CultureInfo.InvariantCulture));
        }
        else if (LedgerIndex is not null)
        {
            Part((english ? "position " : "urutan ") + (LedgerIndex.Value + 1).ToString(CultureInfo.InvariantCulture));
        }

        if (Column is not null)
        {
            Part((english ? "column " : "kolom ") + Column);
        }

        if (MemberId is not null)
        {
            Part((english ? "member " : "anggota ") + MemberId);
        }

        var prefix = text.Length > 0 ? text + ": " : string.Empty;
        return $"{prefix}{Message(language)} [{Code}]";
    }

    /// <inheritdoc />
    public override string ToString() => Describe(Language.English);
}
