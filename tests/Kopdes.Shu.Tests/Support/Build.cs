using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;

namespace Kopdes.Shu.Tests.Support;

/// <summary>Small builders so each test shows only what it is about.</summary>
internal static class Build
{
    public static FundPolicy Reserve(decimal percent, string code = "cadangan") => new(code, percent) { Reserve = true };

    public static FundPolicy Pool(string code, decimal percent, params string[] basis) => new(code, percent) { Basis = basis };

    public static FundPolicy Fund(string code, decimal percent) => new(code, percent);

    public static ShuPolicy Policy(decimal shu, params FundPolicy[] funds) => new() { Shu = shu, Funds = funds };

    /// <summary>A policy with a 0% reserve and one pool taking the whole SHU by column <c>w</c>: members get exactly the apportionment.</summary>
    public static ShuPolicy SinglePool(decimal shu) => Policy(shu, Reserve(0), Pool("p", 100, "w"));

    public static Member Member(string id, decimal w = 0, MemberStatus status = MemberStatus.Anggota) => new(id)
    {
        Status = status,
        Amounts = new Dictionary<string, decimal> { ["w"] = w },
    };

    public static Member Member(string id, params (string Column, decimal Amount)[] amounts) => new(id)
    {
        Amounts = amounts.ToDictionary(a => a.Column, a => a.Amount),
    };

    public static MemberLedger LedgerOf(params Member[] members) => MemberLedger.From(members);
}
