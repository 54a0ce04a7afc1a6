using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Kopdes.Shu.IO.Tables;

namespace Kopdes.Shu.IO.Tests;

public sealed class CellTextTests
{
    [Fact]
    public void PlainNumbers_AreWhatDecimalParseReads_ValueAndScale()
    {
        // Up to 18 digits with at most one point inside: read (as UTF-8 bytes and as text) to the decimal
        // decimal.Parse gives, scale included (files write it back as it is); anything else is left to the full rules.
        var texts = Gen.Elements('0', '1', '5', '9', '.').ArrayOf().Select(c => new string(c.Take(21).ToArray()));
        Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var digits = text.Count(char.IsAsciiDigit);
            var plain = digits is > 0 and <= 18 && text.Count(c => c == '.') <= 1 && text[0] != '.' && text[^1] != '.';
            Assert.Equal(plain, CellText.TryParsePlain(System.Text.Encoding.UTF8.GetBytes(text).AsSpan(), (byte)'.', out var fromBytes));
            Assert.Equal(plain, CellText.TryParsePlain(text.AsSpan(), '.', out var fromText));
            if (plain)
            {
                var expected = decimal.Parse(text, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
                Assert.Equal(expected, fromBytes.ToString(CultureInfo.InvariantCulture));
                Assert.Equal(expected, fromText.ToString(CultureInfo.InvariantCulture));
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    [Fact]
    public void Digits_AreTheWholeNumbersOfPlainNumbers_AsLongs()
    {
        // One to 18 digits and nothing else: the long of what TryParsePlain reads (a decimal with no decimals).
        var texts = Gen.Elements('0', '1', '5', '9', '.', ' ').ArrayOf().Select(c => new string(c.Take(21).ToArray()));
        Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var digitsOnly = text.Length is > 0 and <= 18 && text.All(char.IsAsciiDigit);
            Assert.Equal(digitsOnly, CellText.TryParseDigits(System.Text.Encoding.UTF8.GetBytes(text).AsSpan(), out var fromBytes));
            Assert.Equal(digitsOnly, CellText.TryParseDigits(text.AsSpan(), out var fromText));
            if (digitsOnly)
            {
                Assert.True(CellText.TryParsePlain(text.AsSpan(), '.', out var plain));
                Assert.Equal(plain.ToString(CultureInfo.InvariantCulture), fromBytes.ToString(CultureInfo.InvariantCulture));
                Assert.Equal(fromBytes, fromText);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
        Assert.True(CellText.TryParseDigits("999999999999999999".AsSpan(), out var largest));
        Assert.Equal(999_999_999_999_999_999L, largest);
    }

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
