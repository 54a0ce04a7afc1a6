using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Kopdes.Shu.IO.Csv;
using Kopdes.Shu.IO.Tables;

namespace Kopdes.Shu.IO.Tests;

/// <summary>
/// The one set of rules that turns a cell into an amount, a percentage, a year, a date or a text: what Indonesian and
/// English spreadsheet users type, as a CSV file (either culture) and a workbook (text or number cells) give it.
/// </summary>
public sealed class CellRulesTests
{
    public enum Field
    {
        Amount,
        Percent,
        Year,
        Date,
        Text,
    }

    public enum Source
    {
        /// <summary>A CSV field of a file whose decimal mark is <c>.</c>.</summary>
        CsvInternational,

        /// <summary>A CSV field of a file whose decimal mark is <c>,</c> (<c>;</c>-separated, or <c>--budaya id-ID</c>).</summary>
        CsvIndonesian,

        /// <summary>Text typed into a workbook cell (the run's culture is international: it must not matter).</summary>
        SheetText,

        /// <summary>A workbook number cell with a plain format; the text is its stored value.</summary>
        SheetNumber,

        /// <summary>A workbook number cell formatted as a percentage.</summary>
        SheetPercent,

        /// <summary>A workbook number cell formatted as a date.</summary>
        SheetDate,

        /// <summary>A workbook error cell; the text is the error.</summary>
        SheetError,
    }

