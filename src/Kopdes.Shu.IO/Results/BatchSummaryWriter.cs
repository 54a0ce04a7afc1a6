using Kopdes.Shu.IO.Files;
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
    public static IReadOnlyList<string> Write(string folder, IReadOnlyList<CooperativeSummary> cooperatives, NumberCulture culture = NumberCulture.International, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cooperatives);
        var workbook = Path.Combine(folder, "rekap.xlsx");
        var csv = Path.Combine(folder, "rekap.csv");
        using var files = new AtomicFiles(cancellationToken);
        files.Write(workbook, s => Write(s, TableFormat.Workbook, cooperatives, culture, cancellationToken));
        files.Write(csv, s => Write(s, TableFormat.Csv, cooperatives, culture, cancellationToken));
        files.Commit();
        return [workbook, csv];
    }

    /// <summary>Writes the summary to a stream (the caller's, left open), one row a cooperative in file order.</summary>
    public static void Write(Stream output, TableFormat format, IReadOnlyList<CooperativeSummary> cooperatives, NumberCulture culture = NumberCulture.International, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cooperatives);
        TableOutput.Write(Buffered.Writable(output), format, "Rekap", Header, Rows(cooperatives), culture, cancellationToken, Widths);
    }

    /// <summary><see cref="Write(Stream, TableFormat, IReadOnlyList{CooperativeSummary}, NumberCulture, CancellationToken)"/> without writing the stream synchronously.</summary>
    public static Task WriteAsync(Stream output, TableFormat format, IReadOnlyList<CooperativeSummary> cooperatives, NumberCulture culture = NumberCulture.International, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cooperatives);
        return Buffered.WriteAsync(cancellationToken, (output, s => Write(s, format, cooperatives, culture, cancellationToken)));
    }

    private static readonly double[] Widths = [30, 40, 8, 10, 20, 20, 20, 12, 20, 10, 14, 10, 8, 60, 30];

    private static List<Value[]> Rows(IReadOnlyList<CooperativeSummary> cooperatives) =>
        cooperatives.OrderBy(c => c.File, StringComparer.Ordinal).Select(Row).ToList();

    private static Value[] Row(CooperativeSummary c) =>
    [
        c.File, c.Cooperative, c.Year is { } year ? Value.Plain(year) : null, c.Succeeded ? "berhasil" : "gagal",
        Value.Rupiah(c.Shu), Value.Rupiah(c.Reserve), Value.Rupiah(c.VillageFund), Value.Plain(c.VillagePercent), Value.Rupiah(c.MembersShare),
        Value.Plain(c.Members), Value.Plain(c.MembersPaid), Value.Plain(c.ChecksPassed), Value.Plain(c.Checks), c.Problem, c.Output,
    ];
}
