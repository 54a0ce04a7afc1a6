namespace Kopdes.Shu.IO;

/// <summary>
/// The stable codes of the problems the readers find in files, beside the calculation's own
/// (<see cref="Kopdes.Shu.Validation.IssueCodes"/>). Each is an error: the run stops and nothing is written.
/// </summary>
public static class FileIssueCodes
{
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
