namespace Kopdes.Shu.IO.Results;

/// <summary>One cooperative's line in a batch summary (<c>rekap</c>) for the cooperatives office.</summary>
/// <param name="File">The input file (or folder) of the cooperative.</param>
/// <param name="Cooperative">The cooperative's name from its policy, when it could be read.</param>
/// <param name="Year">The financial year, when given.</param>
/// <param name="Succeeded">True when the allocation was computed and written.</param>
/// <param name="Shu">The SHU.</param>
/// <param name="Reserve">What the reserve fund holds in the end.</param>
/// <param name="VillageFund">The village fund (0 when the policy has none).</param>
/// <param name="VillagePercent">The village fund's percentage of the SHU.</param>
/// <param name="MembersShare">What the member pools paid out (gross).</param>
/// <param name="Members">Members listed.</param>
/// <param name="MembersPaid">Members with a gross SHU above 0.</param>
/// <param name="ChecksPassed">Reconciliation checks passed.</param>
/// <param name="Checks">Reconciliation checks in all.</param>
/// <param name="Problem">The first error (and how many there were), or null.</param>
/// <param name="Output">The result file written, or null.</param>
public sealed record CooperativeSummary(
    string File,
    string? Cooperative,
    int? Year,
    bool Succeeded,
    decimal Shu,
    decimal Reserve,
    decimal VillageFund,
    decimal VillagePercent,
    decimal MembersShare,
    int Members,
    int MembersPaid,
    int ChecksPassed,
    int Checks,
    string? Problem,
    string? Output);
