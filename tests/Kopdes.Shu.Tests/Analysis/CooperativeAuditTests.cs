using Kopdes.Shu.Analysis;

namespace Kopdes.Shu.Tests.Analysis;

public sealed class CooperativeAuditTests
{
    [Theory]
    [InlineData("3275010101010001", "3275********0001")]
    [InlineData(" 3275010101010001 ", "3275********0001")]
    [InlineData("123456789", "1234*6789")]
    [InlineData("12345678", "********")]
    [InlineData("", "")]
    public void NationalIds_AreMaskedToTheirFirstAndLastFourDigits(string nik, string masked) =>
        Assert.Equal(masked, Redaction.NationalId(nik));
}

public sealed class RedactionTests
{
    [Theory]
    [InlineData("Budi Santoso", "B*** S******")]
    [InlineData("  Ni Luh  Putu ", "N* L**  P***")]
    [InlineData("É", "É")]
    [InlineData("", "")]
    [InlineData(null, null)]
    public void Names_KeepOnlyEachWordsFirstLetter(string? name, string? masked) =>
        Assert.Equal(masked, Kopdes.Shu.Analysis.Redaction.Name(name));
}
