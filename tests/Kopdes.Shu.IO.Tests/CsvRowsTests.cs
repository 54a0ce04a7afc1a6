using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Kopdes.Shu.Engine;
using Kopdes.Shu.IO.Csv;
using Kopdes.Shu.IO.Inputs;
using Kopdes.Shu.IO.Results;
using Kopdes.Shu.IO.Tables;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Results;

namespace Kopdes.Shu.IO.Tests;

/// <summary>
/// The CSV fast paths (amounts and dates parsed from UTF-8 bytes on worker threads, rows formatted in parallel)
/// must give exactly what the one set of cell rules and the plain writer give.
/// </summary>
public sealed class CsvRowsTests
{
    // Texts built from what treasurers type into amount and date cells, plus the characters that break them.
    private static readonly Gen<string> FieldText =
        Gen.Frequency(
                (6, Gen.Elements("0", "1", "7", "9", "00", "12", "250", "000")),
                (3, Gen.Elements(".", ",", "-")),
                (1, Gen.Elements(" ", "Rp", "e", "1e5", "NaN", "2025", "-07-", "21", "/", "é", "\u00A0", "'", "=", "(", ")", "%", ",-")))
            .ListOf()
            .Select(parts => string.Concat(parts.Take(6)));

    [Fact]
    public void EveryField_ReadsAsItsCellWould_InBothCultures()
    {
        var property = Prop.ForAll(FieldText.ArrayOf().ToArbitrary(), texts =>
        {
            using var folder = new TempFolder();
            var path = folder.Write("a.csv", "x\n" + string.Concat(texts.Select(t => $"\"{t}\"\n")));
            foreach (var culture in new[] { NumberCulture.International, NumberCulture.Indonesian })
            {
                using var source = CsvTableSource.Open(path, culture);
                var read = source.Table.Rows
                    .Select(row => (Ok: row.TryAmount(0, culture, out var amount), Amount: amount, WholeOk: row.TryWholeAmount(0, out var whole), Whole: whole, DateOk: row.TryDate(0, out var date), Date: date, Blank: row.IsBlank(), Text: row.Text(0)))
                    .ToList();
                var expected = texts.Select(t => new Cell(FormulaGuard.Unguard(t))).ToList();
                Assert.Equal(expected.Count, read.Count);
                for (var i = 0; i < read.Count; i++)
                {
                    var cell = expected[i];
                    Assert.Equal(CellRules.Amount(cell, culture, out var amount) == CellProblem.None, read[i].Ok);
                    Assert.Equal(amount, read[i].Amount);
                    if (read[i].WholeOk)
                    {
                        // A whole amount is the amount itself, written without decimals.
                        Assert.True(read[i].Ok);
                        Assert.Equal(amount.ToString(CultureInfo.InvariantCulture), read[i].Whole.ToString(CultureInfo.InvariantCulture));
                    }

                    Assert.Equal(CellRules.Date(cell, out var date) == CellProblem.None, read[i].DateOk);
                    Assert.Equal(date, read[i].Date);
                    Assert.Equal(cell.IsEmpty, read[i].Blank);
                    Assert.Equal(cell.AsText(), read[i].Text);
                }
            }
        });

        property.Check(Config.QuickThrowOnFailure.WithMaxTest(150));
    }

