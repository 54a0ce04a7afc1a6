using Kopdes.Shu.Analysis;
using Kopdes.Shu.IO.Files;
using Kopdes.Shu.IO.Results;
using Kopdes.Shu.IO.Workbooks;
using Value = Kopdes.Shu.IO.Results.ResultTables.Value;

namespace Kopdes.Shu.IO.Verification;

/// <summary>How a cooperative's result file stands against the recalculation.</summary>
internal enum ResultStanding
{
    /// <summary>Every amount agrees to the rupiah.</summary>
    Agrees,

    /// <summary>There is no result file beside the inputs.</summary>
    Missing,

    /// <summary>The result file differs from the recalculation, or could not be read.</summary>
    Differs,

    /// <summary>The inputs could not be read or computed: nothing was checked.</summary>
    Failed,
}

/// <summary>One flag and member of a cooperative, as the office's table of flags lists it (NIK masked, name as the run asks).</summary>
internal sealed record FlagRow(string File, string Code, string Reason, string? MemberId, string? Name, string? Nik, int? Row, decimal? Shu);

/// <summary>
/// One cooperative's line in the cooperatives office's roll-up of a folder check (<c>periksa FOLDER</c>,
/// <c>verifikasi FOLDER</c>): its split, its result file's standing and its flags.
/// </summary>
internal sealed record CooperativeCheck(
    string File,
    string? Cooperative,
    int? Year,
    ResultStanding Result,
    int Differences,
    decimal Shu,
    decimal ReservePercent,
    decimal VillagePercent,
    int Members,
    int MembersPaid,
    decimal? Gini,
    IReadOnlyList<string> FlagCodes,
    IReadOnlyList<FlagRow> FlagRows,
    string? Problem)
{
    /// <summary>
    /// How urgently the office should look, 1 first: 1 could not be read; 2 the result file does not agree (or the
    /// reserve in it is below the policy's); 3 the policy breaks the rules (funds not 100%, village fund below 20%);
    /// 4 signs of leakage (a member id or NIK twice, a year-over-year flag); 5 data to tidy (ineligible members with
    /// purchases, exited members with savings, outlying payouts); 6 nothing found.
    /// </summary>
    public int Tier => Result == ResultStanding.Failed ? 1
        : Result == ResultStanding.Differs ? 2
        : FlagCodes.Count == 0 ? 6
        : FlagCodes.Min(TierOf);

    /// <summary>The tier of one kind of flag (see <see cref="Tier"/>).</summary>
    public static int TierOf(string code) => code switch
    {
        AuditCodes.ResultDoesNotReconcile or AuditCodes.ReserveBelowPolicy => 2,
        AuditCodes.FundsNot100 or AuditCodes.VillageFundBelow20 => 3,
        AuditCodes.IneligibleWithTransactions or AuditCodes.ExitedWithSavings or AuditCodes.OutlierPayout => 5,
        _ => 4,
    };

    /// <summary>The cooperative is clean: read, its result (if any) agrees, nothing flagged.</summary>
    public bool Clean => Tier == 6;
}

/// <summary>
/// Writes the office's roll-up of a folder check: one row a cooperative, the cooperatives that most need a visit
/// first (<see cref="Order"/>), and a second table of every flag and member. As a workbook (sheets
/// <c>Koperasi</c> and <c>Temuan</c>) and as CSV (<c>rekap-periksa.csv</c> and <c>rekap-periksa.temuan.csv</c>).
/// </summary>
internal static class OfficeRollup
{
    /// <summary>The kinds of flag, one column each, in this order.</summary>
    public static readonly string[] FlagKinds =
    [
        AuditCodes.ResultDoesNotReconcile, AuditCodes.ReserveBelowPolicy, AuditCodes.FundsNot100, AuditCodes.VillageFundBelow20,
        AuditCodes.DuplicateMemberId, AuditCodes.DuplicateNationalId, AuditCodes.ShuRoseFarAboveCooperative, AuditCodes.NewMemberLargePayout,
        AuditCodes.VanishedWithSavings, AuditCodes.TotalsMovedAgainstLastYear,
        AuditCodes.IneligibleWithTransactions, AuditCodes.ExitedWithSavings, AuditCodes.OutlierPayout,
    ];

    private static readonly string[] Header =
    [
        "urutan", "berkas", "koperasi", "tahun", "status", "tingkat", "shu", "persen_cadangan", "persen_dana_desa", "anggota",
        "anggota_dibayar", "gini", "hasil", "selisih", "temuan", .. FlagKinds.Select(k => "temuan:" + k["Audit.".Length..]), "masalah",
    ];

    private static readonly string[] FlagHeader = ["berkas", "kode", "alasan", "no_anggota", "nama", "nik", "baris", "shu"];

