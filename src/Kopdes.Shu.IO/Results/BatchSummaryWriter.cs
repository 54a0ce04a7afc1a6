using Kopdes.Shu.IO.Csv;
using Kopdes.Shu.IO.Files;
using Kopdes.Shu.IO.Workbooks;
using Value = Kopdes.Shu.IO.Results.ResultTables.Value;

namespace Kopdes.Shu.IO.Results;

/// <summary>Writes the consolidated summary of a batch, <c>rekap.xlsx</c> and <c>rekap.csv</c>, one row a cooperative.</summary>
public static class BatchSummaryWriter
{
    private static readonly string[] Header =
    [
        "berkas", "koperasi", "tahun", "status", "shu", "dana_cadangan", "dana_desa", "persen_dana_desa", "bagian_anggota",
        "anggota", "anggota_dibayar", "cek_lulus", "cek", "masalah", "hasil",
    ];

    /// <summary>Writes both files into <paramref name="folder"/>, together or not at all.</summary>
    public static IReadOnlyList<string> Write(string folder, IReadOnlyList<CooperativeSummary> cooperatives, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cooperatives);
        var rows = cooperatives.OrderBy(c => c.File, StringComparer.Ordinal).Select(Row).ToList();
        var workbook = Path.Combine(folder, "rekap.xlsx");
        var csv = Path.Combine(folder, "rekap.csv");
        using var files = new AtomicFiles(cancellationToken);
        using (var stream = files.Create(workbook))
        {
            StreamingWorkbookWriter.Write(stream, [new("Rekap", Header, rows, [30, 40, 8, 10, 20, 20, 20, 12, 20, 10, 14, 10, 8, 60, 30])]);
        }

        CsvTableWriter.Write(files.Create(csv), Header, rows);
        files.Commit();
        return [workbook, csv];
    }

    private static Value[] Row(CooperativeSummary c) =>
    [
        c.File, c.Cooperative, c.Year is { } year ? Value.Plain(year) : null, c.Succeeded ? "berhasil" : "gagal",
        Value.Rupiah(c.Shu), Value.Rupiah(c.Reserve), Value.Rupiah(c.VillageFund), Value.Plain(c.VillagePercent), Value.Rupiah(c.MembersShare),
        Value.Plain(c.Members), Value.Plain(c.MembersPaid), Value.Plain(c.ChecksPassed), Value.Plain(c.Checks), c.Problem, c.Output,
    ];
}