    // Expected: the value (invariant), a date (yyyy-MM-dd), or "!" and the problem.
    public static TheoryData<Field, Source, string, string> Typed() => new()
    {
        // Amounts in a CSV whose decimal mark is '.'
        { Field.Amount, Source.CsvInternational, "1250000", "1250000" },
        { Field.Amount, Source.CsvInternational, "1250000.50", "1250000.50" },
        { Field.Amount, Source.CsvInternational, "1,250,000.50", "1250000.50" },
        { Field.Amount, Source.CsvInternational, "Rp 1,500", "1500" },
        { Field.Amount, Source.CsvInternational, "Rp1500", "1500" },
        { Field.Amount, Source.CsvInternational, "  42 ", "42" },
        { Field.Amount, Source.CsvInternational, "1 250 000", "1250000" },
        { Field.Amount, Source.CsvInternational, "-5", "-5" },
        { Field.Amount, Source.CsvInternational, "Rp-5", "-5" },
        { Field.Amount, Source.CsvInternational, "(5,000)", "-5000" },
        { Field.Amount, Source.CsvInternational, "0.125", "0.125" },
        { Field.Amount, Source.CsvInternational, "12.3456", "12.3456" },
        { Field.Amount, Source.CsvInternational, "", "0" },
        { Field.Amount, Source.CsvInternational, "50.000", "!AmbiguousThousands" },
        { Field.Amount, Source.CsvInternational, "1.250", "!AmbiguousThousands" },
        { Field.Amount, Source.CsvInternational, "1.250.000", "!AmbiguousThousands" },
        { Field.Amount, Source.CsvInternational, "Rp 50.000,00", "!AmbiguousThousands" },
        { Field.Amount, Source.CsvInternational, "12,50", "!AmbiguousThousands" },
        { Field.Amount, Source.CsvInternational, "1,25,000", "!NotANumber" },
        { Field.Amount, Source.CsvInternational, "1e5", "!NotANumber" },
        { Field.Amount, Source.CsvInternational, "NaN", "!NotANumber" },
        { Field.Amount, Source.CsvInternational, "12abc", "!NotANumber" },
        { Field.Amount, Source.CsvInternational, "--5", "!NotANumber" },
        { Field.Amount, Source.CsvInternational, "+5", "!NotANumber" },
        { Field.Amount, Source.CsvInternational, "10%", "!NotANumber" },
        { Field.Amount, Source.CsvInternational, "100000000000000000000000000000", "!NotANumber" },

        // Amounts in a CSV whose decimal mark is ','
        { Field.Amount, Source.CsvIndonesian, "1.234.567,89", "1234567.89" },
        { Field.Amount, Source.CsvIndonesian, "50.000", "50000" },
        { Field.Amount, Source.CsvIndonesian, "1.250", "1250" },
        { Field.Amount, Source.CsvIndonesian, "Rp 50.000,00", "50000.00" },
        { Field.Amount, Source.CsvIndonesian, "Rp. 1.500", "1500" },
        { Field.Amount, Source.CsvIndonesian, "Rp50.000,-", "50000" },
        { Field.Amount, Source.CsvIndonesian, "1234567,5", "1234567.5" },
        { Field.Amount, Source.CsvIndonesian, "(1.500)", "-1500" },
        { Field.Amount, Source.CsvIndonesian, "0,125", "0.125" },
        { Field.Amount, Source.CsvIndonesian, "12", "12" },
        { Field.Amount, Source.CsvIndonesian, "1,500", "!AmbiguousThousands" },
        { Field.Amount, Source.CsvIndonesian, "1,234.56", "!AmbiguousThousands" },
        { Field.Amount, Source.CsvIndonesian, "1234.56", "!AmbiguousThousands" },
        { Field.Amount, Source.CsvIndonesian, "1.23", "!AmbiguousThousands" },
        { Field.Amount, Source.CsvIndonesian, "1.2345.678", "!NotANumber" },

        // Text typed into a workbook: Indonesian rules, whatever the run's culture
        { Field.Amount, Source.SheetText, "Rp 50.000", "50000" },
        { Field.Amount, Source.SheetText, "50.000,-", "50000" },
        { Field.Amount, Source.SheetText, "1.250.000", "1250000" },
        { Field.Amount, Source.SheetText, "1500", "1500" },
        { Field.Amount, Source.SheetText, "1,500", "!AmbiguousThousands" },
        { Field.Amount, Source.SheetText, "1234.56", "!AmbiguousThousands" },

        // Workbook number cells: exact, and their format says what they are
        { Field.Amount, Source.SheetNumber, "1250000", "1250000" },
        { Field.Amount, Source.SheetNumber, "1250000.5", "1250000.5" },
        { Field.Amount, Source.SheetPercent, "0.1", "!PercentInAmount" },
        { Field.Amount, Source.SheetDate, "45859", "!DateInAmount" },
        { Field.Amount, Source.SheetError, "#REF!", "!ErrorValue" },
        { Field.Amount, Source.SheetError, Cell.NoCachedValue, "!ErrorValue" },

        // Percentages: never grouped in thousands, so their one mark (. or ,) is the decimal mark: 33.333 is a percentage
        { Field.Percent, Source.SheetPercent, "0.1", "10.0" },
        { Field.Percent, Source.SheetPercent, "0.125", "12.500" },
        { Field.Percent, Source.SheetNumber, "25", "25" },
        { Field.Percent, Source.SheetText, "25%", "25" },
        { Field.Percent, Source.SheetText, "12,5", "12.5" },
        { Field.Percent, Source.SheetText, "12.5", "12.5" },
        { Field.Percent, Source.SheetText, "33.333", "33.333" },
        { Field.Percent, Source.CsvInternational, "33.333", "33.333" },
        { Field.Percent, Source.CsvInternational, "12.5%", "12.5" },
        { Field.Percent, Source.CsvInternational, "10 %", "10" },
        { Field.Percent, Source.CsvInternational, "12,5", "12.5" },
        { Field.Percent, Source.CsvIndonesian, "12,5", "12.5" },
        { Field.Percent, Source.CsvIndonesian, "33.333", "33.333" },
        { Field.Percent, Source.CsvIndonesian, "1.234,5", "!AmbiguousThousands" },
        { Field.Percent, Source.CsvInternational, "1,234.5", "!AmbiguousThousands" },
        { Field.Percent, Source.CsvInternational, "1.2.3", "!NotANumber" },
        { Field.Percent, Source.SheetDate, "45859", "!NotANumber" },
        { Field.Percent, Source.SheetError, "#DIV/0!", "!ErrorValue" },

        // Years: whole numbers without separators
        { Field.Year, Source.CsvInternational, "2025", "2025" },
        { Field.Year, Source.SheetNumber, "2025", "2025" },
        { Field.Year, Source.SheetText, "2025", "2025" },
        { Field.Year, Source.CsvInternational, "2025.5", "!NotWhole" },
        { Field.Year, Source.CsvInternational, "2.025", "!AmbiguousThousands" },
        { Field.Year, Source.SheetDate, "45859", "!NotWhole" },

        // Dates: ISO or day first, or a workbook date
        { Field.Date, Source.CsvInternational, "2025-07-21", "2025-07-21" },
        { Field.Date, Source.CsvInternational, "21/07/2025", "2025-07-21" },
        { Field.Date, Source.CsvIndonesian, "1/2/2025", "2025-02-01" },
        { Field.Date, Source.SheetDate, "45859", "2025-07-21" },
        { Field.Date, Source.SheetNumber, "45859", "2025-07-21" },
        { Field.Date, Source.CsvInternational, "31/02/2025", "!NotADate" },
        { Field.Date, Source.CsvInternational, "2025-13-01", "!NotADate" },
        { Field.Date, Source.CsvInternational, "07/21/2025", "!NotADate" },
        { Field.Date, Source.CsvInternational, "kemarin", "!NotADate" },
        { Field.Date, Source.SheetPercent, "0.5", "!NotADate" },
        { Field.Date, Source.SheetError, "#N/A", "!ErrorValue" },

        // Texts (ids, names): an error value is not a text
        { Field.Text, Source.SheetText, " KMP-001 ", "KMP-001" },
        { Field.Text, Source.SheetNumber, "1001", "1001" },
        { Field.Text, Source.SheetError, "#N/A", "!ErrorValue" },
        { Field.Text, Source.SheetError, Cell.MissingSharedString, "!ErrorValue" },
    };