    [Fact]
    public void ParallelRows_ComeBackInFileOrder_WithTheirLineNumbers()
    {
        using var folder = new TempFolder();
        const int count = 40_000;
        var text = new StringBuilder("no_anggota,nama\n");
        for (var i = 0; i < count; i++)
        {
            // A quoted line break in every thousandth name: the record spans two lines, and later line numbers move.
            text.Append("A").Append(i).Append(i % 1000 == 0 ? ",\"two\nlines\"\n" : ",n\n");
        }

        var path = folder.Write("a.csv", text.ToString());
        using var source = CsvTableSource.Open(path, NumberCulture.Auto);
        var rows = source.Table.Rows.Select(row => (row.Number, Id: row.Text(0))).ToList();

        Assert.Equal(count, rows.Count);
        var line = 2;
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(("A" + i, line), (rows[i].Id, rows[i].Number));
            line += i % 1000 == 0 ? 2 : 1;
        }
    }

    [Theory]
    [InlineData(Language.Indonesian, false, "tax", 3_000, NumberCulture.International)]
    [InlineData(Language.English, true, "tax", 3_000, NumberCulture.International)]
    [InlineData(Language.Indonesian, false, "whole", 3_000, NumberCulture.International)]
    [InlineData(Language.English, false, "thousands", 3_000, NumberCulture.International)]
    [InlineData(Language.Indonesian, true, "sen", 3_000, NumberCulture.International)]
    [InlineData(Language.Indonesian, false, "whole", 70_000, NumberCulture.International)] // five blocks: formatted by every core, written in order
    [InlineData(Language.English, false, "tax", 70_000, NumberCulture.International)]
    [InlineData(Language.Indonesian, false, "tax", 3_000, NumberCulture.Indonesian)]
    [InlineData(Language.Indonesian, true, "whole", 3_000, NumberCulture.Indonesian)]
    [InlineData(Language.English, false, "thousands", 3_000, NumberCulture.Indonesian)]
    [InlineData(Language.Indonesian, false, "sen", 3_000, NumberCulture.Indonesian)]
    [InlineData(Language.Indonesian, false, "whole", 70_000, NumberCulture.Indonesian)]
    public void MemberCsv_IsTheBytesThePlainWriterWritesFromTheMemberRows(Language language, bool redact, string figures, int members, NumberCulture culture)
    {
        // Ids and names that need quoting, guarding or more than one byte a character. "tax": tax, cash unit
        // and a minimum payout, so that every column and both kinds of note appear, written from decimals. "whole"
        // and "thousands": whole-rupiah results (rounding unit 1 or 1000), written from longs. "sen": a rounding
        // unit of 0.01, decimals again, and one member's amounts in sen, so that the weights are decimals too.
        var (policy, synthetic, _) = SyntheticCooperative.Generate(members, seed: 5);
        // Control characters are refused in ids and names (a workbook cannot hold them); an apostrophe is guarded too.
        string[] ids = ["=1+2", "-7", "@x", "A,1", "Q\"uote", "Ä-ü", "'tab", "+62", "B;2"];
        string?[] names = [null, "Siti, \"Bu\" Aminah", "'two' lines", "=HYPERLINK(\"x\")", "Ñoño 😀", "-", "Budi; Wati"];
        var builder = new MemberLedgerBuilder(synthetic.Columns);
        for (var i = 0; i < synthetic.Count; i++)
        {
            var member = synthetic[i];
            builder.Add(
                i < ids.Length ? ids[i] : member.Id,
                names[i % names.Length],
                member.Status,
                member.Joined,
                member.Exited,
                [.. synthetic.Columns.Select(c => synthetic.Amount(i, c) + (figures == "sen" && i == 1 && Sen(c) ? 0.50m : 0m))]);
        }

        // Sen on savings, and on the transactions total and one unit alike (the two must agree).
        static bool Sen(string column) => !column.StartsWith("transaksi:", StringComparison.Ordinal) || column == "transaksi:sembako";
        var applied = figures switch
        {
            "tax" => policy with { MinimumPayout = 2_000_000m, TaxRate = 0.05m, CashUnit = 500m },
            "whole" => policy with { RoundingUnit = 1m, CashUnit = 1_000m },
            "thousands" => policy with { RoundingUnit = 1_000m, CashUnit = 5_000m },
            _ => policy with { RoundingUnit = 0.01m, CashUnit = 100m },
        };
        var result = ShuCalculator.Calculate(applied, builder.Build()).GetResultOrThrow();
        var context = new ResultContext([], language) { Redact = redact, Culture = culture };
        Assert.Equal(figures is "whole" or "thousands", ResultColumns.TryGetWholeRupiah(result.Members[0], new long[result.Pools.Count], out _, out _));
        Assert.Equal(figures != "sen", Enumerable.Range(0, result.Pools.Count).All(p => ResultColumns.TryGetWholeWeight(result.Members[0], p, out _)));
        if (figures == "tax")
        {
            Assert.Contains(Enumerable.Range(0, result.Members.Count), i => result.Members[i].Payout.Forfeited > 0);
        }

        var plain = new MemoryStream();
        CsvTableWriter.Write(plain, ResultTables.MemberHeader(result), ResultTables.MemberRows(result, context, result.Members), culture);
        var fast = new MemoryStream();
        MemberCsvWriter.Write(fast, result, context);

        Assert.Equal(Encoding.UTF8.GetString(plain.ToArray()), Encoding.UTF8.GetString(fast.ToArray()));
        Assert.Contains("'=1+2", Encoding.UTF8.GetString(plain.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void MemberCsv_AFailedWrite_IsReported_AndStopsTheFormatting()
    {
        // A full disk in the middle of a large file (five blocks, formatted side by side): the IOException
        // reaches the caller as itself, not wrapped, and the call returns.
        var (policy, ledger, _) = SyntheticCooperative.Generate(70_000, seed: 3);
        var result = ShuCalculator.Calculate(policy, ledger).GetResultOrThrow();

        var thrown = Assert.Throws<IOException>(() => MemberCsvWriter.Write(new FullAfter(100_000), result, new ResultContext([])));

        Assert.Equal("disk full", thrown.Message);
    }

    /// <summary>A stream that takes some bytes, then fails as a full disk does.</summary>
    private sealed class FullAfter(int bytes) : MemoryStream
    {
        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (Length + count > bytes)
            {
                throw new IOException("disk full");
            }

            base.Write(buffer, offset, count);
        }
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void LargeFile_ReadInTwoHalves_GivesWhatOneReaderGives(string newline)
    {
        // Over CsvTableSource.SplitFromBytes and without a quote, a file is read in two halves side by side. The
        // same file with one quoted (ignored) address is read by one reader. Ledger, rows and problems must agree.
        using var folder = new TempFolder();
        string File(string fileName, bool quoted)
        {
            var text = new StringBuilder("no_anggota,nama,status,tanggal_masuk,simpanan_wajib,transaksi,alamat").Append(newline);
            for (var i = 0; i < 150_000; i++)
            {
                var id = i == 120_000 ? "A5" : "A" + i;
                var status = i == 1_000 ? "bogus" : i % 7 == 0 ? "calon" : "anggota";
                var amount = i == 100_000 ? "12x" : (i * 37 % 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var name = i % 1_000 == 3 ? " Ägus Salim " : i % 11 == 0 ? string.Empty : "Nama " + i;
                var address = quoted && i == 140_000 ? "\"Jl. Merdeka 1\"" : "Jl. Merdeka " + i;
                text.Append(id).Append(',').Append(name).Append(',').Append(status).Append(",2024-01-0").Append(1 + (i % 9))
                    .Append(',').Append(amount).Append(",1250000.50,").Append(address).Append(newline);
                if (i == 130_000)
                {
                    text.Append(newline);
                }
            }

            return folder.Write(fileName, text.ToString());
        }

        (Kopdes.Shu.Ledger.MemberLedger? Ledger, int[] Rows, List<string> Problems, bool Split) Read(string path)
        {
            using var source = CsvTableSource.Open(path, NumberCulture.Auto);
            var issues = new List<Kopdes.Shu.Validation.Issue>();
            var (ledger, rows) = MemberTableReader.Read(source.Table, [], issues);
            return (ledger, rows, [.. issues.Concat(source.Problems).Select(i => $"{i.Row} {i.MemberId} {i.Code}")], source.Table.Rows.Split().Count == 2);
        }

        var halves = Read(File("dua.csv", quoted: false));
        var one = Read(File("satu.csv", quoted: true));

        Assert.True(halves.Split);
        Assert.False(one.Split);
        Assert.Equal(one.Rows, halves.Rows);
        Assert.Equal(one.Problems, halves.Problems);
        Assert.Equal(3, one.Problems.Count); // the status in the first half, the amount and the duplicate id in the second
        Assert.Equal(one.Ledger!.Count, halves.Ledger!.Count);
        for (var i = 0; i < one.Ledger.Count; i++)
        {
            var (a, b) = (one.Ledger[i], halves.Ledger[i]);
            Assert.Equal((a.Id, a.Name, a.Status, a.Joined), (b.Id, b.Name, b.Status, b.Joined));
            Assert.Equal(a.Amounts, b.Amounts);
        }
    }

    [Fact]
    public void MemberCsvText_IsWhatCsvHelperWritesForTheNeutralisedText()
    {
        var text = Gen.Elements("a", "Ä", "😀", ",", "\"", "\r", "\n", "=", "+", "-", "@", "\t", " ", "'", ";")
            .ListOf().Select(parts => string.Concat(parts.Take(5)));
        Prop.ForAll(text.ToArbitrary(), Gen.Elements(NumberCulture.International, NumberCulture.Indonesian).ToArbitrary(), (value, culture) =>
        {
            var separator = culture == NumberCulture.Indonesian ? (byte)';' : (byte)',';
            var expected = new MemoryStream();
            CsvTableWriter.Write(expected, ["a", "b"], [[value, "x"]], culture);
            var actual = new MemberCsvWriter.Bytes(4);
            actual.Write(culture == NumberCulture.Indonesian ? Encoding.UTF8.Preamble : []);
            actual.Write([(byte)'a', separator, (byte)'b', (byte)'\n']);
            MemberCsvWriter.Text(ref actual, Encoding.UTF8.GetBytes(value), separator);
            actual.Write([separator, (byte)'x', (byte)'\n']);
            Assert.Equal(Encoding.UTF8.GetString(expected.ToArray()), Encoding.UTF8.GetString(actual.Written));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(400));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-0.00")]
    [InlineData("-1")]
    [InlineData("18446744073709551615")]
    [InlineData("18446744073709551616")]
    [InlineData("-18446744073709551615")]
    [InlineData("1234567890123")]
    [InlineData("-9223372036854775808")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("0.50")]
    [InlineData("-12.340")]
    public void Numbers_AreFormattedAsTheOneRuleWritesThem(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        Span<byte> buffer = stackalloc byte[64];
        Assert.Equal(CellRules.Format(value, NumberCulture.International), Encoding.UTF8.GetString(CsvTableWriter.Format(value, buffer)));
    }
}
