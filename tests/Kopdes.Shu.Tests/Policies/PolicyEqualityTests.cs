using System.Reflection;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;

namespace Kopdes.Shu.Tests.Policies;

/// <summary>
/// Policies and members are records: equal when they say the same, lists and dictionaries compared item by item, and
/// different when any one setting differs. Every setting is listed here, and the list is checked against the type.
/// </summary>
public sealed class PolicyEqualityTests
{
    private static ShuPolicy Policy() => new()
    {
        Cooperative = "Kopdes Merah Putih Jatimakmur",
        Year = 2025,
        Decision = "RAT 01/2026",
        Kopdes = true,
        Shu = 1_000_000m,
        Units = [new BusinessUnit("toko", 1_000_000m)],
        RoundingUnit = 1m,
        Funds =
        [
            new FundPolicy("cadangan", 30m) { Reserve = true },
            new FundPolicy("anggota", 70m) { Funds = [new FundPolicy("jasa_usaha", 100m) { Basis = ["transaksi"], PerUnit = true }] },
        ],
        Eligible = [MemberStatus.Anggota, MemberStatus.Calon],
        MinimumPayout = 5_000m,
        MinimumPayoutFund = "cadangan",
        TaxRate = 10m,
        CashUnit = 100m,
    };

    private static FundPolicy Fund() => new("jasa_modal", 12.5m)
    {
        Name = "Jasa Modal",
        Reserve = false,
        Village = false,
        Funds = [],
        Basis = ["simpanan_pokok", "simpanan_wajib"],
        Savings = SavingsBasis.YearEnd,
        PerUnit = false,
    };

    private static Member Member() => new("A1")
    {
        Name = "Budi",
        Status = MemberStatus.Anggota,
        Joined = new DateOnly(2025, 7, 1),
        Exited = null,
        Amounts = new Dictionary<string, decimal> { ["simpanan_wajib"] = 120_000m, ["transaksi"] = 500_000m },
    };

    private static readonly Dictionary<string, Func<ShuPolicy, ShuPolicy>> PolicyChanges = new()
    {
        ["Cooperative"] = p => p with { Cooperative = "Kopdes Lain" },
        ["Year"] = p => p with { Year = 2026 },
        ["Accounts"] = p => p with { Accounts = new JournalAccounts { Shu = "3401" } },
        ["Decision"] = p => p with { Decision = "RAT 02/2026" },
        ["Kopdes"] = p => p with { Kopdes = false },
        ["Shu"] = p => p with { Shu = 1_000_001m },
        ["Units"] = p => p with { Units = [new BusinessUnit("toko", 999_999m)] },
        ["RoundingUnit"] = p => p with { RoundingUnit = 100m },
        ["Funds"] = p => p with { Funds = [p.Funds[0], p.Funds[1] with { Funds = [p.Funds[1].Funds[0] with { PerUnit = false }] }] },
        ["Eligible"] = p => p with { Eligible = [MemberStatus.Anggota] },
        ["MinimumPayout"] = p => p with { MinimumPayout = 0m },
        ["MinimumPayoutFund"] = p => p with { MinimumPayoutFund = null },
        ["TaxRate"] = p => p with { TaxRate = 0m },
        ["CashUnit"] = p => p with { CashUnit = null },
    };

    private static readonly Dictionary<string, Func<FundPolicy, FundPolicy>> FundChanges = new()
    {
        ["Code"] = f => f with { Code = "jasa_usaha" },
        ["Percent"] = f => f with { Percent = 12.6m },
        ["Name"] = f => f with { Name = null },
        ["Reserve"] = f => f with { Reserve = true },
        ["Village"] = f => f with { Village = true },
        ["Funds"] = f => f with { Funds = [new FundPolicy("a", 100m)] },
        ["Basis"] = f => f with { Basis = ["simpanan_wajib", "simpanan_pokok"] },
        ["Savings"] = f => f with { Savings = SavingsBasis.MonthlyAverage },
        ["PerUnit"] = f => f with { PerUnit = true },
        ["Total"] = f => f with { Total = 102_000_000m },
        ["NonMemberFund"] = f => f with { NonMemberFund = "pendidikan" },
        ["Eligible"] = f => f with { Eligible = [Kopdes.Shu.Ledger.MemberStatus.Anggota] },
        ["Account"] = f => f with { Account = "3100" },
    };

    private static readonly Dictionary<string, Func<Member, Member>> MemberChanges = new()
    {
        ["Id"] = m => m with { Id = "A2" },
        ["Name"] = m => m with { Name = "Siti" },
        ["Status"] = m => m with { Status = MemberStatus.Calon },
        ["Joined"] = m => m with { Joined = null },
        ["Exited"] = m => m with { Exited = new DateOnly(2025, 12, 1) },
        ["Amounts"] = m => m with { Amounts = new Dictionary<string, decimal> { ["simpanan_wajib"] = 120_000m, ["transaksi"] = 500_001m } },
    };

    [Fact]
    public void APolicy_BuiltTwice_IsEqual_WithTheSameHash() => AssertEqual(Policy(), Policy());

    [Fact]
    public void AFund_BuiltTwice_IsEqual_WithTheSameHash() => AssertEqual(Fund(), Fund());

    [Fact]
    public void AMember_BuiltTwice_IsEqual_WithTheSameHash() => AssertEqual(Member(), Member());

    [Fact]
    public void AmountsWrittenWithMoreDecimals_AreTheSameNumbers()
    {
        AssertEqual(Policy(), Policy() with { RoundingUnit = 1.00m, Shu = 1_000_000.0m });
        AssertEqual(Fund(), Fund() with { Percent = 12.50m });
        AssertEqual(Member(), Member() with { Amounts = new Dictionary<string, decimal> { ["transaksi"] = 500_000.00m, ["simpanan_wajib"] = 120_000m } });
    }

    [Fact]
    public void APolicy_DiffersFromOneWithAnySettingChanged() => AssertEverySettingCounts(Policy(), PolicyChanges);

    [Fact]
    public void AFund_DiffersFromOneWithAnySettingChanged() => AssertEverySettingCounts(Fund(), FundChanges);

    [Fact]
    public void AMember_DiffersFromOneWithAnySettingChanged() => AssertEverySettingCounts(Member(), MemberChanges);

    [Fact]
    public void AMember_WithAnExtraColumn_IsNotEqual()
    {
        var more = Member() with { Amounts = new Dictionary<string, decimal>(Member().Amounts) { ["simpanan_pokok"] = 0m } };

        Assert.NotEqual(Member(), more);
        Assert.NotEqual(more, Member());
    }

    private static void AssertEqual<T>(T a, T b)
        where T : class
    {
        Assert.Equal(a, b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    // Every settable property of the type has a change listed, and each change makes the value unequal.
    private static void AssertEverySettingCounts<T>(T value, Dictionary<string, Func<T, T>> changes)
        where T : class
    {
        var settable = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => p.Name)
            .Order(StringComparer.Ordinal);
        Assert.Equal(settable, changes.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, change) in changes)
        {
            var changed = change(value);
            Assert.False(value.Equals(changed), $"{typeof(T).Name}.{name} changed, yet equal");
            Assert.False(changed.Equals(value), $"{typeof(T).Name}.{name} changed, yet equal (the other way)");
        }
    }
}
