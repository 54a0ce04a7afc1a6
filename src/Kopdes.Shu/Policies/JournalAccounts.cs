namespace Kopdes.Shu.Policies;

/// <summary>
/// The accounts of the distribution's journal besides the funds' own (<see cref="FundPolicy.Account"/>): codes of the
/// cooperative's chart of accounts. The defaults follow a common cooperative chart; set the cooperative's own.
/// </summary>
public sealed class JournalAccounts
{
    /// <summary>The current year's SHU (<i>SHU tahun berjalan</i>), debited with the whole SHU. Default 3400.</summary>
    public string Shu { get; init; } = "3400";

    /// <summary>The members' SHU payable (<i>utang SHU anggota</i>), credited with the cash to pay. Default 2140.</summary>
    public string MemberPayable { get; init; } = "2140";

    /// <summary>Voluntary savings (<i>simpanan sukarela</i>), credited with what is not paid in cash. Default 2130.</summary>
    public string VoluntarySavings { get; init; } = "2130";

    /// <summary>Tax payable (<i>utang pajak</i>), credited with the tax withheld. Default 2150.</summary>
    public string TaxPayable { get; init; } = "2150";

    /// <summary>
    /// The capital partners' SHU payable (<i>utang SHU penyerta modal</i>), credited with what the partners are owed,
    /// all of it: a partner has no voluntary savings to take a remainder. Default 2160.
    /// </summary>
    public string PartnerPayable { get; init; } = "2160";

    /// <summary>True when every code is the default one.</summary>
    internal bool IsDefault => SameAs(new JournalAccounts());

    /// <summary>True when every code is the same (a policy's equality goes through its accounts).</summary>
    internal bool SameAs(JournalAccounts other) =>
        Shu == other.Shu && MemberPayable == other.MemberPayable && VoluntarySavings == other.VoluntarySavings && TaxPayable == other.TaxPayable && PartnerPayable == other.PartnerPayable;

    /// <summary>These codes with the ones given changed: how the policy readers set them one at a time.</summary>
    internal JournalAccounts With(string? shu = null, string? memberPayable = null, string? voluntarySavings = null, string? taxPayable = null, string? partnerPayable = null) => new()
    {
        Shu = shu ?? Shu,
        MemberPayable = memberPayable ?? MemberPayable,
        VoluntarySavings = voluntarySavings ?? VoluntarySavings,
        TaxPayable = taxPayable ?? TaxPayable,
        PartnerPayable = partnerPayable ?? PartnerPayable,
    };
}
