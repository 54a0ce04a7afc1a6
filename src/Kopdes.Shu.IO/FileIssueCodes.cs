namespace Kopdes.Shu.IO;

/// <summary>
/// The stable codes of the problems the readers find in files, beside the calculation's own
/// (<see cref="Kopdes.Shu.Validation.IssueCodes"/>). Each is an error (the run stops and nothing is written) but
/// <see cref="LegacyEncoding"/>, a warning.
/// </summary>
public static class FileIssueCodes
{
    /// <summary>A status that is not one of the known ones.</summary>
    public const string UnknownStatus = "Ledger.UnknownStatus";

    /// <summary>An amount that is not a number.</summary>
    public const string NotANumber = "Ledger.NotANumber";

    /// <summary>A date that is not a date.</summary>
    public const string InvalidDate = "Ledger.InvalidDate";

    /// <summary>A required column is missing.</summary>
    public const string MissingColumn = "Ledger.MissingColumn";

    /// <summary>Two columns of a table mean the same thing.</summary>
    public const string DuplicateColumn = "Ledger.DuplicateColumn";

    /// <summary>A file that cannot be read at all (missing, not a CSV or workbook, malformed).</summary>
    public const string Unreadable = "Input.Unreadable";

    /// <summary>A workbook without a sheet it needs.</summary>
    public const string MissingSheet = "Input.MissingSheet";

    /// <summary>The file or sheet is empty (not even a header).</summary>
    public const string Empty = "Input.Empty";

    /// <summary>A header but no member rows.</summary>
    public const string NoMembers = "Input.NoMembers";

    /// <summary>A CSV row has more or fewer fields than the header (a wrong separator, a stray quote).</summary>
    public const string FieldCount = "Input.FieldCount";

    /// <summary>A CSV row breaks the quoting rules (a quote left open).</summary>
    public const string Malformed = "Input.Malformed";

    /// <summary>A CSV file that is not UTF-8, read as Windows-1252 (a warning).</summary>
    public const string LegacyEncoding = "Input.LegacyEncoding";

    /// <summary>Merged cells in a members or balances sheet.</summary>
    public const string MergedCells = "Input.MergedCells";

    /// <summary>A workbook part larger than the documented limit (a zip bomb, or not a treasurer's workbook).</summary>
    public const string TooLarge = "Input.TooLarge";


    /// <summary>
    /// A number whose separators can be read two ways (<c>50.000</c> where <c>.</c> is the decimal mark: fifty thousand
    /// or fifty?), or written with the other culture's marks (<c>1.250.000</c>, <c>Rp 50.000,00</c> in such a file).
    /// </summary>
    public const string AmbiguousThousands = "Cell.AmbiguousThousands";

    /// <summary>A number formatted as a date (or a date) where an amount belongs.</summary>
    public const string DateInAmount = "Cell.DateInAmount";

    /// <summary>A number formatted as a percentage where an amount belongs.</summary>
    public const string PercentInAmount = "Cell.PercentInAmount";

    /// <summary>An Excel error value (<c>#N/A</c>), an uncalculated formula or a damaged cell where a text belongs.</summary>
    public const string ErrorValue = "Cell.ErrorValue";

    /// <summary>Two sheets of a workbook whose names both match the one asked for (<c>Anggota</c> and <c>anggota_</c>).</summary>
    public const string AmbiguousSheet = "Input.AmbiguousSheet";

    /// <summary>A monthly balance dated in another year than the policy's financial year.</summary>
    public const string BalanceOtherYear = "Balances.OtherYear";
}
