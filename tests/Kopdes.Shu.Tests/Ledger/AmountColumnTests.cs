using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kopdes.Shu.Ledger;

namespace Kopdes.Shu.Tests.Ledger;

/// <summary>
/// A ledger keeps a column of whole amounts as longs and any other column as decimals. Either way, every amount
/// must read back as the very decimal given: value, sign and scale (12.00 is not 12 in a report).
/// </summary>
public sealed class AmountColumnTests
{
    // Whole amounts mostly; now and then one that is not whole as a long: sen, trailing zeros, -0, past a long.
    private static Gen<decimal> Amounts =>
        Gen.Frequency(
            (12, Gen.Choose(0, 5_000_000).Select(i => (decimal)i)),
            (2, Gen.Elements(0m, 1m, -3m, long.MaxValue, long.MinValue)),
            (1, Gen.Elements(12.5m, 0.01m, 100_000.00m, 7.0m, -0m, -0.00m, (decimal)long.MaxValue + 1, decimal.MaxValue, decimal.MinValue)));

    private static int[] Bits(decimal value) => decimal.GetBits(value);

    [Property(MaxTest = 300)]
    public Property Amounts_ReadBackBitForBit_AddedOneByOneOrAppendedFromAnotherBuilder() =>
        Prop.ForAll(
            Amounts.ArrayOf().ToArbitrary(),
            Amounts.ArrayOf().ToArbitrary(),
            (first, second) =>
            {
                var a = new MemberLedgerBuilder(["simpanan_wajib"]);
                var b = new MemberLedgerBuilder(["simpanan_wajib"]);
                for (var i = 0; i < first.Length; i++)
                {
                    a.Add($"A{i:D4}", null, MemberStatus.Anggota, null, null, [first[i]]);
                }

                for (var i = 0; i < second.Length; i++)
                {
                    b.Add($"B{i:D4}", null, MemberStatus.Anggota, null, null, [second[i]]);
                }

                var ledger = a.Append(b).Build();
                var given = first.Concat(second).ToArray();
                return Enumerable.Range(0, given.Length).All(i => Bits(ledger.Amount(i, "simpanan_wajib")).SequenceEqual(Bits(given[i])));
            });

    [Property(MaxTest = 300)]
    public Property Amounts_ReadBackBitForBit_WhenWholeOnesComeAsLongs() =>
        Prop.ForAll(
            Amounts.ArrayOf().ToArbitrary(),
            given =>
            {
                // A reader gives a row's amounts as longs when they are all whole, as decimals otherwise: every
                // other whole amount comes as a long here, before and after the column turns to decimals.
                var builder = new MemberLedgerBuilder(["simpanan_wajib"]);
                for (var i = 0; i < given.Length; i++)
                {
                    var id = System.Text.Encoding.UTF8.GetBytes($"A{i:D4}");
                    if (i % 2 == 0 && AmountColumn.TryWhole(given[i], out var whole))
                    {
                        builder.AddUtf8(id, [], MemberStatus.Anggota, null, null, new[] { whole });
                    }
                    else
                    {
                        builder.AddUtf8(id, [], MemberStatus.Anggota, null, null, new[] { given[i] });
                    }
                }

                var ledger = builder.Build();
                return Enumerable.Range(0, given.Length).All(i => Bits(ledger.Amount(i, "simpanan_wajib")).SequenceEqual(Bits(given[i])));
            });

    [Fact]
    public void Longs_MustBeOneAColumn()
    {
        var builder = new MemberLedgerBuilder(["simpanan_wajib", "transaksi"]);
        Assert.Throws<ArgumentException>(() => builder.AddUtf8("A"u8, [], MemberStatus.Anggota, null, null, new[] { 1L }));
        Assert.Equal(0, builder.Count);
    }

    [Fact]
    public void A_column_of_whole_amounts_is_kept_as_longs_and_one_with_sen_as_decimals()
    {
        var ledger = MemberLedger.From(
        [
            new Member("A") { Amounts = new Dictionary<string, decimal> { ["simpanan_wajib"] = 120_000m, ["transaksi"] = 1_500m } },
            new Member("B") { Amounts = new Dictionary<string, decimal> { ["simpanan_wajib"] = 90_000m, ["transaksi"] = 2_250.50m } },
        ]);

        Assert.Equal([120_000L, 90_000L], ledger.Column("simpanan_wajib")!.Whole!);
        Assert.Null(ledger.Column("transaksi")!.Whole);
        Assert.Equal([1_500m, 2_250.50m], ledger.Column("transaksi")!.Exact!);
    }

    [Theory]
    [InlineData("12", true)]
    [InlineData("-12", true)]
    [InlineData("12.0", false)]
    [InlineData("-0", false)]
    [InlineData("9223372036854775807", true)]
    [InlineData("-9223372036854775807", true)]
    [InlineData("-9223372036854775808", false)]
    [InlineData("9223372036854775808", false)]
    public void TryWhole_TakesOnlyWhatALongGivesBackUnchanged(string text, bool whole)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(whole, AmountColumn.TryWhole(value, out var units));
        if (whole)
        {
            Assert.Equal(Bits(value), Bits(units));
        }
    }
}
