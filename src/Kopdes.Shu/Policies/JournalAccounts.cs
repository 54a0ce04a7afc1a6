namespace Kopdes.Shu.Policies;

/// <summary>
/// The accounts of the distribution's journal besides the funds' own (<see cref="FundPolicy.Account"/>): codes of the
/// cooperative's chart of accounts. The defaults follow a common cooperative chart; set the cooperative's own.
/// </summary>
/// <param name="Shu">The current year's SHU (<i>SHU tahun berjalan</i>), debited with the whole SHU.</param>
/// <param name="MemberPayable">The members' SHU payable (<i>utang SHU anggota</i>), credited with the cash to pay.</param>
/// <param name="VoluntarySavings">Voluntary savings (<i>simpanan sukarela</i>), credited with what is not paid in cash.</param>
/// <param name="TaxPayable">Tax payable (<i>utang pajak</i>), credited with the tax withheld.</param>
public sealed record JournalAccounts(string Shu = "3400", string MemberPayable = "2140", string VoluntarySavings = "2130", string TaxPayable = "2150")
{
    /// <summary>The common cooperative chart's codes.</summary>
    public static JournalAccounts Default { get; } = new();
}
