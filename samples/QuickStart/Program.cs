// Kopdes.Shu in a few lines: a policy (the RAT decision), a ledger, one call, a reconciled result.
using Kopdes.Shu;
using Kopdes.Shu.Engine;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;
using Kopdes.Shu.Results;

var policy = new ShuPolicy
{
    Cooperative = "Koperasi Kelurahan Merah Putih Contoh",
    Shu = 10_000_000m,
    CashUnit = 1_000m,
    Funds =
    [
        new FundPolicy("cadangan", 30) { Name = "Dana Cadangan", Reserve = true },
        new FundPolicy("desa", 20) { Name = "Dana Desa", Village = true },
        new FundPolicy("anggota", 50) { Name = "Bagian Anggota", Funds = [
            new FundPolicy("jasa_modal", 40) { Name = "Jasa Modal", Basis = ["simpanan_pokok", "simpanan_wajib"] },
            new FundPolicy("jasa_usaha", 60) { Name = "Jasa Usaha", Basis = ["transaksi"] } ] },
    ],
};

var ledger = MemberLedger.From(
[
    Member("A001", "Budi", 100_000, 1_200_000, 8_500_000),
    Member("A002", "Siti", 100_000, 1_200_000, 12_250_000),
    Member("A003", "Wayan", 100_000, 600_000, 3_100_000),
    Member("A004", "Rina", 100_000, 300_000, 0) with { Status = MemberStatus.Calon },
]);

var result = ShuCalculator.Calculate(policy, ledger).GetResultOrThrow();

foreach (var fund in result.Funds)
{
    Console.WriteLine($"{new string(' ', fund.Depth * 2)}{fund.Name,-16} {fund.Amount,14:N0}");
}

Console.WriteLine();
foreach (var member in result.Members)
{
    Console.WriteLine($"{member.Id} {member.Name,-6} modal {member.Amount("jasa_modal"),10:N0}  usaha {member.Amount("jasa_usaha"),10:N0}  tunai {member.Payout.Cash,10:N0}  ke sukarela {member.Payout.ToVoluntarySavings,4:N0}");
}

Console.WriteLine();
Console.WriteLine($"Checks passed: {result.Checks.Count(c => c.Passed)}/{result.Checks.Count}");
Console.WriteLine();
Console.Write(result.Explain("A001").ToText(Language.Indonesian));

// A host computing many cooperatives at once bounds the threads of each calculation; the result is the same.
var oneThread = new ShuCalculatorOptions { MaxDegreeOfParallelism = 1 };
ShuOutcome outcome = ShuCalculator.Calculate(policy, ledger, balances: null, oneThread);
Console.WriteLine($"On one thread, the same cash paid: {outcome.Result!.Totals.Cash == result.Totals.Cash}");

static Member Member(string id, string name, decimal pokok, decimal wajib, decimal transaksi) => new(id)
{
    Name = name,
    Amounts = new Dictionary<string, decimal>
    {
        ["simpanan_pokok"] = pokok,
        ["simpanan_wajib"] = wajib,
        ["transaksi"] = transaksi,
    },
};
