using System.Globalization;
using Kopdes.Shu.Money;
using Kopdes.Shu.Results;

namespace Kopdes.Shu.Analysis;

/// <summary>
/// A cooperative's result of the year before, as the cooperatives office keeps it: each member's gross SHU and
/// savings (the weight of the savings pools), the SHU and the reserve.
/// </summary>
public sealed class LastYearResult
{
    /// <summary>Creates last year's result.</summary>
    /// <param name="memberShu">Each member's gross SHU, by member id.</param>
    /// <param name="memberSavings">Each member's savings (the weight of the pools on savings), by member id.</param>
    /// <param name="shu">The SHU distributed.</param>
    /// <param name="reserve">The reserve fund's amount.</param>
    public LastYearResult(IReadOnlyDictionary<string, decimal> memberShu, IReadOnlyDictionary<string, decimal> memberSavings, decimal shu, decimal reserve)
    {
        ArgumentNullException.ThrowIfNull(memberShu);
        ArgumentNullException.ThrowIfNull(memberSavings);
        (MemberShu, MemberSavings, Shu, Reserve) = (memberShu, memberSavings, shu, reserve);
    }

    /// <summary>Each member's gross SHU, by member id.</summary>
    internal IReadOnlyDictionary<string, decimal> MemberShu { get; }

    /// <summary>Each member's savings, by member id.</summary>
    internal IReadOnlyDictionary<string, decimal> MemberSavings { get; }

    /// <summary>The SHU distributed.</summary>
    internal decimal Shu { get; }

    /// <summary>The reserve fund's amount.</summary>
    internal decimal Reserve { get; }
}

/// <summary>
/// Where leakage shows from one year to the next. Each flag names the figures behind it. The rules (docs/audit.md):
/// <list type="bullet">
/// <item><see cref="AuditCodes.ShuRoseFarAboveCooperative"/>: a member's gross SHU grew more than
/// 3 times as much as the members' total did, and by at least this year's median payout.</item>
/// <item><see cref="AuditCodes.NewMemberLargePayout"/>: a member not in last year's list is paid at least
/// 3 times this year's median payout.</item>
/// <item><see cref="AuditCodes.VanishedWithSavings"/>: a member with savings last year is not in this year's list at all
/// (a member who leaves stays in the list with status <c>keluar</c> until the savings are paid back).</item>
/// <item><see cref="AuditCodes.TotalsMovedAgainstLastYear"/>: the SHU grew while the reserve shrank.</item>
/// </list>
/// </summary>
public static class YearOverYear
{
    /// <summary>How many times the cooperative's own growth a member's SHU may grow before it is flagged.</summary>
    internal const decimal RiseFactor = 3m;

    /// <summary>How many times the median payout a new member may receive before it is flagged.</summary>
    internal const decimal NewMemberFactor = 3m;

    /// <summary>The flags of this year's result against last year's.</summary>
    public static IReadOnlyList<AuditFlag> Run(ShuResult current, LastYearResult last)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(last);
        var flags = new List<AuditFlag>();
        var paid = current.Members.Where(m => m.Payout.Gross > 0).Select(m => m.Payout.Gross).Order().ToArray();
        var median = paid.Length == 0 ? 0m : paid.Length % 2 == 1 ? paid[paid.Length / 2] : (paid[(paid.Length / 2) - 1] + paid[paid.Length / 2]) / 2m;
        var lastTotal = last.MemberShu.Values.Sum();
        var growth = lastTotal > 0 ? current.Totals.Gross / lastTotal : 0m;
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in current.Members)
        {
            present.Add(member.Id);
            var now = member.Payout.Gross;
            if (now <= 0 || median <= 0)
            {
                continue;
            }

            if (!last.MemberShu.TryGetValue(member.Id, out var then))
            {
                if (now >= NewMemberFactor * median)
                {
                    flags.Add(new AuditFlag(
                        AuditCodes.NewMemberLargePayout,
                        $"Anggota {member.Id} tidak ada di daftar tahun lalu tetapi menerima SHU {Rp(now, Language.Indonesian)}, {Times(now / median, Language.Indonesian)} median tahun ini ({Rp(median, Language.Indonesian)}).",
                        $"Member {member.Id} was not in last year's list but receives SHU {Rp(now, Language.English)}, {Times(now / median, Language.English)} this year's median ({Rp(median, Language.English)}).",
                        [member.Index]));
                }
            }
            else if (then > 0 && growth > 0 && now / then > RiseFactor * growth && now - then >= median)
            {
                flags.Add(new AuditFlag(
                    AuditCodes.ShuRoseFarAboveCooperative,
                    $"SHU anggota {member.Id} naik dari {Rp(then, Language.Indonesian)} ke {Rp(now, Language.Indonesian)} ({Times(now / then, Language.Indonesian)}), sedangkan SHU seluruh anggota {Times(growth, Language.Indonesian)}.",
                    $"Member {member.Id}'s SHU rose from {Rp(then, Language.English)} to {Rp(now, Language.English)} ({Times(now / then, Language.English)}) while all members' SHU went {Times(growth, Language.English)}.",
                    [member.Index]));
            }
        }

        foreach (var (id, savings) in last.MemberSavings.Where(s => s.Value > 0 && !present.Contains(s.Key)).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            flags.Add(new AuditFlag(
                AuditCodes.VanishedWithSavings,
                $"Anggota {id} bersimpanan {Rp(savings, Language.Indonesian)} tahun lalu tetapi tidak ada di daftar tahun ini, juga tidak sebagai anggota keluar.",
                $"Member {id} held savings of {Rp(savings, Language.English)} last year but is not in this year's list, not even as having left.",
                []));
        }

        var reserve = current.Funds.FirstOrDefault(f => f.IsReserve)?.Amount ?? 0m;
        if (current.Shu > last.Shu && reserve < last.Reserve)
        {
            flags.Add(new AuditFlag(
                AuditCodes.TotalsMovedAgainstLastYear,
                $"SHU naik dari {Rp(last.Shu, Language.Indonesian)} ke {Rp(current.Shu, Language.Indonesian)}, tetapi dana cadangan turun dari {Rp(last.Reserve, Language.Indonesian)} ke {Rp(reserve, Language.Indonesian)}.",
                $"The SHU rose from {Rp(last.Shu, Language.English)} to {Rp(current.Shu, Language.English)} but the reserve fell from {Rp(last.Reserve, Language.English)} to {Rp(reserve, Language.English)}.",
                []));
        }

        return flags;
    }

    private static string Rp(decimal amount, Language language) => NumberText.Rupiah(amount, language);

    private static string Times(decimal factor, Language language) =>
        "x" + decimal.Round(factor, 2).ToString("0.##", language == Language.English ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo("id-ID"));
}
