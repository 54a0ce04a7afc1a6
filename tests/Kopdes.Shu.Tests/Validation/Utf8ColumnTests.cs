using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kopdes.Shu.Apportionment;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Validation;

namespace Kopdes.Shu.Tests.Validation;

/// <summary>
/// The ledger keeps ids and names as UTF-8 bytes. What the engine decides from them (the order of tied members,
/// duplicate and blank ids) must be exactly what it decided from strings.
/// </summary>
public sealed class Utf8ColumnTests
{
    // Characters where UTF-8 byte order and UTF-16 code unit order disagree (U+E000.. against surrogate pairs), and plain ones.
    private static readonly string[] Pieces = ["A", "a", "0", "-", " ", "\u00A0", "é", "\uE000", "\uFFFD", "\uFF21", "😀", "𝔸", "\u2003", "KMP", ""];

    private static Gen<string> Texts =>
        Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts.Take(4)));

    private static Utf8Column Column(IEnumerable<string?> texts)
    {
        var builder = new Utf8Column.Builder();
        foreach (var text in texts)
        {
            builder.Add(text);
        }

        return builder.Build();
    }

    [Property(MaxTest = 500)]
    public Property CompareOrdinal_AgreesWithStringCompareOrdinal() =>
        Prop.ForAll(Texts.ToArbitrary(), Texts.ToArbitrary(), (a, b) =>
        {
            var column = Column([a, b]);
            return Math.Sign(OrdinalKeyOrder.CompareOrdinal(column.Utf8(0), column.Utf8(1))) == Math.Sign(string.CompareOrdinal(a, b));
        });

    [Property(MaxTest = 300)]
    public Property IsStrictlyAscending_AgreesWithStrings() =>
        Prop.ForAll(Texts.ListOf().ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (texts, sort) =>
        {
            var list = sort ? texts.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList() : [.. texts];
            var expected = list.Zip(list.Skip(1)).All(pair => string.CompareOrdinal(pair.First, pair.Second) < 0);
            return OrdinalKeyOrder.IsStrictlyAscending(Column(list).AsKeys) == expected;
        });

    [Property(MaxTest = 300)]
    public Property FirstOccurrences_AndBlanks_AgreeWithADictionaryOfStrings() =>
        Prop.ForAll(Texts.ListOf().ToArbitrary(), texts => AgreesWithADictionary([.. texts]));

    // Sorted lists take the one-pass path when no two are equal; with an equal pair they must fall back to hashing.
    [Property(MaxTest = 300)]
    public Property FirstOccurrences_OfSortedTexts_AgreeWithADictionaryOfStrings() =>
        Prop.ForAll(Texts.ListOf().ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (texts, distinct) =>
        {
            var sorted = (distinct ? texts.Distinct(StringComparer.Ordinal) : texts).Order(StringComparer.Ordinal).ToList();
            return AgreesWithADictionary(sorted);
        });

    [Fact]
    public void FirstOccurrences_OfAMillionSizedColumn_CheckedInGroupsSideBySide_AgreeWithADictionary()
    {
        // Large enough for hash groups and the parallel check; duplicates near and far, blanks, multi-byte ids.
        var texts = Enumerable.Range(0, 300_000)
            .Select(i => i % 997 == 0 ? " " : i % 5 == 0 ? "Ä-" + (i % 40_009) : "KMP-" + (i % 250_000))
            .ToList();
        var column = Column(texts);
        var first = DuplicateIds.FirstOccurrences(column, ascending: false, Parallelism.Default);
        Assert.Equal(first, DuplicateIds.FirstOccurrences(column, ascending: false, new Parallelism(MaxDegree: 1)));
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            var expected = texts[i] == " " ? -1 : seen.TryGetValue(texts[i], out var earlier) ? earlier : -1;
            seen.TryAdd(texts[i], i);
            Assert.Equal(expected, first[i]);
        }
    }

    [Fact]
    public void A_missing_name_stays_missing_and_an_empty_one_stays_empty()
    {
        var column = Column(["Siti", null, string.Empty]);

        Assert.Equal("Siti", column.TextOrNull(0));
        Assert.Null(column.TextOrNull(1));
        Assert.Equal(string.Empty, column.TextOrNull(2));
    }

    [Fact]
    public void Ledger_built_from_utf8_bytes_equals_the_ledger_built_from_strings()
    {
        var fromBytes = new MemberLedgerBuilder(["simpanan_wajib"])
            .AddUtf8("A1"u8, "Dewi Sartika"u8, MemberStatus.Anggota, null, null, [100m])
            .AddUtf8("Ä2"u8, ""u8, MemberStatus.Calon, null, null, [0m])
            .Build();
        var fromStrings = new MemberLedgerBuilder(["simpanan_wajib"])
            .Add("A1", "Dewi Sartika", MemberStatus.Anggota, null, null, [100m])
            .Add("Ä2", null, MemberStatus.Calon, null, null, [0m])
            .Build();

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(fromStrings[i].Id, fromBytes[i].Id);
            Assert.Equal(fromStrings[i].Name, fromBytes[i].Name);
            Assert.Equal(Encoding.UTF8.GetBytes(fromStrings[i].Id), LedgerColumns.IdUtf8(fromBytes, i).ToArray());
        }

        Assert.Equal(1, fromBytes.IndexOf("Ä2"));
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_refused()
    {
        var builder = new MemberLedgerBuilder(["simpanan_wajib"]);

        Assert.Throws<ArgumentException>(() => builder.AddUtf8([0xC3, 0x28], "x"u8, MemberStatus.Anggota, null, null, [1m]));
        Assert.Equal(0, builder.Count);
    }

    [Fact]
    public void Duplicate_and_blank_ids_are_still_reported_once_each()
    {
        var ledger = new MemberLedgerBuilder(["simpanan_wajib"])
            .Add("A1", null, MemberStatus.Anggota, null, null, [1m])
            .Add(" ", null, MemberStatus.Anggota, null, null, [1m])
            .Add("A1", null, MemberStatus.Anggota, null, null, [1m])
            .Add("a1", null, MemberStatus.Anggota, null, null, [1m])
            .Build();

        Assert.Equal([IssueCodes.EmptyMemberId, IssueCodes.DuplicateMemberId], ledger.Issues.Select(i => i.Code));
        Assert.Equal(2, ledger.Issues[1].LedgerIndex);
    }

    [Fact]
    public void Appending_a_builder_gives_the_ledger_of_adding_every_member_to_one()
    {
        static MemberLedgerBuilder Add(MemberLedgerBuilder builder, int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                builder.Add($"A{i % 5}", i % 3 == 0 ? null : $"Nama {i}", (MemberStatus)(i % 4), new DateOnly(2020, 1, 1 + i), i % 2 == 0 ? null : new DateOnly(2025, 1, 1), [i, i * 10m]);
            }

            return builder;
        }

        string[] columns = ["simpanan_wajib", "transaksi"];
        var whole = Add(new MemberLedgerBuilder(columns), 0, 9).Build();
        var joined = Add(new MemberLedgerBuilder(columns), 0, 4).Append(Add(new MemberLedgerBuilder(columns).EnsureCapacity(64), 4, 9)).Build();

        Assert.Equal(whole.Count, joined.Count);
        for (var i = 0; i < whole.Count; i++)
        {
            var (a, b) = (whole[i], joined[i]);
            Assert.Equal((a.Id, a.Name, a.Status, a.Joined, a.Exited), (b.Id, b.Name, b.Status, b.Joined, b.Exited));
            Assert.Equal(a.Amounts, b.Amounts);
        }

        Assert.Equal(whole.Issues.Select(i => (i.Code, i.LedgerIndex)), joined.Issues.Select(i => (i.Code, i.LedgerIndex)));
        Assert.Throws<ArgumentException>(() => new MemberLedgerBuilder(columns).Append(new MemberLedgerBuilder(["transaksi"])));
    }

    private static bool AgreesWithADictionary(List<string> texts)
    {
        var column = Column(texts);
        var first = DuplicateIds.FirstOccurrences(column, OrdinalKeyOrder.IsStrictlyAscending(column.AsKeys), Parallelism.Default);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            var blank = string.IsNullOrWhiteSpace(texts[i]);
            if (column.IsBlank(i) != blank || column[i] != texts[i])
            {
                return false;
            }

            var expected = blank ? -1 : seen.TryGetValue(texts[i], out var earlier) ? earlier : -1;
            if (!blank)
            {
                seen.TryAdd(texts[i], i);
            }

            if (first[i] != expected)
            {
                return false;
            }
        }

        return true;
    }
}
