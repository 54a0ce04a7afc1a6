using System.Globalization;
using System.Text;

namespace Kopdes.Shu.Validation;

/// <summary>
/// A problem in a treasurer's data: a stable <see cref="Code"/> (see <see cref="IssueCodes"/>), a message
/// in Indonesian and English, and where it is. The library fills the member, column and ledger position;
/// readers add the file, sheet and row with a <c>with</c> expression.
/// </summary>
/// <param name="Code">The stable code, e.g. <c>Ledger.DuplicateMemberId</c>.</param>
/// <param name="Severity">Error (stops the run) or warning.</param>
/// <param name="MessageId">The message in Bahasa Indonesia.</param>
/// <param name="MessageEn">The message in English.</param>
public sealed record Issue(string Code, IssueSeverity Severity, string MessageId, string MessageEn)
{
    /// <summary>The member concerned, or null.</summary>
    public string? MemberId { get; init; }

    /// <summary>The ledger column or policy key concerned (<c>funds[1].percent</c>), or null.</summary>
    public string? Column { get; init; }

    /// <summary>The member's 0-based position in the ledger (or row in the balances), or null.</summary>
    public int? LedgerIndex { get; init; }

    /// <summary>The file the data came from, when a reader knows it.</summary>
    public string? File { get; init; }

    /// <summary>The workbook sheet, when a reader knows it.</summary>
    public string? Sheet { get; init; }

    /// <summary>The 1-based row in the file or sheet (the header is row 1), when a reader knows it.</summary>
    public int? Row { get; init; }

    /// <summary>True for <see cref="IssueSeverity.Error"/>.</summary>
    public bool IsError => Severity == IssueSeverity.Error;

    /// <summary>The message in <paramref name="language"/>.</summary>
    public string Message(Language language) => language == Language.English ? MessageEn : MessageId;

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
