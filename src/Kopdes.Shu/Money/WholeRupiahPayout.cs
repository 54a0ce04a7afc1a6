namespace Kopdes.Shu.Money;

/// <summary>
/// A member's <see cref="Payout"/> in whole rupiah, the same numbers without decimal arithmetic, for a result
/// whose figures are all whole rupiah (see <see cref="Results.MemberShare.TryGetWholeRupiah"/>).
/// </summary>
/// <param name="Allocated">The member's amount from all pools.</param>
/// <param name="Forfeited">Lost to the minimum payout rule.</param>
/// <param name="Tax">Tax withheld.</param>
/// <param name="Cash">The net rounded down to the cash unit.</param>
public readonly record struct WholeRupiahPayout(long Allocated, long Forfeited, long Tax, long Cash)
{
    /// <summary>The gross SHU paid: allocated less forfeited.</summary>
    public long Gross => Allocated - Forfeited;

    /// <summary>The net SHU: gross less tax.</summary>
    public long Net => Gross - Tax;

    /// <summary>The rest of the net, credited to voluntary savings.</summary>
    public long ToVoluntarySavings => Net - Cash;
}
