using System.Text.Json;
using Kopdes.Shu.Engine;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;

namespace Kopdes.Shu.Tests.Golden;

/// <summary>
/// The published worked examples of shared/golden/public-examples.json (copied here), read through the
/// policy JSON reader as a treasurer's file would be. Expected figures are the file's, not the engine's.
/// </summary>
public sealed class GoldenExampleTests
{
    private static readonly JsonDocument Examples = JsonDocument.Parse(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "public-examples.json")));

    public static TheoryData<string> CaseNames()
    {
        var names = new TheoryData<string>();
        foreach (var item in Examples.RootElement.GetProperty("cases").EnumerateArray())
        {
            names.Add(item.GetProperty("name").GetString()!);
        }

        return names;
    }

    [Fact]
    public void Examples_AreAllThere()
    {
        Assert.Equal(7, CaseNames().Count);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void PublishedExample_GivesTheExpectedMemberAmounts(string name)
    {
        var (item, result) = Compute(name);
        foreach (var expected in item.GetProperty("expected").EnumerateObject())
        {
            Assert.True(result.Members.TryFind(expected.Name, out var member), $"{name}: no member {expected.Name}");
            foreach (var amount in expected.Value.EnumerateObject())
            {
                var actual = amount.Name == "shu" ? member.Payout.Gross : member.Amount(amount.Name);
                Assert.True(amount.Value.GetDecimal() == actual, $"{name} {expected.Name} {amount.Name}: expected {amount.Value} but was {actual}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void PublishedExample_GivesTheExpectedFunds(string name)
    {
        var (item, result) = Compute(name);
        foreach (var fund in item.GetProperty("funds").EnumerateObject())
        {
            Assert.True(fund.Value.GetDecimal() == result.Fund(fund.Name).Amount, $"{name} fund {fund.Name}");
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void PublishedExample_Reconciles(string name)
    {
        var (_, result) = Compute(name);
        Assert.All(result.Checks, check => Assert.True(check.Passed, check.Code));
        foreach (var pool in result.Pools)
        {
            Assert.Equal(pool.Amount, result.Members.Sum(m => m.Amount(pool.Index)));
        }
    }

    private static (JsonElement Item, Results.ShuResult Result) Compute(string name)
    {
        var item = Examples.RootElement.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
        var read = ShuPolicyJson.Read(item.GetProperty("policy").GetRawText());
        Assert.Empty(read.Issues);
        var members = item.GetProperty("members").EnumerateArray().Select(m =>
        {
            var amounts = m.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.Number)
                .ToDictionary(p => p.Name, p => p.Value.GetDecimal());
            Assert.True(MemberStatuses.TryParse(m.GetProperty("status").GetString(), out var status));
            return new Member(m.GetProperty("no_anggota").GetString()!)
            {
                Name = m.GetProperty("nama").GetString(),
                Status = status,
                Amounts = amounts,
            };
        });
        var outcome = ShuCalculator.Calculate(read.Policy!, MemberLedger.From(members));
        return (item, outcome.GetResultOrThrow());
    }
}
