using Kopdes.Shu.Ledger;

namespace Kopdes.Shu.Tests.Policies;

public sealed class ColumnAndStatusNameTests
{
    [Theory]
    [InlineData("No Anggota", "no_anggota")]
    [InlineData("NO-ANGGOTA", "no_anggota")]
    [InlineData("member_id", "no_anggota")]
    [InlineData("Savings Mandatory", "simpanan_wajib")]
    [InlineData("savings_principal", "simpanan_pokok")]
    [InlineData("savings-voluntary", "simpanan_sukarela")]
    [InlineData("Transactions", "transaksi")]
    [InlineData("transactions:Sembako", "transaksi:sembako")]
    [InlineData("Transaksi: Apotek", "transaksi:apotek")]
    [InlineData("Simpanan Khusus", "simpanan_khusus")]
    [InlineData("joined", "tanggal_masuk")]
    [InlineData("exited", "tanggal_keluar")]
    [InlineData("name", "nama")]
    public void Canonical_MapsLooseNamesAndEnglishAliases(string header, string canonical)
    {
        Assert.Equal(canonical, ColumnNames.Canonical(header));
        Assert.True(ColumnNames.Match(header, canonical));
    }

    [Fact]
    public void Match_TellsDifferentColumnsApart()
    {
        Assert.False(ColumnNames.Match("simpanan_wajib", "simpanan_pokok"));
        Assert.False(ColumnNames.Match("transaksi:sembako", "transaksi"));
    }

    [Theory]
    [InlineData("anggota", MemberStatus.Anggota)]
    [InlineData("", MemberStatus.Anggota)]
    [InlineData("Member", MemberStatus.Anggota)]
    [InlineData("calon", MemberStatus.Calon)]
    [InlineData("candidate", MemberStatus.Calon)]
    [InlineData("Luar Biasa", MemberStatus.LuarBiasa)]
    [InlineData("extraordinary", MemberStatus.LuarBiasa)]
    [InlineData("KELUAR", MemberStatus.Keluar)]
    [InlineData("exited", MemberStatus.Keluar)]
    public void StatusNames_ReadIndonesianAndEnglish(string text, MemberStatus expected)
    {
        Assert.True(MemberStatuses.TryParse(text, out var status));
        Assert.Equal(expected, status);
    }

    [Fact]
    public void StatusNames_RejectUnknownText() => Assert.False(MemberStatuses.TryParse("warga", out _));

    [Fact]
    public void StatusCodes_RoundTrip()
    {
        foreach (var status in Enum.GetValues<MemberStatus>())
        {
            Assert.True(MemberStatuses.TryParse(status.ToCode(), out var back));
            Assert.Equal(status, back);
        }
    }
}
