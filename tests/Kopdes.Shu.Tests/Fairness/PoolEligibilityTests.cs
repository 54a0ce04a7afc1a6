using Kopdes.Shu.Engine;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;

namespace Kopdes.Shu.Tests.Fairness;

/// <summary>Who may share in which pool: anggota luar biasa in jasa usaha, not in jasa modal, as a RAT may decide.</summary>
public sealed class PoolEligibilityTests
{
    // SHU 1,000: reserve 400, jasa modal 300 on savings, jasa usaha 300 on purchases; A1 is a member, L1 an
    // extraordinary member with the same savings and purchases. Jasa modal: A1 alone, 300. Jasa usaha: both, 150 each.
    private static readonly ShuPolicy Policy = new()
    {
        Shu = 1_000m,
        Funds =
        [
            new FundPolicy("cadangan", 40) { Reserve = true },
            new FundPolicy("jasa_modal", 30) { Basis = ["simpanan_wajib"] },
            new FundPolicy("jasa_usaha", 30) { Basis = ["transaksi"], Eligible = [MemberStatus.Anggota, MemberStatus.LuarBiasa] },
        ],
    };

    private static readonly MemberLedger Ledger = MemberLedger.From(
    [
        new Member("A1") { Amounts = new Dictionary<string, decimal> { ["simpanan_wajib"] = 100m, ["transaksi"] = 100m } },
        new Member("L1") { Status = MemberStatus.LuarBiasa, Amounts = new Dictionary<string, decimal> { ["simpanan_wajib"] = 100m, ["transaksi"] = 100m } },
    ]);

    [Fact]
    public void APoolsOwnStatuses_ShareInItAlone()
    {
        var result = ShuCalculator.Calculate(Policy, Ledger).GetResultOrThrow();

        Assert.Equal([300m, 0m], result.Members.Select(m => m.Amount("jasa_modal")));
        Assert.Equal([150m, 150m], result.Members.Select(m => m.Amount("jasa_usaha")));
        Assert.True(result.Members[1].Eligible, "a status that shares in any pool is listed as eligible");
        Assert.Equal([0m, 100m], result.Explain("L1").Pools.Select(p => p.Weight));
        Assert.Equal(150m, result.Explain("L1").Payout.Gross);
    }

    [Fact]
    public void WithoutAPoolsOwnStatuses_ThePolicysApply()
    {
        var result = ShuCalculator.Calculate(Policy with { Funds = [.. Policy.Funds.Select(f => f with { Eligible = null })] }, Ledger).GetResultOrThrow();

        Assert.Equal([600m, 0m], result.Members.Select(m => m.Payout.Gross));
        Assert.False(result.Members[1].Eligible);
    }

    [Fact]
    public void APoolsOwnStatuses_RoundTripThroughTheJson_InEitherLanguage()
    {
        var written = ShuPolicyJson.Write(Policy);
        Assert.Contains("\"eligible\": [", written, StringComparison.Ordinal);
        Assert.Equal(Policy, ShuPolicyJson.Read(written).Policy);

        var indonesian = ShuPolicyJson.Read("""{ "shu": 1000, "dana": [ { "kode": "cadangan", "persen": 40, "cadangan": true }, { "kode": "jasa_modal", "persen": 30, "dasar": ["simpanan_wajib"] }, { "kode": "jasa_usaha", "persen": 30, "dasar": ["transaksi"], "berhak": ["anggota", "luar_biasa"] } ] }""");
        Assert.Empty(indonesian.Issues);
        Assert.Equal(Policy, indonesian.Policy);
    }
}
