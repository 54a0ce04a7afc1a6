using FsCheck.Xunit;
using Kopdes.Shu.Engine;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;
using Kopdes.Shu.Tests.Support;
using Kopdes.Shu.Validation;

namespace Kopdes.Shu.Tests.Fairness;

/// <summary>
/// A pool divided by the whole business, as textbooks and by-laws divide jasa usaha: a member's purchases over the
/// cooperative's total sales, non-members included; the non-members' part goes to the fund the policy names.
/// </summary>
[Properties(Arbitrary = [typeof(ShuArbitraries)], MaxTest = 200)]
public sealed class StatedTotalTests
{
    // The published example: a pool of Rp27,000,000 (60% of an SHU of Rp45,000,000), total sales Rp102,000,000 of
    // which members bought Rp61,500,000; the member bought Rp1,500,000. Published: 1,500,000 / 102,000,000 x
    // 27,000,000 = 397,058.82 for the member, and (102,000,000 - 61,500,000) / 102,000,000 x 27,000,000 =
    // 10,720,588.24 for the non-members.
    [Fact]
    public void ThePublishedExample_PaysTheMemberOnTheWholeBusiness_AndTheNonMembersPartGoesToTheReserve()
    {
        var ledger = MemberLedger.From([Buyer("A1", 1_500_000m), Buyer("A2", 30_000_000m), Buyer("A3", 30_000_000m)]);
        var policy = Policy(102_000_000m);

        var result = ShuCalculator.Calculate(policy, ledger).GetResultOrThrow();

        var member = result.Members[0].Amount(0);
        Assert.True(member is 397_058m or 397_059m, $"{member}");
        var pool = result.Pools[0];
        Assert.True(pool.NonMember is 10_720_588m or 10_720_589m, $"{pool.NonMember}");
        Assert.Equal(27_000_000m, pool.Distributed + pool.NonMember);
        Assert.Equal("cadangan", pool.NonMemberFund);
        Assert.Equal(18_000_000m + pool.NonMember, result.Reserve.Amount);
        Assert.Equal(pool.NonMember, result.Reserve.NonMember);

        // jelaskan says the same: the member's quota of the members' part, rounded as it was.
        var explained = result.Explain("A1").Pools[0];
        Assert.Equal(member, explained.Amount);
        Assert.Equal(27_000_000m - pool.NonMember, explained.PoolAmount);

        // Without the stated total the member's share of the members' purchases only: what the tool paid before.
        var before = ShuCalculator.Calculate(Policy(null), ledger).GetResultOrThrow();
        Assert.True(before.Members[0].Amount(0) is 658_536m or 658_537m);
    }

    [Fact]
    public void TheNonMembersPart_GoesToTheFundThePolicyNames()
    {
        var ledger = MemberLedger.From([Buyer("A1", 1_500_000m), Buyer("A2", 60_000_000m)]);
        var policy = Policy(102_000_000m) with
        {
            Funds = [new FundPolicy("cadangan", 30) { Reserve = true }, new FundPolicy("pendidikan", 10), new FundPolicy("jasa_usaha", 60) { Basis = ["transaksi"], Total = 102_000_000m, NonMemberFund = "pendidikan" }],
        };

        var result = ShuCalculator.Calculate(policy, ledger).GetResultOrThrow();

        var education = result.Funds.Single(f => f.Code == "pendidikan");
        Assert.Equal(4_500_000m + result.Pools[0].NonMember, education.Amount);
        Assert.Equal(13_500_000m, result.Reserve.Amount);
    }

