namespace Kopdes.Shu.Ledger;

/// <summary>The file names of <see cref="MemberStatus"/> values, in Indonesian and English.</summary>
public static class MemberStatuses
{
    /// <summary>The code written to files: <c>anggota</c>, <c>calon</c>, <c>luar_biasa</c>, <c>keluar</c> or <c>penyerta</c>.</summary>
    public static string ToCode(this MemberStatus status) => status switch
    {
        MemberStatus.Anggota => "anggota",
        MemberStatus.Calon => "calon",
        MemberStatus.LuarBiasa => "luar_biasa",
        MemberStatus.Keluar => "keluar",
        MemberStatus.Penyerta => "penyerta",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a member status."),
    };

    /// <summary>
    /// Reads a status as files write it: <c>anggota</c>, <c>calon</c>, <c>luar_biasa</c>, <c>keluar</c>, <c>penyerta</c>
    /// or the English <c>member</c>, <c>candidate</c>, <c>extraordinary</c>, <c>exited</c>, <c>partner</c>; case, spaces, <c>_</c> and
    /// <c>-</c> are ignored. Empty text is <see cref="MemberStatus.Anggota"/>, as <c>formats.md</c> says.
    /// </summary>
    /// <example><c>MemberStatuses.TryParse("Luar Biasa", out var s)</c> gives <c>true</c> and <see cref="MemberStatus.LuarBiasa"/>.</example>
    public static bool TryParse(string? text, out MemberStatus status)
    {
        status = MemberStatus.Anggota;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        switch (text is "anggota" or "calon" or "luar_biasa" or "keluar" or "penyerta" ? text.Replace("_", string.Empty, StringComparison.Ordinal) : ColumnNames.Loose(text))
        {
            case "anggota" or "member":
                status = MemberStatus.Anggota;
                return true;
            case "calon" or "calonanggota" or "candidate":
                status = MemberStatus.Calon;
                return true;
            case "luarbiasa" or "anggotaluarbiasa" or "extraordinary":
                status = MemberStatus.LuarBiasa;
                return true;
            case "keluar" or "exited":
                status = MemberStatus.Keluar;
                return true;
            case "penyerta" or "penyertamodal" or "pemodal" or "capitalpartner" or "partner" or "investor":
                status = MemberStatus.Penyerta;
                return true;
            default:
                return false;
        }
    }
}
