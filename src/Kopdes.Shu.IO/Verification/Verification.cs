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

    /// <summary>Writes the differences and input changes as a table (<c>.xlsx</c> or <c>.csv</c>) in <paramref name="language"/>, all or nothing.</summary>
    public void WriteDifferences(string path, Language language = Language.Indonesian, NumberCulture culture = NumberCulture.International, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        TableOutput.Write(path, Sheet(language), Header(language), Rows(language), culture, cancellationToken);
    }

    /// <summary>Writes the differences and input changes as a table in <paramref name="language"/> to a stream (the caller's, left open).</summary>
    public void WriteDifferences(
        Stream output, TableFormat format, Language language = Language.Indonesian, NumberCulture culture = NumberCulture.International, CancellationToken cancellationToken = default) =>
        TableOutput.Write(Files.Buffered.Writable(output), format, Sheet(language), Header(language), Rows(language), culture, cancellationToken);

    /// <summary><see cref="WriteDifferences(Stream, TableFormat, Language, NumberCulture, CancellationToken)"/> without writing the stream synchronously.</summary>
    public Task WriteDifferencesAsync(
        Stream output, TableFormat format, Language language = Language.Indonesian, NumberCulture culture = NumberCulture.International, CancellationToken cancellationToken = default) =>
        TableOutput.WriteAsync(output, format, Sheet(language), Header(language), Rows(language), culture, cancellationToken);

    private static string Sheet(Language language) => language == Language.English ? "Differences" : "Selisih";

    private static string[] Header(Language language) => language == Language.English
        ? ["kind", "key", "column", "expected", "recorded", "file", "sheet", "row"]
        : ["jenis", "kunci", "kolom", "seharusnya", "tercatat", "berkas", "lembar", "baris"];

    private IEnumerable<Value[]> Rows(Language language) =>
        Differences.Concat(InputsChanged).Select(d => new Value[]
        {
            ResultDifference.Word(d.Kind, language), d.Key, d.Column, ResultDifference.Word(d.Expected, language), ResultDifference.Word(d.Recorded, language),
            d.File, d.Sheet, d.Row is { } row ? Value.Plain(row) : default,
        });
}

/// <summary>One difference between the recomputed and the recorded result.</summary>
/// <param name="Kind">
/// <c>anggota</c>, <c>dana</c>, <c>bagian</c> (a pool), <c>total</c>, <c>masukan</c> (an input's SHA-256) or <c>rumus</c> (a
/// formula where the tool writes a value).
/// </param>
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
    internal const string Formula = "rumus";
    internal const string Journal = "jurnal";
    internal const string Value = "nilai";
    internal const string Present = "ada";
    internal const string Absent = "tidak ada";
    internal const string Once = "sekali";
    internal const string Twice = "lebih dari sekali";

    private static readonly Dictionary<string, string> English = new(StringComparer.Ordinal)
    {
        [Member] = "member", [Fund] = "fund", [Pool] = "pool", [Total] = "total", [Input] = "input", [Formula] = "formula",
        [Value] = "value", [Present] = "present", [Absent] = "absent", [Once] = "once", [Twice] = "more than once",
    };

    /// <summary>
    /// One line for a person: <c>[anggota] A001 jasa_usaha: seharusnya 1500, tercatat 1600 (hasil.csv, baris 3)</c>, the
    /// kinds and words in <paramref name="language"/>.
    /// </summary>
    public string Describe(Language language)
    {
        var english = language == Language.English;
        var where = Row is { } row ? $" ({File}{(Sheet is null ? string.Empty : ", " + Sheet)}, {(english ? "row" : "baris")} {row})" : string.Empty;
        var line = english
            ? $"[{Word(Kind, language)}] {Key} {Column ?? "-"}: expected {Word(Expected, language) ?? "-"}, recorded {Word(Recorded, language) ?? "-"}"
            : $"[{Kind}] {Key} {Column ?? "-"}: seharusnya {Expected ?? "-"}, tercatat {Recorded ?? "-"}";
        return line + where;
    }

    /// <summary>A kind or a word of a difference in <paramref name="language"/> (amounts and keys stay as they are).</summary>
    internal static string? Word(string? word, Language language) =>
        language == Language.English && word is not null && English.TryGetValue(word, out var english) ? english : word;
}
