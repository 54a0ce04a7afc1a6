using Kopdes.Shu.IO.Results;
using Kopdes.Shu.Validation;
using Value = Kopdes.Shu.IO.Results.ResultTables.Value;

namespace Kopdes.Shu.IO.Verification;

/// <summary>What <see cref="ResultVerifier"/> found.</summary>
public sealed class Verification
{
    internal Verification(IReadOnlyList<ResultDifference> differences, IReadOnlyList<ResultDifference> inputsChanged, IReadOnlyList<Issue> issues)
    {
        Differences = differences;
        InputsChanged = inputsChanged;
        Issues = issues;
    }

    /// <summary>Every amount that differs, every member or fund missing or extra, every check that reads otherwise.</summary>
    public IReadOnlyList<ResultDifference> Differences { get; }

    /// <summary>The inputs (and the policy) whose SHA-256 differs from the one the result recorded.</summary>
    public IReadOnlyList<ResultDifference> InputsChanged { get; }

    /// <summary>Why the result file could not be read (then nothing was compared).</summary>
    public IReadOnlyList<Issue> Issues { get; }

    /// <summary>True when the file was read and every amount agrees to the rupiah.</summary>
    public bool Agrees => Issues.Count == 0 && Differences.Count == 0;

    /// <summary>Writes the differences and input changes as a table (<c>.xlsx</c> or <c>.csv</c>), all or nothing.</summary>
    public void WriteDifferences(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        TableOutput.Write(path, "Selisih", ["jenis", "kunci", "kolom", "seharusnya", "tercatat", "berkas", "lembar", "baris"],
            Differences.Concat(InputsChanged).Select(d => new Value[]
            {
                d.Kind, d.Key, d.Column, d.Expected, d.Recorded, d.File, d.Sheet,
                d.Row is { } row ? Value.Plain(row) : default,
            }));
    }
}

/// <summary>One difference between the recomputed and the recorded result.</summary>
/// <param name="Kind"><c>anggota</c>, <c>dana</c>, <c>bagian</c> (a pool), <c>total</c> or <c>masukan</c> (an input's SHA-256).</param>
/// <param name="Key">The member id, fund code or summary item.</param>
/// <param name="Column">The column, or null for a whole row missing or extra.</param>
/// <param name="Expected">What the calculation gives (<c>ada</c>: the row should be there).</param>
/// <param name="Recorded">What the file holds (<c>tidak ada</c>: the row is not there).</param>
/// <param name="Row">The row in the file, when the file has the row.</param>
/// <param name="File">The file name.</param>
/// <param name="Sheet">The sheet, for a workbook.</param>
public sealed record ResultDifference(string Kind, string Key, string? Column, string? Expected, string? Recorded, int? Row, string File, string? Sheet)
{
    internal const string Member = "anggota";
    internal const string Fund = "dana";
    internal const string Pool = "bagian";
    internal const string Total = "total";
    internal const string Input = "masukan";
    internal const string Present = "ada";
    internal const string Absent = "tidak ada";
    internal const string Once = "sekali";
    internal const string Twice = "lebih dari sekali";
}
