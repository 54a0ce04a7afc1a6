using System.Globalization;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;
using Kopdes.Shu.Results;

namespace Kopdes.Shu.Analysis;

/// <summary>One thing the cooperatives office should look at, with its reason and the members (ledger rows) involved.</summary>
public sealed class AuditFlag
{
    /// <summary>A flag.</summary>
    /// <param name="code">A stable code from <see cref="AuditCodes"/>.</param>
    /// <param name="reasonId">Why, in Bahasa Indonesia.</param>
    /// <param name="reasonEn">Why, in English.</param>
    /// <param name="members">The ledger positions (0-based) of the members involved; empty for a policy flag.</param>
    internal AuditFlag(string code, string reasonId, string reasonEn, IReadOnlyList<int> members)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(reasonId);
        ArgumentNullException.ThrowIfNull(reasonEn);
        ArgumentNullException.ThrowIfNull(members);
        Code = code;
        ReasonId = reasonId;
        ReasonEn = reasonEn;
        Members = members;
    }

    /// <summary>A stable code from <see cref="AuditCodes"/>.</summary>
    public string Code { get; }

    /// <summary>Why, in Bahasa Indonesia.</summary>
    internal string ReasonId { get; }

    /// <summary>Why, in English.</summary>
    internal string ReasonEn { get; }

    /// <summary>The ledger positions (0-based) of the members involved; empty for a policy flag.</summary>
    public IReadOnlyList<int> Members { get; }

    /// <summary>The reason in the given language.</summary>
    public string Reason(Language language) => language == Language.English ? ReasonEn : ReasonId;

    /// <inheritdoc />
    public override string ToString() => $"[{Code}] {ReasonEn}";
}

/// <summary>The codes of <see cref="AuditFlag"/>. Stable: the office's checklists may rely on them.</summary>
public static class AuditCodes
{
    /// <summary>Two or more rows share a member id.</summary>
    public const string DuplicateMemberId = "Audit.DuplicateMemberId";

    /// <summary>Two or more members share a national id number (NIK).</summary>
    public const string DuplicateNationalId = "Audit.DuplicateNationalId";

    /// <summary>A member whose status is not eligible has transactions.</summary>
    public const string IneligibleWithTransactions = "Audit.IneligibleWithTransactions";

    /// <summary>A member who left before the financial year still holds savings.</summary>
    public const string ExitedWithSavings = "Audit.ExitedWithSavings";

    /// <summary>A payout far above the rest (beyond the far-out fence, see <see cref="CooperativeAudit"/>).</summary>
    public const string OutlierPayout = "Audit.OutlierPayout";

    /// <summary>A Kopdes/Kel Merah Putih policy gives the village less than 20% of the SHU.</summary>
    public const string VillageFundBelow20 = "Audit.VillageFundBelow20";

    /// <summary>Sibling funds do not sum to 100%.</summary>
    public const string FundsNot100 = "Audit.FundsNot100";

    /// <summary>The result file does not agree with the recalculation.</summary>
    public const string ResultDoesNotReconcile = "Audit.ResultDoesNotReconcile";

    /// <summary>The result file holds less in the reserve than the policy gives it.</summary>
    public const string ReserveBelowPolicy = "Audit.ReserveBelowPolicy";

    /// <summary>A member's SHU rose far faster than the cooperative's since last year (see <see cref="YearOverYear"/>).</summary>
    public const string ShuRoseFarAboveCooperative = "Audit.ShuRoseFarAboveCooperative";

    /// <summary>A member not in last year's list receives a large payout.</summary>
    public const string NewMemberLargePayout = "Audit.NewMemberLargePayout";

    /// <summary>A member of last year's list who held savings is gone from this year's, without leaving on record.</summary>
    public const string VanishedWithSavings = "Audit.VanishedWithSavings";

    /// <summary>The SHU grew while the reserve shrank against last year's.</summary>
    public const string TotalsMovedAgainstLastYear = "Audit.TotalsMovedAgainstLastYear";
}

