using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kopdes.Shu.Analysis;
using Kopdes.Shu.Engine;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;
using Kopdes.Shu.Results;
using Kopdes.Shu.Validation;

namespace Kopdes.Shu.Tests.Fairness;

/// <summary>
/// Capital partners (<i>modal penyertaan</i>, UU 25/1992 art. 42): a village government or an investor with capital in
/// the cooperative. They share only in a pool of their own, weighted by their capital, and are not members: never in
/// the members' list, totals, counts or statistics.
/// </summary>
public sealed class CapitalPartnerTests
{
    // SHU Rp10,000,000: reserve 40%, jasa modal 20% on savings, jasa usaha 25% on purchases, and 15% to the partners
    // on their capital. Two members, two partners (the village government with Rp30,000,000, an investor with Rp10,000,000).
    //   jasa modal 2,000,000 over savings 1,000,000 + 3,000,000:      A1   500,000   A2 1,500,000
    //   jasa usaha 2,500,000 over purchases 3,000,000 + 1,000,000:    A1 1,875,000   A2   625,000
    //   penyertaan 1,500,000 over capital 30,000,000 + 10,000,000:    P1 1,125,000   P2   375,000
    // Members' gross 4,500,000; the partners' 1,500,000; the reserve 4,000,000.
    private static ShuPolicy Policy(IReadOnlyList<MemberStatus>? partnerPool = null) => new()
    {
        Shu = 10_000_000m,
        Funds =
        [
            new FundPolicy("cadangan", 40) { Reserve = true },
            new FundPolicy("jasa_modal", 20) { Basis = ["simpanan_pokok"] },
            new FundPolicy("jasa_usaha", 25) { Basis = ["transaksi"] },
            new FundPolicy("penyertaan", 15) { Basis = ["modal_penyertaan"], Eligible = partnerPool ?? [MemberStatus.Penyerta] },
        ],
    };

    private static MemberLedger Ledger() => MemberLedger.From(
    [
        Row("A1", MemberStatus.Anggota, 1_000_000m, 3_000_000m, 0m),
        Row("P1", MemberStatus.Penyerta, 0m, 0m, 30_000_000m),
        Row("A2", MemberStatus.Anggota, 3_000_000m, 1_000_000m, 0m),
        Row("P2", MemberStatus.Penyerta, 0m, 0m, 10_000_000m),
    ]);

    private static Member Row(string id, MemberStatus status, decimal savings, decimal purchases, decimal capital) => new(id)
    {
        Status = status,
        Amounts = new Dictionary<string, decimal> { ["simpanan_pokok"] = savings, ["transaksi"] = purchases, ["modal_penyertaan"] = capital },
    };

    [Fact]
    public void TheWorkedExample_PaysPartnersOnTheirCapital_AndKeepsThemOutOfTheMembers()
    {
        var result = ShuCalculator.Calculate(Policy(), Ledger()).GetResultOrThrow();

        Assert.Equal(["A1", "A2"], result.Members.Select(m => m.Id));
        Assert.Equal(["P1", "P2"], result.Partners.Select(m => m.Id));
        Assert.Equal([2_375_000m, 2_125_000m], result.Members.Select(m => m.Payout.Gross));
        Assert.Equal([1_125_000m, 375_000m], result.Partners.Select(m => m.Payout.Gross));
        Assert.Equal([0m, 0m], result.Partners.Select(m => m.Amount("jasa_modal") + m.Amount("jasa_usaha")));
        Assert.Equal([0m, 0m], result.Members.Select(m => m.Amount("penyertaan")));

        // Members' figures count members only; the partners have their own.
        Assert.Equal(4_500_000m, result.Totals.Gross);
        Assert.Equal(2, result.MembersPaid);
        Assert.Equal(1_500_000m, result.PartnerTotals.Gross);
        Assert.Equal(4_000_000m, result.Reserve.Amount);
        Assert.Equal((2, 4_500_000m), (PayoutDistribution.Of(result).Count, PayoutDistribution.Of(result).Total));

        // Found in their own list only; explained like anyone.
        Assert.False(result.Members.TryFind("P1", out _));
        Assert.True(result.Partners.TryFind("P1", out var village));
        Assert.Equal(1_125_000m, village.Payout.Gross);
        Assert.False(result.Partners.TryFind("A1", out _));
        Assert.Equal(1_125_000m, result.Explain("P1").Payout.Gross);
        Assert.Equal(MemberStatus.Penyerta, result.Explain("P1").Status);
    }

    [Fact]
    public void TheJournal_CreditsWhatThePartnersAreOwed_ToTheirOwnAccount()
    {
        var policy = Policy() with { Accounts = new JournalAccounts { PartnerPayable = "2-160" } };

        var journal = ShuJournal.Of(ShuCalculator.Calculate(policy, Ledger()).GetResultOrThrow());

        Assert.Equal(1_500_000m, journal.Single(l => l.Account == "2-160").Credit);
        Assert.Equal(4_500_000m, journal.Single(l => l.Account == "2140").Credit);
        Assert.Equal(journal.Sum(l => l.Debit), journal.Sum(l => l.Credit));
    }

    [Fact]
    public void ALedgerWithoutPartners_HasAnEmptyPartnersList_AndTheMembersAreEveryRow()
    {
        var ledger = MemberLedger.From([Row("A1", MemberStatus.Anggota, 1m, 1m, 0m), Row("A2", MemberStatus.Calon, 1m, 1m, 0m)]);

        var result = ShuCalculator.Calculate(Policy(), ledger).GetResultOrThrow();

        Assert.Empty(result.Partners);
        Assert.Equal(0m, result.PartnerTotals.Gross);
        Assert.Equal(["A1", "A2"], result.Members.Select(m => m.Id));
        Assert.Equal([0, 1], result.Members.Select(m => m.Index));
    }

