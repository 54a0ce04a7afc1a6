using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;

namespace Kopdes.Shu.IO.Inputs;

/// <summary>
/// The inputs a treasurer starts from (<c>kopdes-shu templat</c>, and the web page's template): five members, a
/// typical Kopdes policy and a year of monthly balances, made the same every time.
/// </summary>
internal static class Template
{
    /// <summary>The template's policy, members and balances.</summary>
    public static (ShuPolicy Policy, MemberLedger Ledger, IReadOnlyList<InputWriter.BalanceRow> Balances) Create()
    {
        var (policy, synthetic, balances) = SyntheticCooperative.Generate(5, seed: 17, cooperative: "Koperasi Kelurahan Merah Putih (isi nama koperasi)");
        return (policy, Clean(synthetic, policy), balances);
    }

    /// <summary>The template workbook (sheets Anggota, Kebijakan, Unit, Saldo) to a stream, left open.</summary>
    public static void WriteWorkbook(Stream output, CancellationToken cancellationToken = default)
    {
        var (policy, ledger, balances) = Create();
        InputWriter.WriteWorkbook(output, policy, ledger, policy.Year!.Value, balances, cancellationToken);
    }

    // The template runs clean, so that a first warning is about the treasurer's own data: its members who may not
    // share in the SHU (a candidate, an extraordinary member) have no purchases to be warned about.
    private static MemberLedger Clean(MemberLedger ledger, ShuPolicy policy)
    {
        var builder = new MemberLedgerBuilder(ledger.Columns);
        for (var i = 0; i < ledger.Count; i++)
        {
            var member = ledger[i];
            builder.Add(policy.Eligible.Contains(member.Status)
                ? member
                : member with { Amounts = member.Amounts.ToDictionary(a => a.Key, a => ColumnNames.IsTransactions(a.Key) ? 0m : a.Value) });
        }

        return builder.Build();
    }
}