/// <summary>
/// The checks a cooperatives office runs over a cooperative's books: about the ledger, the policy and (when
/// the calculation succeeded) the payouts. Works on a ledger with errors too: duplicate ids are exactly what
/// it must show. A payout is an outlier when it lies beyond Tukey's far-out fence, Q3 + 3 x (Q3 - Q1), of
/// the gross SHU of the members paid (quartiles as spreadsheets compute them; at least 4 members paid).
/// </summary>
public static class CooperativeAudit
{
    /// <summary>The minimum village fund of a Kopdes, in percent of the SHU (Inpres 17/2025, Permendes 10/2025).</summary>
    internal const decimal MinimumVillagePercent = 20m;

    /// <summary>Runs every check.</summary>
    /// <param name="policy">The policy, or null when it could not be read.</param>
    /// <param name="ledger">The members.</param>
    /// <param name="result">The calculation, when it succeeded (for the payout checks).</param>
    /// <param name="nationalIds">Each member's NIK (null or empty when unknown), when the ledger has a <c>nik</c> column.</param>
    public static IReadOnlyList<AuditFlag> Run(ShuPolicy? policy, MemberLedger ledger, ShuResult? result = null, IReadOnlyList<string?>? nationalIds = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var flags = new List<AuditFlag>();
        Duplicates(flags, ledger.Ids, AuditCodes.DuplicateMemberId, "Nomor anggota {0} dipakai lebih dari satu baris.", "Member id {0} is used on more than one row.", id => id);
        if (nationalIds is not null)
        {
            if (nationalIds.Count != ledger.Count)
            {
                throw new ArgumentException("One NIK (or null) a member is expected.", nameof(nationalIds));
            }

            Duplicates(flags, nationalIds, AuditCodes.DuplicateNationalId, "NIK {0} dipakai lebih dari satu anggota.", "NIK {0} is used by more than one member.", Redaction.NationalId);
        }

        if (policy is not null)
        {
            IneligibleTrading(flags, policy, ledger);
            ExitedWithSavings(flags, policy, ledger);
            PolicyChecks(flags, policy);
        }

        if (result is not null)
        {
            Outliers(flags, result);
        }

        return flags;
    }

