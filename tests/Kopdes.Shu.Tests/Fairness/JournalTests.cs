using FsCheck.Xunit;
using Kopdes.Shu.Engine;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;
using Kopdes.Shu.Results;
using Kopdes.Shu.Tests.Support;

namespace Kopdes.Shu.Tests.Fairness;

/// <summary>The journal the accountant posts after the RAT: debits equal credits to the rupiah, in the policy's accounts.</summary>
[Properties(Arbitrary = [typeof(ShuArbitraries)], MaxTest = 200)]
public sealed class JournalTests
{
    // SHU 1,000: reserve 40% (400, and the 60 forfeited), education 10% (100), a pool of 50% (500) on purchases; tax
    // 10%, minimum payout 50, cash in units of 100. A1 buys 440 of 500: 440, tax 44, net 396: 300 cash, 96 to savings.
    // A2 buys 30: 30, below the minimum, forfeited to the reserve. A3 buys 30: 30 too, likewise.
    [Fact]
    public void AWorkedExample_DebitsTheShu_AndCreditsEachFundTheMembersAndTheTax()
    {
        var policy = new ShuPolicy
        {
            Shu = 1_000m,
            TaxRate = 10m,
            MinimumPayout = 50m,
            CashUnit = 100m,
            Accounts = new JournalAccounts { Shu = "3-400", MemberPayable = "2-140" },
            Funds = [new FundPolicy("cadangan", 40) { Reserve = true, Account = "3-300" }, new FundPolicy("pendidikan", 10), new FundPolicy("jasa_usaha", 50) { Basis = ["transaksi"] }],
        };
        var ledger = MemberLedger.From([.. new[] { ("A1", 440m), ("A2", 30m), ("A3", 30m) }.Select(m => new Member(m.Item1) { Amounts = new Dictionary<string, decimal> { ["transaksi"] = m.Item2 } })]);

        var journal = ShuJournal.Of(ShuCalculator.Calculate(policy, ledger).GetResultOrThrow());

        Assert.Equal(
            [("3-400", 1_000m, 0m), ("3-300", 0m, 460m), ("pendidikan", 0m, 100m), ("2-140", 0m, 300m), ("2130", 0m, 96m), ("2150", 0m, 44m)],
            journal.Select(l => (l.Account, l.Debit, l.Credit)));
    }

    [Fact]
    public void ALossYear_HasNoJournal() =>
        Assert.Empty(ShuJournal.Of(ShuCalculator.Calculate(Build.SinglePool(-5m), Build.LedgerOf(Build.Member("A", 1))).GetResultOrThrow()));

    [Property]
    public bool TheJournal_Balances_AndDebitsTheWholeShu_ForAnyCase(PoolCase pool)
    {
        var members = Enumerable.Range(0, pool.Count).Select(i => Build.Member(pool.Ids[i], pool.Weights[i], pool.Eligible[i] ? MemberStatus.Anggota : MemberStatus.Calon));
        var policy = Build.Policy(pool.Pool + 0.75m, Build.Reserve(33.3m), Build.Fund("pengurus", 16.7m), Build.Pool("p", 50, "w")) with { TaxRate = 7.5m, MinimumPayout = 3m };
        var result = ShuCalculator.Calculate(policy, MemberLedger.From(members)).GetResultOrThrow();

        var journal = ShuJournal.Of(result);

        return result.Shu <= 0
            ? journal.Count == 0
            : journal.Sum(l => l.Debit) == journal.Sum(l => l.Credit) && journal.Sum(l => l.Debit) == result.Shu;
    }
}