    [Fact]
    public void APartnerWhoBuys_IsNoMemberTradingWithoutTheRight_InTheWarningsOrTheAudit()
    {
        var ledger = MemberLedger.From([Row("A1", MemberStatus.Anggota, 1m, 1m, 0m), Row("P1", MemberStatus.Penyerta, 0m, 5_000m, 1_000m)]);

        var result = ShuCalculator.Calculate(Policy(), ledger).GetResultOrThrow();

        Assert.DoesNotContain(result.Warnings, w => w.Code == IssueCodes.IneligibleWithTransactions);
        Assert.DoesNotContain(CooperativeAudit.Run(result.Policy, ledger, result), f => f.Code == AuditCodes.IneligibleWithTransactions);
    }

    [Fact]
    public void AStatusEligibleInOnePool_IsNotFlaggedAsTradingWithoutTheRight()
    {
        // Anggota luar biasa share in jasa usaha only: their purchases earn SHU, so the audit has nothing to ask.
        var policy = Policy() with
        {
            Funds = [new FundPolicy("cadangan", 40) { Reserve = true }, new FundPolicy("jasa_usaha", 60) { Basis = ["transaksi"], Eligible = [MemberStatus.Anggota, MemberStatus.LuarBiasa] }],
        };
        var ledger = MemberLedger.From([Row("A1", MemberStatus.Anggota, 1m, 1m, 0m), Row("L1", MemberStatus.LuarBiasa, 0m, 5_000m, 0m), Row("C1", MemberStatus.Calon, 0m, 5_000m, 0m)]);

        var flags = CooperativeAudit.Run(policy, ledger, ShuCalculator.Calculate(policy, ledger).GetResultOrThrow());

        Assert.Equal([2], flags.Single(f => f.Code == AuditCodes.IneligibleWithTransactions).Members);
    }

    [Theory]
    [InlineData("penyerta")]
    [InlineData("Penyerta Modal")]
    [InlineData("partner")]
    [InlineData("capital_partner")]
    public void ThePartnersStatus_IsReadInIndonesianAndEnglish(string text)
    {
        Assert.True(MemberStatuses.TryParse(text, out var status));
        Assert.Equal(MemberStatus.Penyerta, status);
        Assert.Equal("penyerta", status.ToCode());
    }

    [Fact]
    public void PartnersInThePolicysEligibleList_AreRefused()
    {
        var outcome = ShuCalculator.Calculate(Policy() with { Eligible = [MemberStatus.Anggota, MemberStatus.Penyerta] }, Ledger());

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(IssueCodes.PartnersAmongMembers, error.Code);
        Assert.Contains("penyerta", error.Message(Language.Indonesian), StringComparison.Ordinal);
    }

    [Fact]
    public void APoolSharedByPartnersAndMembers_IsRefused_AndNamed()
    {
        var outcome = ShuCalculator.Calculate(Policy([MemberStatus.Anggota, MemberStatus.Penyerta]), Ledger());

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(IssueCodes.PartnersAmongMembers, error.Code);
        Assert.Contains("penyertaan", error.Message(Language.English), StringComparison.Ordinal);
    }

    // Any ledger, any rows marked partners: the two lists split the ledger in its order; members' totals are the
    // members' payouts and the partners' theirs; together with the funds they are the whole SHU; nobody is paid
    // from a pool they are not eligible for.
    [Property(MaxTest = 150)]
    public Property MembersAndPartners_SplitTheLedger_AndEveryRupiahIsCounted()
    {
        var row = from kind in Gen.Choose(0, 3)
                  from savings in Gen.Choose(0, 5_000_000)
                  from purchases in Gen.Choose(0, 5_000_000)
                  from capital in Gen.Choose(0, 50_000_000)
                  select (Kind: kind, Savings: savings, Purchases: purchases, Capital: capital);
        return Prop.ForAll(Gen.Choose(1, 40).SelectMany(n => row.ArrayOf(n)).ToArbitrary(), rows =>
        {
            var ledger = MemberLedger.From(rows.Select((r, i) => Row(
                $"R{i}", r.Kind == 0 ? MemberStatus.Penyerta : r.Kind == 1 ? MemberStatus.Calon : MemberStatus.Anggota, r.Savings, r.Purchases, r.Capital)));
            var result = ShuCalculator.Calculate(Policy() with { Shu = 9_876_543m }, ledger).GetResultOrThrow();

            var members = result.Members.Select(m => m.Index).ToArray();
            var partners = result.Partners.Select(m => m.Index).ToArray();
            var split = members.Concat(partners).Order().SequenceEqual(Enumerable.Range(0, ledger.Count))
                && members.SequenceEqual(members.Order()) && partners.SequenceEqual(partners.Order())
                && result.Partners.All(p => p.Status == MemberStatus.Penyerta) && result.Members.All(m => m.Status != MemberStatus.Penyerta);
            var totals = result.Totals.Gross == result.Members.Sum(m => m.Payout.Gross)
                && result.PartnerTotals.Gross == result.Partners.Sum(m => m.Payout.Gross)
                && result.MembersPaid == result.Members.Count(m => m.Payout.Gross > 0);
            var whole = result.Funds.Where(f => !f.IsPool && !f.IsParent).Sum(f => f.Amount) + result.Totals.Gross + result.PartnerTotals.Gross == result.Shu;
            var ownPools = result.Partners.All(p => p.Amount("jasa_modal") == 0 && p.Amount("jasa_usaha") == 0)
                && result.Members.All(m => m.Amount("penyertaan") == 0);
            return (split && totals && whole && ownPools).Label($"split {split}, totals {totals}, whole {whole}, own pools {ownPools}");
        });
    }
}
