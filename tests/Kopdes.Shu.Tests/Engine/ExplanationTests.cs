using Kopdes.Shu.Engine;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;
using static Kopdes.Shu.Tests.Support.Build;

namespace Kopdes.Shu.Tests.Engine;

/// <summary>The explanation a member reads: their own numbers in the formula, in both languages.</summary>
public sealed class ExplanationTests
{
    // Golden case G7: jasa_usaha 27,000,000 by transactions 1,500,000 of 102,000,000: quota 397,058.8235...
    private static readonly Kopdes.Shu.Results.ShuResult Heri = ShuCalculator.Calculate(
        Policy(90_000_000, Reserve(30), Pool("jasa_modal", 40, "simpanan_wajib"), new FundPolicy("jasa_usaha", 30) { Name = "Jasa Usaha", Basis = ["transaksi"] }) with { CashUnit = 1_000 },
        LedgerOf(
            new Member("A001") { Name = "Heri", Amounts = new Dictionary<string, decimal> { ["simpanan_wajib"] = 6_500_000, ["transaksi"] = 1_500_000 } },
            new Member("LAINNYA") { Amounts = new Dictionary<string, decimal> { ["simpanan_wajib"] = 71_500_000, ["transaksi"] = 100_500_000 } }))
        .GetResultOrThrow();

    [Fact]
    public void Explain_GivesTheQuotaAndTheLeftoverUnit()
    {
        var usaha = Heri.Explain("A001").Pools[1];
        Assert.Equal((1_500_000m, 102_000_000m, 27_000_000m), (usaha.Weight, usaha.TotalWeight, usaha.PoolAmount));
        Assert.Equal(397_058m, usaha.QuotaFloor);
        Assert.Equal(0.823529m, usaha.QuotaFraction);
        Assert.False(usaha.FractionIsExact);
        Assert.True(usaha.ExtraUnit);
        Assert.Equal(397_059m, usaha.Amount);
    }

    [Fact]
    public void Explain_InIndonesian_ReadsAsTheFormula()
    {
        var text = Heri.Explain("A001").ToText(Language.Indonesian);
        Assert.Contains("Anggota A001 (Heri), status anggota: berhak atas SHU.", text, StringComparison.Ordinal);
        Assert.Contains(
            "- Jasa Usaha: bobot 1.500.000 / total bobot 102.000.000 x Rp27.000.000 = Rp397.058 + 0,823529… satuan; dibulatkan ke bawah, ditambah 1 satuan sisa karena pecahannya termasuk yang terbesar: Rp397.059.",
            text,
            StringComparison.Ordinal);
        Assert.Contains("- jasa_modal: bobot 6.500.000 / total bobot 78.000.000 x Rp36.000.000 = Rp3.000.000; tepat: Rp3.000.000.", text, StringComparison.Ordinal);
        Assert.Contains("SHU bersih Rp3.397.059: Rp3.397.000 tunai (kelipatan Rp1.000), Rp59 masuk simpanan sukarela.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_InEnglish_ReadsAsTheFormula()
    {
        var text = Heri.Explain("LAINNYA").ToText(Language.English);
        Assert.Contains(
            "- Jasa Usaha: weight 100,500,000 / total weight 102,000,000 x Rp27,000,000 = Rp26,602,941 + 0.17647… unit; rounded down (the leftover units went to larger fractions): Rp26,602,941.",
            text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_AnIneligibleMember_SaysWhy()
    {
        var result = ShuCalculator.Calculate(SinglePool(10), LedgerOf(Member("A", 1), Member("B", 1, MemberStatus.Keluar))).GetResultOrThrow();
        var text = result.Explain("B").ToText(Language.English);
        Assert.Contains("status keluar: not eligible for SHU, so weighs 0 in every pool.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_PerUnitPool_GivesOneLinePerUnit()
    {
        var policy = new ShuPolicy
        {
            Units = [new BusinessUnit("sembako", 700), new BusinessUnit("apotek", 400)],
            Funds = [Reserve(0), Pool("jasa_usaha", 100, "transaksi") with { PerUnit = true }],
        };
        var ledger = LedgerOf(
            Member("X", ("transaksi:sembako", 1m), ("transaksi:apotek", 0m)),
            Member("Y", ("transaksi:sembako", 1m), ("transaksi:apotek", 1m)));
        var explanation = ShuCalculator.Calculate(policy, ledger).GetResultOrThrow().Explain("Y");
        // SHU 1,100 splits 700/400 by unit; sembako's 700 halves between X and Y, apotek's 400 is Y's alone.
        Assert.Equal([("sembako", 350m), ("apotek", 400m)], explanation.Pools.Select(p => (p.UnitCode!, p.Amount)));
    }

    [Fact]
    public void Explain_UnknownMember_Throws() => Assert.Throws<KeyNotFoundException>(() => Heri.Explain("nobody"));

    [Fact]
    public void TryExplain_AndTryFind_SayWhetherTheMemberIsThere()
    {
        Assert.False(Heri.TryExplain("nobody", out var none));
        Assert.Null(none);
        Assert.True(Heri.TryExplain("A001", out var explanation));
        Assert.Equal("A001", explanation.MemberId);

        Assert.False(Heri.Members.TryFind("a001", out _));
        Assert.True(Heri.Members.TryFind("A001", out var member));
        Assert.Equal(Heri.Members[member.Index].Payout.Cash, member.Payout.Cash);
        Assert.Equal("A001", member.Id);
    }
}
