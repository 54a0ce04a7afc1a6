using Kopdes.Shu.Policies;

namespace Kopdes.Shu.Results;

/// <summary>One line of the distribution's journal: an account, debit or credit, and what it is for.</summary>
public sealed class JournalLine
{
    internal JournalLine(string account, string accountName, decimal debit, decimal credit, string description) =>
        (Account, AccountName, Debit, Credit, Description) = (account, accountName, debit, credit, description);

    /// <summary>The account code, from the policy (<see cref="FundPolicy.Account"/>, <see cref="JournalAccounts"/>).</summary>
    public string Account { get; }

    /// <summary>The account's name.</summary>
    public string AccountName { get; }

    /// <summary>The debit, or 0.</summary>
    public decimal Debit { get; }

    /// <summary>The credit, or 0.</summary>
    public decimal Credit { get; }

    /// <summary>What the line records, in Indonesian.</summary>
    public string Description { get; }
}

/// <summary>
/// The journal the accountant posts after the RAT, as Indonesian cooperatives keep their books: debit the current
/// year's SHU; credit each fund (the reserve with its dust, forfeits and the non-members' parts), the members' SHU
/// payable for the cash, voluntary savings for what is credited there, tax payable for the tax withheld, and the
/// capital partners' SHU payable for what the partners are owed.
/// Debits equal credits to the rupiah (<see cref="Of"/> refuses a journal that does not balance); a loss year has none.
/// </summary>
public static class ShuJournal
{
    /// <summary>The journal of <paramref name="result"/>, in the policy's accounts.</summary>
    public static IReadOnlyList<JournalLine> Of(ShuResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Shu <= 0)
        {
            return [];
        }

        var policy = result.Policy;
        var accounts = policy.Accounts;
        var year = policy.Year is { } y ? " " + y.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        var lines = new List<JournalLine> { new(accounts.Shu, "SHU Tahun Berjalan", result.Shu, 0m, $"Pembagian SHU{year} menurut keputusan RAT") };
        var funds = policy.AllFunds().ToDictionary(f => f.Code, StringComparer.Ordinal);
        foreach (var fund in result.Funds.Where(f => !f.IsPool && !f.IsParent && f.Amount != 0))
        {
            lines.Add(new(funds[fund.Code].Account ?? fund.Code, fund.Name, 0m, fund.Amount, $"{fund.Name}{year}"));
        }

        var totals = result.Totals;
        var partners = result.PartnerTotals;
        AddCredit(lines, accounts.MemberPayable, "Utang SHU Anggota", totals.Cash, "SHU anggota yang dibayar tunai");
        AddCredit(lines, accounts.VoluntarySavings, "Simpanan Sukarela", totals.ToVoluntarySavings, "SHU anggota yang masuk simpanan sukarela");
        AddCredit(lines, accounts.TaxPayable, "Utang Pajak", totals.Tax + partners.Tax, partners.Tax == 0 ? "Pajak atas SHU anggota yang dipotong" : "Pajak atas SHU anggota dan penyerta modal yang dipotong");
        AddCredit(lines, accounts.PartnerPayable, "Utang SHU Penyerta Modal", partners.Net, "Bagian penyerta modal atas SHU");

        var debits = lines.Sum(l => l.Debit);
        var credits = lines.Sum(l => l.Credit);
        if (debits != credits)
        {
            throw new InvalidOperationException($"The journal does not balance: debit {debits}, credit {credits}.");
        }

        return lines;
    }

    private static void AddCredit(List<JournalLine> lines, string account, string name, decimal amount, string description)
    {
        if (amount != 0)
        {
            lines.Add(new(account, name, 0m, amount, description));
        }
    }
}