    [Theory]
    [MemberData(nameof(Typed))]
    public void WhatTreasurersType_IsReadAsMeant_OrRefused(Field field, Source source, string text, string expected)
    {
        var culture = source == Source.CsvIndonesian ? NumberCulture.Indonesian : NumberCulture.International;
        var cell = source switch
        {
            Source.CsvInternational or Source.CsvIndonesian => new Cell(text),
            Source.SheetText => new Cell(text) { FromSheet = true },
            Source.SheetNumber => new Cell(null, Number: decimal.Parse(text, CultureInfo.InvariantCulture)),
            Source.SheetPercent => new Cell(null, Number: decimal.Parse(text, CultureInfo.InvariantCulture)) { Format = CellFormat.Percent },
            Source.SheetDate => new Cell(null, Number: decimal.Parse(text, CultureInfo.InvariantCulture)) { Format = CellFormat.Date },
            _ => new Cell(null, Error: text),
        };

        var (problem, value) = field switch
        {
            Field.Amount => (CellRules.Amount(cell, culture, out var amount), amount.ToString(CultureInfo.InvariantCulture)),
            Field.Percent => (CellRules.Percent(cell, culture, out var percent), percent.ToString(CultureInfo.InvariantCulture)),
            Field.Year => (CellRules.Whole(cell, culture, out var year), year?.ToString(CultureInfo.InvariantCulture)),
            Field.Date => (CellRules.Date(cell, out var date), date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            _ => (CellRules.Text(cell, out var read), read),
        };

        Assert.Equal(expected, problem == CellProblem.None ? value : "!" + problem);
    }

    [Fact]
    public void ANumberTheToolWrites_ReadsBackToItself_InEitherCulture()
    {
        // Any decimal, scale included, with every culture's writer and reader: the rule that refuses 50.000 in a '.' file
        // must never refuse (or misread) what the tool itself wrote.
        var decimals =
            from scale in Gen.Choose(0, 8)
            from n in Gen.Choose(-1_000_000, 1_000_000)
            select new decimal(Math.Abs(n) * 37, 0, 0, n < 0, (byte)scale);
        Prop.ForAll(decimals.ToArbitrary(), value =>
        {
            foreach (var culture in new[] { NumberCulture.International, NumberCulture.Indonesian })
            {
                var text = CellRules.Format(value, culture);
                Assert.Equal(CellProblem.None, CellRules.ParseAmount(text, culture, out var read));
                Assert.Equal(value, read);
            }

            Span<byte> buffer = stackalloc byte[64];
            Assert.Equal(CellRules.Format(value, NumberCulture.International), System.Text.Encoding.UTF8.GetString(CsvTableWriter.Format(value, buffer)));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    [Theory]
    [InlineData(1500.5, NumberCulture.International, "1500.5")]
    [InlineData(1.5, NumberCulture.International, "1.5")]
    [InlineData(1234567.89, NumberCulture.Indonesian, "1.234.567,89")]
    [InlineData(-50000, NumberCulture.Indonesian, "-50.000")]
    [InlineData(0.5, NumberCulture.Indonesian, "0,5")]
    public void Format_WritesEachCultureItsOwnWay(double number, NumberCulture culture, string expected) =>
        Assert.Equal(expected, CellRules.Format((decimal)number, culture));

    [Fact]
    public void Format_NeverWritesALoneMarkBeforeThreeDigits()
    {
        Assert.Equal("1.2500", CellRules.Format(1.250m, NumberCulture.International));
        Assert.Equal("1,2500", CellRules.Format(1.250m, NumberCulture.Indonesian));
        Assert.Equal("0.125", CellRules.Format(0.125m, NumberCulture.International));
        Assert.Equal("1.234,567", CellRules.Format(1234.567m, NumberCulture.Indonesian));
    }

    [Fact]
    public void PlainNumbers_AreWhatTheFullRulesRead_ValueAndScale()
    {
        // The fast path for UTF-8 bytes and text: up to 18 digits with at most one point inside, and not a lone point
        // before exactly three digits (ambiguous); its answer is the full rules' answer, scale included.
        var texts = Gen.Elements('0', '1', '5', '9', '.').ArrayOf().Select(c => new string(c.Take(21).ToArray()));
        Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var fromBytesOk = CellRules.TryParsePlain(System.Text.Encoding.UTF8.GetBytes(text).AsSpan(), (byte)'.', out var fromBytes);
            var fromTextOk = CellRules.TryParsePlain(text.AsSpan(), '.', out var fromText);
            Assert.Equal(fromBytesOk, fromTextOk);
            var digits = text.Count(char.IsAsciiDigit);
            var shape = digits is > 0 and <= 18 && text.Count(c => c == '.') <= 1 && text[0] != '.' && text[^1] != '.';
            if (fromTextOk)
            {
                Assert.True(shape);
                Assert.Equal(CellProblem.None, CellRules.ParseAmount(text, NumberCulture.International, out var full));
                Assert.Equal(full.ToString(CultureInfo.InvariantCulture), fromText.ToString(CultureInfo.InvariantCulture));
                Assert.Equal(fromText.ToString(CultureInfo.InvariantCulture), fromBytes.ToString(CultureInfo.InvariantCulture));
            }
            else if (shape)
            {
                // Left to the full rules only when ambiguous: a lone point before exactly three digits.
                Assert.Equal(CellProblem.AmbiguousThousands, CellRules.ParseAmount(text, NumberCulture.International, out _));
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
            Assert.Equal(digitsOnly, CellRules.TryParseDigits(System.Text.Encoding.UTF8.GetBytes(text).AsSpan(), out var fromBytes));
            Assert.Equal(digitsOnly, CellRules.TryParseDigits(text.AsSpan(), out var fromText));
            if (digitsOnly)
            {
                Assert.True(CellRules.TryParsePlain(text.AsSpan(), '.', out var plain));
                Assert.Equal(plain.ToString(CultureInfo.InvariantCulture), fromBytes.ToString(CultureInfo.InvariantCulture));
                Assert.Equal(fromBytes, fromText);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
        Assert.True(CellRules.TryParseDigits("999999999999999999".AsSpan(), out var largest));
        Assert.Equal(999_999_999_999_999_999L, largest);
    }

    [Theory]
    [InlineData("'=1+1", "=1+1")]
    [InlineData("''abc", "'abc")]
    [InlineData("'abc", "'abc")]
    [InlineData("'-5", "-5")]
    public void GuardedText_InACsvFile_ReadsAsItWasBeforeTheGuard(string field, string expected)
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.csv", $"x,y\n{field},1\n");
        using var source = CsvTableSource.Open(path, NumberCulture.Auto);
        byte[]? scratch = null;
        var read = source.Table.Rows.Select(row => (Text: row.Text(0), Utf8: System.Text.Encoding.UTF8.GetString(row.Utf8Text(0, ref scratch)))).Single();
        Assert.Equal(expected, read.Text);
        Assert.Equal(expected, read.Utf8);
        Assert.Equal(expected, FormulaGuard.Unguard(FormulaGuard.Guard(expected)));
    }
}
