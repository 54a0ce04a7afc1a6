using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Kopdes.Shu.Engine;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;
using Kopdes.Shu.Results;
using static Kopdes.Shu.Tests.Support.Build;

namespace Kopdes.Shu.Tests.Engine;

/// <summary>
/// A large ledger is worked on by several threads: pools side by side, members in ranges, checks in ranges. The
/// result must not depend on how many threads there were, nor on which finished first.
/// </summary>
public sealed class ParallelismTests
{
    // From this many members the engine splits its work (Parallelism.LargeLedger); the cases sit just above it.
    private const int Large = 50_000;

    [Fact]
    public void ALargeLedger_GivesTheSameBytes_OnOneThread_AndOnMany()
    {
        // Ids out of order (so ties are ordered by comparing ids, non-ASCII among them), weights drawn from a few
        // values (so thousands of members tie for the last units), ineligible members, a per-unit pool.
        var seeds = Gen.Choose(0, int.MaxValue);
        Prop.ForAll(seeds.ToArbitrary(), seed =>
        {
            var (policy, ledger) = Case(seed);
            var sequential = Describe(policy, ledger, new ShuCalculatorOptions { MaxDegreeOfParallelism = 1 });

            Assert.Equal(sequential, Describe(policy, ledger, options: null));
            Assert.Equal(sequential, Describe(policy, ledger, new ShuCalculatorOptions { MaxDegreeOfParallelism = 4 }));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(3));
    }

    [Fact]
    public void ALedgersChecks_AreTheSame_OnOneThread_AndOnMany()
    {
        // Above the size where the checks run in ranges: duplicates far apart, blanks, negatives, exits before joins.
        var builder = new MemberLedgerBuilder(["w"]);
        for (var i = 0; i < 210_000; i++)
        {
            var id = i % 50_021 == 0 ? " " : "M" + (i % 150_001).ToString(CultureInfo.InvariantCulture);
            DateOnly? exited = i % 70_001 == 0 ? new DateOnly(2019, 1, 1) : null;
            builder.Add(id, null, MemberStatus.Anggota, new DateOnly(2020, 1, 1), exited, [i % 90_001 == 0 ? -1m : i % 7]);
        }

        var many = builder.Build();
        var one = new MemberLedgerBuilder(["w"]).Append(builder).Build(new ShuCalculatorOptions { MaxDegreeOfParallelism = 1 });

        Assert.NotEmpty(many.Issues);
        Assert.Equal(one.Issues.Select(i => i.ToString()), many.Issues.Select(i => i.ToString()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void AMaxDegreeBelowOne_IsRefused_ByName(int degree)
    {
        var options = new ShuCalculatorOptions { MaxDegreeOfParallelism = degree };

        var error = Assert.Throws<ArgumentException>(() => ShuCalculator.Calculate(SinglePool(100), LedgerOf(Member("A", 1)), null, options));
        Assert.Contains("MaxDegreeOfParallelism", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new MemberLedgerBuilder().Build(options));
    }

    private static (ShuPolicy Policy, MemberLedger Ledger) Case(int seed)
    {
        var random = new Random(seed);
        var count = Large + random.Next(10_000);
        var order = Enumerable.Range(0, count).ToArray();
        random.Shuffle(order);
        var builder = new MemberLedgerBuilder(["simpanan", "transaksi:toko", "transaksi:apotek"]);
        foreach (var n in order)
        {
            var id = (n % 97 == 0 ? "É-" : n % 89 == 0 ? "\uE000-" : "KMP-") + n.ToString(CultureInfo.InvariantCulture);
            var status = n % 13 == 0 ? MemberStatus.Calon : MemberStatus.Anggota;
            builder.Add(id, null, status, null, null, [random.Next(4) * 50_000m, status == MemberStatus.Calon ? 0m : random.Next(5) * 10_000m, random.Next(3) * 2_500.50m]);
        }

        var policy = new ShuPolicy
        {
            Units = [new BusinessUnit("toko", 98_765_432.10m + random.Next(1_000_000)), new BusinessUnit("apotek", 1_500_000m)],
            Funds = [Reserve(25), Pool("jasa_modal", 30, "simpanan"), new FundPolicy("jasa_usaha", 45) { Basis = ["transaksi"], PerUnit = true }],
            MinimumPayout = 5_000m,
            TaxRate = 10m,
            CashUnit = 100m,
        };
        return (policy, builder.Build());
    }

    // Every figure of the result a file would show, as text: equal bytes, or the runs differ.
    private static string Describe(ShuPolicy policy, MemberLedger ledger, ShuCalculatorOptions? options)
    {
        var result = ShuCalculator.Calculate(policy, ledger, null, options).GetResultOrThrow();
        var text = new StringBuilder();
        foreach (var fund in result.Funds)
        {
            text.Append(CultureInfo.InvariantCulture, $"{fund.Code} {fund.Apportioned} {fund.Unallocated} {fund.Forfeited}\n");
        }

        foreach (var pool in result.Pools)
        {
            text.Append(CultureInfo.InvariantCulture, $"{pool.Code} {pool.TotalWeight} {pool.WeightedMembers} {pool.Distributed}\n");
        }

        foreach (var member in result.Members)
        {
            text.Append(CultureInfo.InvariantCulture, $"{member.Id} {member.Amount(0)} {member.Amount(1)} {Show(member.Payout)}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"{Show(result.Totals)} {result.MembersPaid}");
        return text.ToString();
    }

    private static string Show(Kopdes.Shu.Money.Payout p) =>
        string.Create(CultureInfo.InvariantCulture, $"{p.Allocated} {p.Forfeited} {p.Tax} {p.Cash}");
}