    private static void Duplicates(List<AuditFlag> flags, IReadOnlyList<string?> keys, string code, string id, string en, Func<string, string> show)
    {
        var rows = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i]?.Trim() is { Length: > 0 } key)
            {
                if (!rows.TryGetValue(key, out var list))
                {
                    rows.Add(key, list = []);
                }

                list.Add(i);
            }
        }

        foreach (var (key, list) in rows.Where(r => r.Value.Count > 1).OrderBy(r => r.Value[0]))
        {
            flags.Add(new AuditFlag(code, string.Format(CultureInfo.InvariantCulture, id, show(key)), string.Format(CultureInfo.InvariantCulture, en, show(key)), list));
        }
    }

    private static void IneligibleTrading(List<AuditFlag> flags, ShuPolicy policy, MemberLedger ledger)
    {
        // The members the run's warning names too: eligible in no pool, with purchases; never a capital partner.
        var traders = new Validation.IneligibleTraders(policy, ledger);
        var members = traders.HasTransactions ? Enumerable.Range(0, ledger.Count).Where(traders.Includes).ToArray() : [];
        if (members.Length > 0)
        {
            flags.Add(new AuditFlag(
                AuditCodes.IneligibleWithTransactions,
                $"{members.Length} anggota bertransaksi tetapi statusnya tidak berhak atas SHU: periksa apakah statusnya benar.",
                (members.Length == 1 ? "1 member has" : $"{members.Length} members have") + " transactions but a status not eligible for SHU: check that the status is right.",
                members));
        }
    }

    private static void ExitedWithSavings(List<AuditFlag> flags, ShuPolicy policy, MemberLedger ledger)
    {
        if (policy.Year is not { } year)
        {
            return;
        }

        var yearStart = new DateOnly(year, 1, 1);
        var savings = ledger.Columns.Where(ColumnNames.IsSavings).Select(ledger.Column).ToArray();
        var members = Enumerable.Range(0, ledger.Count)
            .Where(i => ledger.ExitedDates[i] is { } exited && exited < yearStart && savings.Any(s => s![i] > 0))
            .ToArray();
        if (members.Length > 0)
        {
            flags.Add(new AuditFlag(
                AuditCodes.ExitedWithSavings,
                $"{members.Length} anggota keluar sebelum tahun buku {year} tetapi masih tercatat memiliki simpanan: simpanan anggota keluar seharusnya sudah dikembalikan.",
                (members.Length == 1 ? "1 member" : $"{members.Length} members") + $" left before the financial year {year} but still hold{(members.Length == 1 ? "s" : string.Empty)} savings: a leaving member's savings should have been paid back.",
                members));
        }
    }

    private static void PolicyChecks(List<AuditFlag> flags, ShuPolicy policy)
    {
        void Siblings(IReadOnlyList<FundPolicy> funds, string? parent)
        {
            if (funds.Count == 0)
            {
                return;
            }

            var sum = funds.Sum(f => f.Percent);
            if (sum != 100m)
            {
                var where = parent is null ? "dana tingkat atas" : $"sub-dana {parent}";
                var whereEn = parent is null ? "the top-level funds" : $"the sub-funds of {parent}";
                flags.Add(new AuditFlag(AuditCodes.FundsNot100, $"Persentase {where} berjumlah {sum.ToString(CultureInfo.InvariantCulture)}%, bukan 100%.", $"The percentages of {whereEn} sum to {sum.ToString(CultureInfo.InvariantCulture)}%, not 100%.", []));
            }

            foreach (var fund in funds)
            {
                Siblings(fund.Funds, fund.Code);
            }
        }

        Siblings(policy.Funds, null);
        if (policy.IsKopdes)
        {
            decimal Village(IReadOnlyList<FundPolicy> funds, decimal share) =>
                funds.Sum(f => f.Village ? share * f.Percent / 100m : Village(f.Funds, share * f.Percent / 100m));
            var village = Village(policy.Funds, 100m);
            if (village < MinimumVillagePercent)
            {
                flags.Add(new AuditFlag(
                    AuditCodes.VillageFundBelow20,
                    $"Kebijakan koperasi Merah Putih memberi desa {village.ToString(CultureInfo.InvariantCulture)}% dari SHU; paling sedikit {MinimumVillagePercent}% (Inpres 17/2025).",
                    $"The Merah Putih cooperative's policy gives the village {village.ToString(CultureInfo.InvariantCulture)}% of the SHU; at least {MinimumVillagePercent}% is due (Inpres 17/2025).",
                    []));
            }
        }
    }

    private static void Outliers(List<AuditFlag> flags, ShuResult result)
    {
        var paid = result.Members.Where(m => m.Payout.Gross > 0).Select(m => (m.Index, m.Payout.Gross)).ToArray();
        if (paid.Length < 4)
        {
            return;
        }

        var sorted = paid.Select(p => p.Gross).Order().ToArray();
        var q1 = PayoutDistribution.Quantile(sorted, 0.25m);
        var q3 = PayoutDistribution.Quantile(sorted, 0.75m);
        var fence = q3 + (3m * (q3 - q1));
        var members = paid.Where(p => p.Gross > fence).Select(p => p.Index).ToArray();
        if (members.Length > 0)
        {
            var limit = decimal.Round(fence).ToString(CultureInfo.InvariantCulture);
            flags.Add(new AuditFlag(
                AuditCodes.OutlierPayout,
                $"{members.Length} anggota menerima SHU jauh di atas yang lain (lebih dari Q3 + 3 x IQR = {limit}): periksa transaksi dan simpanannya.",
                (members.Length == 1 ? "1 member receives" : $"{members.Length} members receive") + $" far more SHU than the rest (above Q3 + 3 x IQR = {limit}): check their transactions and savings.",
                members));
        }
    }
}
