using Kopdes.Shu.IO.Tables;

namespace Kopdes.Shu.IO.Tests;

public sealed class CellTextTests
{
    [Theory]
    [InlineData("1234567.89", "1234567.89")]
    [InlineData("1,234,567.89", "1234567.89")]
    [InlineData("Rp 1,500", "1500")]
    [InlineData("  42 ", "42")]
    [InlineData("-5", "-5")]
    [InlineData("Rp-5", "-5")]
    public void International_ReadsPlainAndGroupedNumbers(string text, string expected)
    {
        Assert.True(CellText.TryParseAmount(text, NumberCulture.International, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1.234.567,89", "1234567.89")]
    [InlineData("Rp1.500", "1500")]
    [InlineData("Rp. 1.500", "1500")]
    [InlineData("1234567,5", "1234567.5")]
    [InlineData("12", "12")]
    public void Indonesian_ReadsDotGroupsAndCommaDecimals(string text, string expected)
    {
        Assert.True(CellText.TryParseAmount(text, NumberCulture.Indonesian, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1e5", NumberCulture.International)]
    [InlineData("NaN", NumberCulture.International)]
    [InlineData("12abc", NumberCulture.International)]
    [InlineData("1.234,5", NumberCulture.International)]
    [InlineData("1,234.5", NumberCulture.Indonesian)]
    [InlineData("1.23", NumberCulture.Indonesian)]
    [InlineData("", NumberCulture.International)]
    public void Ambiguous_OrForeignNumbers_AreNotRead(string text, NumberCulture culture) =>
        Assert.False(CellText.TryParseAmount(text, culture, out _));

    [Theory]
    [InlineData("2025-07-21", 2025, 7, 21)]
    [InlineData("21/07/2025", 2025, 7, 21)]
    [InlineData("1/2/2025", 2025, 2, 1)]
    public void Dates_AreIsoOrDayFirst(string text, int year, int month, int day)
    {
        Assert.True(CellText.TryParseDate(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("31/02/2025")]
    [InlineData("2025-13-01")]
    [InlineData("kemarin")]
    public void ImpossibleDates_AreNotRead(string text) => Assert.False(CellText.TryParseDate(text, out _));
}