    /// <summary>
    /// The order of the roll-up: the most urgent tier first (<see cref="CooperativeCheck.Tier"/>); within a tier more
    /// flags of that tier, then more flags in all, then more differences; then by file. The same rows in any order,
    /// or from shards of a folder, come out the same.
    /// </summary>
    public static IReadOnlyList<CooperativeCheck> Order(IEnumerable<CooperativeCheck> checks) =>
    [
        .. checks
            .OrderBy(c => c.Tier)
            .ThenByDescending(c => c.FlagCodes.Count(f => CooperativeCheck.TierOf(f) == c.Tier))
            .ThenByDescending(c => c.FlagCodes.Count)
            .ThenByDescending(c => c.Differences)
            .ThenBy(c => c.File, StringComparer.Ordinal),
    ];

    /// <summary>The paths written for a roll-up named <paramref name="stem"/> in <paramref name="folder"/>.</summary>
    public static IReadOnlyList<string> Paths(string folder, string stem) =>
        [Path.Combine(folder, stem + ".xlsx"), Path.Combine(folder, stem + ".csv"), Path.Combine(folder, stem + ".temuan.csv"), Path.Combine(folder, stem + ".html")];

    /// <summary>Writes the workbook, the two CSV tables and the dashboard, all of them or none; gives the rows in their <see cref="Order"/>.</summary>
    public static IReadOnlyList<CooperativeCheck> Write(
        string folder, string stem, IReadOnlyList<CooperativeCheck> checks, Language language, NumberCulture culture, CancellationToken cancellationToken)
    {
        var ordered = Order(checks);
        var paths = Paths(folder, stem);
        using var files = new AtomicFiles(cancellationToken);
        files.Write(paths[0], s => StreamingWorkbookWriter.Write(s,
        [
            new("Koperasi", Header, Rows(ordered, language), [8, 30, 36, 8, 12, 8, 18, 10, 10, 10, 10, 8, 12, 8, 8, .. FlagKinds.Select(_ => 10d), 50]),
            new("Temuan", FlagHeader, FlagRows(ordered), [30, 34, 70, 16, 26, 20, 8, 16]),
        ], cancellationToken));
        files.Write(paths[1], s => TableOutput.Write(s, TableFormat.Csv, "Koperasi", Header, Rows(ordered, language), culture, cancellationToken));
        files.Write(paths[2], s => TableOutput.Write(s, TableFormat.Csv, "Temuan", FlagHeader, FlagRows(ordered), culture, cancellationToken));
        files.Write(paths[3], s =>
        {
            using var writer = new StreamWriter(s, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
            Reports.CityDashboard.Write(ordered, language, writer);
        });
        files.Commit();
        return ordered;
    }

    /// <summary>The word for a cooperative's standing in the roll-up.</summary>
    public static string Status(CooperativeCheck check, Language language)
    {
        var en = language == Language.English;
        return check.Tier switch
        {
            1 => en ? "failed" : "gagal",
            2 => en ? "differs" : "berbeda",
            6 => en ? "clean" : "bersih",
            _ => en ? "flagged" : "ada temuan",
        };
    }

    /// <summary>The word for a result file's standing.</summary>
    public static string Standing(ResultStanding standing, Language language) => (standing, language == Language.English) switch
    {
        (ResultStanding.Agrees, true) => "agrees",
        (ResultStanding.Agrees, false) => "cocok",
        (ResultStanding.Missing, true) => "no result",
        (ResultStanding.Missing, false) => "tanpa hasil",
        (ResultStanding.Differs, true) => "differs",
        (ResultStanding.Differs, false) => "berbeda",
        (_, true) => "not checked",
        _ => "tidak diperiksa",
    };

    private static IEnumerable<Value[]> Rows(IReadOnlyList<CooperativeCheck> checks, Language language)
    {
        for (var i = 0; i < checks.Count; i++)
        {
            var c = checks[i];
            yield return
            [
                Value.Plain(i + 1), c.File, c.Cooperative, c.Year is { } year ? year.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                Status(c, language), Value.Plain(c.Tier), Value.Rupiah(c.Shu), Value.Plain(c.ReservePercent), Value.Plain(c.VillagePercent),
                Value.Plain(c.Members), Value.Plain(c.MembersPaid), c.Gini is { } gini ? Value.Plain(gini) : null, Standing(c.Result, language),
                Value.Plain(c.Differences), Value.Plain(c.FlagCodes.Count),
                .. FlagKinds.Select(kind => Value.Plain(c.FlagCodes.Count(f => f == kind))),
                c.Problem,
            ];
        }
    }

    private static IEnumerable<Value[]> FlagRows(IReadOnlyList<CooperativeCheck> checks) =>
        checks.SelectMany(c => c.FlagRows).Select(f => new Value[]
        {
            f.File, f.Code, f.Reason, f.MemberId, f.Name, f.Nik, f.Row is { } row ? Value.Plain(row) : default, f.Shu is { } shu ? Value.Rupiah(shu) : default,
        });
}