    [Fact]
    public void AStatedTotalBelowTheMembersOwn_IsRefused_WithBothFigures()
    {
        var ledger = MemberLedger.From([Buyer("A1", 1_500_000m), Buyer("A2", 60_000_000m)]);

        var outcome = ShuCalculator.Calculate(Policy(61_000_000m), ledger);

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(IssueCodes.TotalBelowMembers, error.Code);
        Assert.Contains("Rp61,000,000", error.Message(Language.English), StringComparison.Ordinal);
        Assert.Contains("Rp61,500,000", error.Message(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void APerUnitPool_DividesEachUnitByItsOwnTotalSales()
    {
        // The published example as the one unit "toko" of a per-unit jasa usaha: the same figures.
        var ledger = MemberLedger.From([.. new[] { ("A1", 1_500_000m), ("A2", 30_000_000m), ("A3", 30_000_000m) }.Select(m => new Member(m.Item1)
        {
            Amounts = new Dictionary<string, decimal> { ["transaksi"] = m.Item2, ["transaksi:toko"] = m.Item2 },
        })]);
        var policy = new ShuPolicy
        {
            Units = [new BusinessUnit("toko", 45_000_000m) { Total = 102_000_000m }],
            Funds = [new FundPolicy("cadangan", 40) { Reserve = true }, new FundPolicy("jasa_usaha", 60) { Basis = ["transaksi"], PerUnit = true }],
        };

        var result = ShuCalculator.Calculate(policy, ledger).GetResultOrThrow();

        Assert.True(result.Members[0].Amount(0) is 397_058m or 397_059m, $"{result.Members[0].Amount(0)}");
        Assert.True(result.Pools[0].NonMember is 10_720_588m or 10_720_589m, $"{result.Pools[0].NonMember}");
        Assert.Equal(18_000_000m + result.Pools[0].NonMember, result.Reserve.Amount);
        Assert.Equal(result.Members[0].Amount(0), result.Explain("A1").Pools[0].Amount);
        Assert.Equal(policy, ShuPolicyJson.Read(ShuPolicyJson.Write(policy)).Policy);
    }

    [Theory]
    [InlineData(true, false)] // on a per-unit pool
    [InlineData(false, true)] // to a pool
    public void AStatedTotalWhereItCannotBe_OrToAFundThatIsNoPlainFund_IsRefused(bool perUnit, bool toPool)
    {
        var policy = Policy(100m) with
        {
            Units = perUnit ? [new BusinessUnit("toko", 45_000_000m)] : [],
            Funds = [new FundPolicy("cadangan", 40) { Reserve = true }, new FundPolicy("jasa_usaha", 60) { Basis = ["transaksi"], PerUnit = perUnit, Total = 100m, NonMemberFund = toPool ? "jasa_usaha" : null }],
        };

        var issues = ShuCalculator.Validate(policy, MemberLedger.From([Buyer("A1", 10m)]));

        Assert.Contains(issues, i => i.Code == (perUnit ? IssueCodes.InvalidPoolTotal : IssueCodes.InvalidNonMemberFund));
    }

    // With the members' own total stated, the split is the one without a stated total, member by member.
    [Property]
    public bool AStatedTotalEqualToTheMembers_GivesTodaysResult(PoolCase pool)
    {
        var ledger = Ledger(pool);
        var members = Enumerable.Range(0, pool.Count).Where(i => pool.Eligible[i]).Sum(i => pool.Weights[i]);
        if (members == 0)
        {
            return true;
        }

        var today = ShuCalculator.Calculate(Build.SinglePool(pool.Pool), ledger).GetResultOrThrow();
        var stated = ShuCalculator.Calculate(WithTotal(Build.SinglePool(pool.Pool), members), ledger).GetResultOrThrow();
        return today.Members.Select(m => m.Payout.Gross).SequenceEqual(stated.Members.Select(m => m.Payout.Gross))
            && stated.Pools[0].NonMember == 0;
    }

    // A larger total: no member's amount rises; each member gets within one unit of the quota of the whole business,
    // pool x weight / total (the members' part is those quotas summed and rounded down to whole units, the fraction
    // rounded away can cost a member one unit below a quota's floor); and the pool is what the members got plus the
    // non-members' part, to the rupiah.
    [Property]
    public bool ALargerStatedTotal_RaisesNobody_PaysAboutTheQuotaOfTheWholeBusiness_AndThePoolIsPaidPlusTheNonMembersPart(PoolCase pool, FsCheck.PositiveInt extra)
    {
        var ledger = Ledger(pool);
        var members = Enumerable.Range(0, pool.Count).Where(i => pool.Eligible[i]).Sum(i => pool.Weights[i]);
        if (members == 0)
        {
            return true;
        }

        var today = ShuCalculator.Calculate(Build.SinglePool(pool.Pool), ledger).GetResultOrThrow();
        var stated = ShuCalculator.Calculate(WithTotal(Build.SinglePool(pool.Pool), members + extra.Get), ledger).GetResultOrThrow();
        var p = stated.Pools[0];
        var total = members + extra.Get;
        return Enumerable.Range(0, pool.Count).All(i =>
            {
                // The quota of the whole business, exactly: pool x weight / total, in BigInteger (weights in sen).
                var quota = pool.Eligible[i] ? System.Numerics.BigInteger.Divide(pool.Pool * new System.Numerics.BigInteger(pool.Weights[i] * 100m), new System.Numerics.BigInteger(total * 100m)) : 0;
                var got = new System.Numerics.BigInteger(stated.Members[i].Payout.Gross);
                return got >= quota - 1 && got <= quota + 1 && stated.Members[i].Payout.Gross <= today.Members[i].Payout.Gross;
            })
            && p.Distributed + p.Forfeited + p.Unallocated + p.NonMember == p.Amount
            && stated.Members.Sum(m => m.Payout.Gross) == p.Distributed;
    }

    private static MemberLedger Ledger(PoolCase pool) =>
        MemberLedger.From(Enumerable.Range(0, pool.Count).Select(i => Build.Member(pool.Ids[i], pool.Weights[i], pool.Eligible[i] ? MemberStatus.Anggota : MemberStatus.Calon)));

    private static ShuPolicy WithTotal(ShuPolicy policy, decimal total) =>
        policy with { Funds = [.. policy.Funds.Select(f => f.IsPool ? f with { Total = total } : f)] };

    private static Member Buyer(string id, decimal purchases) => new(id) { Amounts = new Dictionary<string, decimal> { ["transaksi"] = purchases } };

    private static ShuPolicy Policy(decimal? total) => new()
    {
        Shu = 45_000_000m,
        Funds = [new FundPolicy("cadangan", 40) { Reserve = true }, new FundPolicy("jasa_usaha", 60) { Basis = ["transaksi"], Total = total }],
    };
}
