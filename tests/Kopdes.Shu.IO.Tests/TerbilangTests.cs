using FsCheck;
using FsCheck.Fluent;
using Kopdes.Shu.IO.Reports;

namespace Kopdes.Shu.IO.Tests;

/// <summary>The net SHU in words on a member's slip reads back to the number, as a cashier would read it.</summary>
public sealed class TerbilangTests
{
    [Theory]
    [InlineData(0, "nol rupiah")]
    [InlineData(1, "satu rupiah")]
    [InlineData(11, "sebelas rupiah")]
    [InlineData(15, "lima belas rupiah")]
    [InlineData(100, "seratus rupiah")]
    [InlineData(110, "seratus sepuluh rupiah")]
    [InlineData(1_000, "seribu rupiah")]
    [InlineData(1_200_000, "satu juta dua ratus ribu rupiah")]
    [InlineData(101_000, "seratus satu ribu rupiah")]
    [InlineData(1_001_000, "satu juta seribu rupiah")]
    [InlineData(2_000_000_000, "dua miliar rupiah")]
    [InlineData(1_000_000_000_000_000, "satu kuadriliun rupiah")]
    public void PublishedForms(long amount, string words) => Assert.Equal(words, Terbilang.Rupiah(amount));

    [Fact]
    public void Sen_ComeAfterTheRupiah() => Assert.Equal("seribu lima ratus rupiah lima puluh sen", Terbilang.Rupiah(1_500.50m));

    [Fact]
    public void EveryAmountFromZeroTo10Pow15_ReadsBackToItself()
    {
        // Small amounts, amounts near group boundaries and any amount up to 10^15, each read back by a reader that
        // knows only the words.
        var amounts = Gen.OneOf(
            Gen.Choose(0, 2_000).Select(n => (long)n),
            Gen.Choose(0, 15).SelectMany(power => Gen.Choose(-2, 2).Select(offset => Math.Max(0L, (long)Math.Pow(10, power) + offset))),
            Gen.Choose(0, 999_999).SelectMany(high => Gen.Choose(0, 999_999_999).Select(low => (high * 1_000_000_000L) + low)),
            Gen.Constant(1_000_000_000_000_000L));
        Prop.ForAll(amounts.ToArbitrary(), amount =>
        {
            var words = Terbilang.Rupiah(amount);
            Assert.EndsWith(" rupiah", words, StringComparison.Ordinal);
            Assert.Equal(amount, Read(words[..^" rupiah".Length]));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2_000).WithReplay(20_261_202UL, 19UL));
    }

    // The words back to a number, from the language alone: units, teens, tens and hundreds make a group, which a
    // scale word (ribu, juta, ...) multiplies; "se-" is one.
    private static long Read(string words)
    {
        var units = new Dictionary<string, long>
        {
            ["nol"] = 0, ["satu"] = 1, ["dua"] = 2, ["tiga"] = 3, ["empat"] = 4, ["lima"] = 5, ["enam"] = 6, ["tujuh"] = 7, ["delapan"] = 8, ["sembilan"] = 9,
            ["sepuluh"] = 10, ["sebelas"] = 11, ["seratus"] = 100, ["seribu"] = 1_000,
        };
        var scales = new Dictionary<string, long> { ["ribu"] = 1_000, ["juta"] = 1_000_000, ["miliar"] = 1_000_000_000, ["triliun"] = 1_000_000_000_000, ["kuadriliun"] = 1_000_000_000_000_000 };
        long total = 0, group = 0, last = 0;
        foreach (var word in words.Split(' '))
        {
            switch (word)
            {
                case "belas": group += 10; break;
                case "puluh": group += (last * 10) - last; break;
                case "ratus": group += (last * 100) - last; break;
                case "seribu": total += 1_000; break;
                default:
                    if (scales.TryGetValue(word, out var scale))
                    {
                        total += group * scale;
                        group = 0;
                    }
                    else
                    {
                        last = units[word];
                        group += last;
                    }

                    break;
            }
        }

        return total + group;
    }
}
