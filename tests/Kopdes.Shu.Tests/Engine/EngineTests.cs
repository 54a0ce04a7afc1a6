using Kopdes.Shu.Engine;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;
using Kopdes.Shu.Results;
using Kopdes.Shu.Validation;
using static Kopdes.Shu.Tests.Support.Build;

namespace Kopdes.Shu.Tests.Engine;

/// <summary>Each step and option of the rules, on small cases worked out by hand in the comments.</summary>
public sealed class EngineTests
{
    private static ShuResult Compute(ShuPolicy policy, MemberLedger ledger, MonthlyBalances? balances = null)
    {
        var outcome = ShuCalculator.Calculate(policy, ledger, balances);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Errors));
        var result = outcome.Result!;
        Assert.All(result.Checks, c => Assert.True(c.Passed, c.Code));
        return result;
    }

    private static decimal[] Amounts(ShuResult result, string pool) => [.. result.Members.Select(m => m.Amount(pool))];

    [Theory]
    [InlineData("2", "1.5", "0.25")]
    [InlineData("0.25", "2", "1.5")]
    [InlineData("1.5", "0.25", "2")]
    public void Weights_OfMixedScales_AreMadeWholeAtTheLargestScale(string a, string b, string c)
    {
        // Weights in rupiah, one decimal and two decimals: whole at scale 2 they are 200, 150 and 25 (in some
        // order), W = 375. 10 units: quotas 5.33, 4 and 0.67; floors 5, 4, 0 leave 1 unit, to the 0.67.
        // The order varies where the first different scale turns up (the pass that reads the weights starts
        // on one scale and must start again when another appears).
        decimal Parse(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var weights = new[] { Parse(a), Parse(b), Parse(c) };
        var result = Compute(Policy(20, Reserve(50), Pool("p", 50, "w")), LedgerOf(Member("A", weights[0]), Member("B", weights[1]), Member("C", weights[2])));

        var expected = weights.Select(w => w switch { 2m => 5m, 1.5m => 4m, _ => 1m });
        Assert.Equal(expected, Amounts(result, "p"));
        Assert.Equal(3.75m, result.Pools[0].TotalWeight);
    }

    [Fact]
    public void LossYear_DistributesNothingListsEveryMemberAndReportsTheDeficit()
    {
        var result = Compute(Policy(-5_000_000, Reserve(30), Pool("p", 70, "w")), LedgerOf(Member("A", 1), Member("B", 2)));

        Assert.True(result.IsLoss);
        Assert.Equal(5_000_000m, result.Deficit);
        Assert.Equal(2, result.Members.Count);
        Assert.All(result.Members, m => Assert.Equal(0m, m.Payout.Gross));
        Assert.All(result.Funds, f => Assert.Equal(0m, f.Amount));
        Assert.Contains(result.Warnings, w => w.Code == IssueCodes.LossYear);
        Assert.Equal(0, result.MembersPaid);
    }

    [Fact]
    public void ZeroShu_DistributesNothing_ButIsNotCalledALoss()
    {
        var outcome = ShuCalculator.Calculate(Policy(0, Reserve(30), Pool("p", 70, "w")), LedgerOf(Member("A", 1)));
        var result = outcome.GetResultOrThrow();

        Assert.False(result.IsLoss);
        Assert.Equal(0m, result.Deficit);
        Assert.Equal(0m, result.Members[0].Payout.Gross);
        var warning = Assert.Single(outcome.Warnings);
        Assert.Equal(IssueCodes.ZeroShu, warning.Code);
        Assert.DoesNotContain("rugi", warning.Message(Language.Indonesian), StringComparison.Ordinal);
        Assert.DoesNotContain("loss", warning.Message(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void RoundingUnit_WorksInWholeUnitsAndGivesTheDustToTheReserve()
    {
        // 1,234,567 at Rp100 = 12,345 units, dust 67. 30/70: 3,703.5 and 8,641.5 -> floors 3,703 + 8,641 leave
        // one unit; the tie goes to the fund listed first (cadangan): 3,704 and 8,641.
        var result = Compute(Policy(1_234_567, Reserve(30), Pool("p", 70, "w")) with { RoundingUnit = 100 }, LedgerOf(Member("A", 1), Member("B", 2)));

        Assert.Equal(12_345, result.WholeUnits);
        Assert.Equal(67m, result.Dust);
        Assert.Equal(370_400m, result.Reserve.Apportioned);
        Assert.Equal(370_467m, result.Reserve.Amount);
        Assert.Equal(864_100m, result.Pool("p").Amount);

        // 8,641 units by 1:2 -> 2,880.33 and 5,760.67: 2,880 and 5,761 units.
        Assert.Equal([288_000m, 576_100m], Amounts(result, "p"));
    }

    [Fact]
    public void FundTies_GoToTheFundListedFirst()
    {
        // 6 units in four equal funds: 1.5 each -> floors 1, 1, 1, 1 and two leftover units to the first two listed.
        var result = Compute(Policy(6, Fund("d", 25), Reserve(25, "a"), Fund("c", 25), Fund("b", 25)), LedgerOf());
        Assert.Equal([2m, 2m, 1m, 1m], result.Funds.Select(f => f.Amount));
    }

    [Fact]
    public void MemberTies_GoToTheSmallerIdInOrdinalOrder()
    {
        // 10 units among three equal weights: 3 each and one leftover for the ordinally smallest id: "A10" < "A9" < "a1".
        var result = Compute(SinglePool(10), LedgerOf(Member("a1", 5), Member("A9", 5), Member("A10", 5)));
        Assert.Equal([3m, 3m, 4m], Amounts(result, "p"));
    }

    [Theory]
    [InlineData("A1", "A2", "A3", "A4", "A5")]
    [InlineData("A5", "A4", "A3", "A2", "A1")]
    [InlineData("A3", "A1", "A5", "A2", "A4")]
    public void MemberTies_GoToTheSmallerIds_WhetherTheListIsSortedOrNot(params string[] ids)
    {
        // 7 units among five equal weights: 1 each and two leftovers for A1 and A2, wherever they are listed. A sorted
        // list gives the leftovers to the first tied without comparing ids; the others compare.
        var result = Compute(SinglePool(7), LedgerOf([.. ids.Select(id => Member(id, 5))]));
        Assert.Equal(ids.Select(id => id is "A1" or "A2" ? 2m : 1m), Amounts(result, "p"));
    }

    [Fact]
    public void TwoLevelFunds_SplitTheParentAgain()
    {
        // 1,000: cadangan 30% = 300, anggota 70% = 700; of it jasa_modal 40% = 280 and jasa_usaha 60% = 420.
        var policy = Policy(1_000, Reserve(30), new FundPolicy("anggota", 70) { Funds = [Pool("jasa_modal", 40, "w"), Pool("jasa_usaha", 60, "w")] });
        var result = Compute(policy, LedgerOf(Member("A", 1)));

        Assert.Equal([300m, 700m, 280m, 420m], result.Funds.Select(f => f.Amount));
        Assert.Equal(28m, result.Fund("jasa_modal").PercentOfShu);
        Assert.Equal("anggota", result.Fund("jasa_usaha").ParentCode);
    }

    [Fact]
    public void Eligibility_IneligibleMembersLeaveNumeratorAndDenominator()
    {
        // 900 by weights 1 (anggota), 1 (keluar), 2 (anggota): keluar is out, so 300 and 600; nothing stranded.
        var ledger = LedgerOf(Member("A", 1), Member("B", 1, MemberStatus.Keluar), Member("C", 2));
        var result = Compute(SinglePool(900), ledger);
        Assert.Equal([300m, 0m, 600m], Amounts(result, "p"));
        Assert.False(result.Members[1].Eligible);
    }

    [Fact]
    public void Eligibility_IsSwitchableByPolicy()
    {
        var ledger = LedgerOf(Member("A", 1), Member("B", 1, MemberStatus.Calon), Member("C", 1, MemberStatus.LuarBiasa));
        var result = Compute(SinglePool(900) with { Eligible = [MemberStatus.Anggota, MemberStatus.Calon] }, ledger);
        Assert.Equal([450m, 450m, 0m], Amounts(result, "p"));
    }

    [Fact]
    public void PoolWithoutEligibleWeight_GoesToTheReserveWithAWarning()
    {
        var ledger = LedgerOf(Member("A", 0), Member("B", 5, MemberStatus.Calon));
        var result = Compute(Policy(1_000, Reserve(40), Pool("p", 60, "w")), ledger);

        Assert.Equal(600m, result.Pool("p").Unallocated);
        Assert.Equal(1_000m, result.Reserve.Amount);
        var warning = Assert.Single(result.Warnings, w => w.Code == IssueCodes.NoEligibleWeight);
        Assert.Equal("Pool p: no eligible member has any weight, so its Rp600 goes to the reserve fund cadangan.", warning.Message(Language.English));
    }

    [Fact]
    public void PerUnitPool_IsSplitAmongProfitableUnitsThenByEachUnitsTransactions()
    {
        // SHU 1,000 = sembako 700 + apotek 400 + klinik -100. The pool (100%) splits 700:400:0 -> 636.36, 363.64, 0:
        // floors 636 + 363, the leftover to the larger fraction (apotek): 636 and 364.
        // sembako: X and Y trade 1 each -> 318 and 318. apotek: only Y is eligible -> 364. Z is a candidate.
        var ledger = LedgerOf(
            Member("X", ("transaksi:sembako", 1m), ("transaksi:apotek", 0m)),
            Member("Y", ("transaksi:sembako", 1m), ("transaksi:apotek", 1m)),
            new Member("Z") { Status = MemberStatus.Calon, Amounts = new Dictionary<string, decimal> { ["transaksi:apotek"] = 5 } });
        var policy = new ShuPolicy
        {
            Units = [new BusinessUnit("sembako", 700), new BusinessUnit("apotek", 400), new BusinessUnit("klinik", -100)],
            Funds = [Reserve(0), Pool("jasa_usaha", 100, "transaksi") with { PerUnit = true }],
        };

        var result = Compute(policy, ledger);

        Assert.Equal([318m, 682m, 0m], Amounts(result, "jasa_usaha"));
        Assert.Equal([636m, 364m, 0m], result.Pool("jasa_usaha").Units.Select(u => u.Amount));
        Assert.Contains(result.Warnings, w => w.Code == IssueCodes.IneligibleWithTransactions && w.MemberId == "Z");
    }

    [Fact]
    public void PerUnitPool_UnitWithoutEligibleTradeGoesToTheReserve()
    {
        var ledger = LedgerOf(Member("X", ("transaksi:sembako", 1m), ("transaksi:apotek", 0m)));
        var policy = new ShuPolicy
        {
            Units = [new BusinessUnit("sembako", 600), new BusinessUnit("apotek", 400)],
            Funds = [Reserve(50), Pool("jasa_usaha", 50, "transaksi") with { PerUnit = true }],
        };

        var result = Compute(policy, ledger);

        // Pool 500 splits 300/200; apotek's 200 has no eligible trade.
        Assert.Equal(300m, result.Members[0].Payout.Gross);
        Assert.Equal(200m, result.Pool("jasa_usaha").Unallocated);
        Assert.Equal(700m, result.Reserve.Amount);
        Assert.Contains(result.Warnings, w => w.Code == IssueCodes.NoEligibleWeight && w.Message(Language.English).Contains("(apotek)", StringComparison.Ordinal));
    }

    [Fact]
    public void MonthlyAverage_WeighsMembersWhoJoinedMidYearLess()
    {
        // Both hold 100 at year end, but B only from July: month-end sums 1,200 and 600, so 900 splits 600/300.
        var ledger = LedgerOf(Member("A", ("simpanan_wajib", 100m)), Member("B", ("simpanan_wajib", 100m)));
        var balances = new MonthlyBalancesBuilder(["simpanan_wajib"]);
        for (var month = 1; month <= 12; month++)
        {
            balances.Add("A", month, [100m]);
            if (month >= 7)
            {
                balances.Add("B", month, [100m]);
            }
        }

        var monthly = Compute(Policy(900, Reserve(0), Pool("jasa_modal", 100, "simpanan_wajib") with { Savings = SavingsBasis.MonthlyAverage }), ledger, balances.Build());
        var yearEnd = Compute(Policy(900, Reserve(0), Pool("jasa_modal", 100, "simpanan_wajib")), ledger);

        Assert.Equal([600m, 300m], Amounts(monthly, "jasa_modal"));
        Assert.Equal([1_200m, 600m], monthly.Members.Select(m => m.Weight("jasa_modal")));
        Assert.Equal([450m, 450m], Amounts(yearEnd, "jasa_modal"));
    }

    [Fact]
    public void MinimumPayout_ForfeitsSmallTotalsToTheReserveByDefault()
    {
        // Pool 1,000 by 1:1:98 -> 10, 10, 980. Minimum 50: A and B forfeit 20 to the reserve.
        var ledger = LedgerOf(Member("A", 1), Member("B", 1), Member("C", 98));
        var result = Compute(SinglePool(1_000) with { MinimumPayout = 50 }, ledger);

        Assert.Equal([0m, 0m, 980m], result.Members.Select(m => m.Payout.Gross));
        Assert.Equal([10m, 10m, 0m], result.Members.Select(m => m.Payout.Forfeited));
        Assert.Equal(20m, result.Pool("p").Forfeited);
        Assert.Equal(980m, result.Pool("p").Distributed);
        Assert.Equal(20m, result.Reserve.Forfeited);
        Assert.Equal(20m, result.Totals.Forfeited);
        Assert.Equal(1, result.MembersPaid);
    }

    [Fact]
    public void MinimumPayout_ForfeitsGoToTheNamedFund()
    {
        var ledger = LedgerOf(Member("A", 1), Member("B", 99));
        var policy = Policy(1_000, Reserve(50), Fund("pendidikan", 10), Pool("p", 40, "w")) with { MinimumPayout = 5, MinimumPayoutFund = "pendidikan" };
        var result = Compute(policy, ledger);

        // Pool 400 by 1:99 -> 4 and 396; A's 4 goes to pendidikan (100 + 4).
        Assert.Equal(104m, result.Fund("pendidikan").Amount);
        Assert.Equal(500m, result.Reserve.Amount);
    }

    [Fact]
    public void Tax_IsRateTimesGrossRoundedHalfUpToTheRupiah()
    {
        // Gross 15 and 14 at 10%: 1.5 -> 2 (half up), 1.4 -> 1.
        var result = Compute(SinglePool(29) with { TaxRate = 10 }, LedgerOf(Member("A", 15), Member("B", 14)));
        Assert.Equal([2m, 1m], result.Members.Select(m => m.Payout.Tax));
        Assert.Equal([13m, 13m], result.Members.Select(m => m.Payout.Net));
        Assert.Equal(3m, result.Totals.Tax);
    }

    [Fact]
    public void CashUnit_PaysWholeCashUnitsAndCreditsTheRestToVoluntarySavings()
    {
        var result = Compute(SinglePool(3_397_059) with { CashUnit = 1_000 }, LedgerOf(Member("A", 1)));
        var member = result.Members[0];
        Assert.Equal(3_397_000m, member.Payout.Cash);
        Assert.Equal(59m, member.Payout.ToVoluntarySavings);
        Assert.Equal(59m, result.Totals.ToVoluntarySavings);
    }

    [Fact]
    public void TaxAndCash_Combine_InTheOrderOfTheRules()
    {
        // Gross 3,397,059; tax 10% = 339,705.9 -> 339,706; net 3,057,353; cash 3,057,000; credit 353.
        var result = Compute(SinglePool(3_397_059) with { TaxRate = 10, CashUnit = 1_000 }, LedgerOf(Member("A", 1)));
        var member = result.Members[0];
        Assert.Equal((339_706m, 3_057_353m, 3_057_000m, 353m), (member.Payout.Tax, member.Payout.Net, member.Payout.Cash, member.Payout.ToVoluntarySavings));
    }

    [Fact]
    public void Result_CarriesEveryReconciliationCheck()
    {
        var policy = Policy(1_000, Reserve(30), new FundPolicy("anggota", 70) { Funds = [Pool("a", 50, "w"), Pool("b", 50, "w")] });
        var result = Compute(policy, LedgerOf(Member("A", 1)));
        Assert.Equal(
            ["funds.top", "funds.children:anggota", "pool:a", "pool:b", "members.allocated", "members.forfeited", "members.gross", "members.net", "members.cash", "shu.total"],
            result.Checks.Select(c => c.Code));
    }

    [Fact]
    public void Reconciliation_FlagsASumThatDoesNotAddUp()
    {
        var failed = new ReconciliationCheck("shu.total", "x", "x", 100m, 99m);
        Assert.False(failed.Passed);
        var exception = new ReconciliationException([failed]);
        Assert.Contains("shu.total expected 100 but was 99", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_IsDeterministic()
    {
        var ledger = LedgerOf(Member("A", 1), Member("B", 1), Member("C", 1));
        var first = Compute(SinglePool(100), ledger);
        var second = Compute(SinglePool(100), ledger);
        Assert.Equal(first.Members.Select(m => (m.Id, m.Payout.Gross)), second.Members.Select(m => (m.Id, m.Payout.Gross)));
    }

    [Fact]
    public void LargeLedger_PoolsComputedSideBySide_MatchEachPoolComputedAlone()
    {
        // 60,000 members take the parallel path for two pools; each pool alone takes the sequential one.
        var random = new Random(7);
        var builder = new MemberLedgerBuilder(["a", "b"]);
        for (var i = 0; i < 60_000; i++)
        {
            builder.Add($"M{random.Next():X8}{i}", null, i % 10 == 0 ? MemberStatus.Calon : MemberStatus.Anggota, null, null, [random.Next(0, 50), random.Next(0, 1_000_000) / 100m]);
        }

        var ledger = builder.Build();
        var both = Compute(Policy(987_654_321, Reserve(20), Pool("pa", 30, "a"), Pool("pb", 50, "b")), ledger);
        var onlyA = Compute(Policy(296_296_296, Reserve(0), Pool("pa", 100, "a")), ledger);
        var onlyB = Compute(Policy(493_827_161, Reserve(0), Pool("pb", 100, "b")), ledger);

        // 987,654,321 x 30% = 296,296,296.3 and x 50% = 493,827,160.5: floors leave one unit, which goes to the
        // larger fraction (pb .5 over reserve .2 and pa .3), hence 493,827,161.
        Assert.Equal((296_296_296m, 493_827_161m), (both.Pool("pa").Amount, both.Pool("pb").Amount));
        Assert.Equal(Amounts(onlyA, "pa"), Amounts(both, "pa"));
        Assert.Equal(Amounts(onlyB, "pb"), Amounts(both, "pb"));
    }

    [Fact]
    public void EmptyLedger_SendsEveryPoolToTheReserve()
    {
        var headerOnly = new MemberLedgerBuilder(["w"]).Build();
        var result = Compute(Policy(1_000, Reserve(30), Pool("p", 70, "w")), headerOnly);
        Assert.Equal(1_000m, result.Reserve.Amount);
    }
}
