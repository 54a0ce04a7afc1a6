namespace Kopdes.Shu.Ledger;

/// <summary>A member's standing in the cooperative. <c>default</c> is <see cref="Anggota"/>.</summary>
public enum MemberStatus : byte
{
    /// <summary>A full member (<c>anggota</c>); eligible for SHU by default.</summary>
    Anggota = 0,

    /// <summary>A candidate member (<c>calon</c>); not eligible by default.</summary>
    Calon = 1,

    /// <summary>An extraordinary member (<c>luar_biasa</c>); not eligible by default.</summary>
    LuarBiasa = 2,

    /// <summary>A member who has left (<c>keluar</c>); not eligible by default.</summary>
    Keluar = 3,

    /// <summary>
    /// A capital partner (<c>penyerta</c>, <i>modal penyertaan</i>, UU 25/1992 art. 42): not a member. Shares only in a
    /// pool whose own eligible statuses name it, and is kept out of the members in every result, table and statistic.
    /// </summary>
    Penyerta = 4,
}
