namespace Kopdes.Shu.IO.Results;

/// <summary>What a result file records besides the result: the inputs' SHA-256, the engine version, the language of notes.</summary>
/// <param name="Inputs">The input files and their SHA-256.</param>
/// <param name="Language">The language of the notes and descriptions (column names are always those of <c>formats.md</c>).</param>
public sealed record ResultContext(IReadOnlyList<InputFile> Inputs, Language Language = Language.Indonesian)
{
    /// <summary>Mask members' names in every output (<see cref="Analysis.Redaction"/>), for sharing with the cooperatives office.</summary>
    public bool Redact { get; init; }

    /// <summary>
    /// How CSV outputs write numbers: <see cref="NumberCulture.Indonesian"/> as Excel in Indonesia reads them (<c>;</c>,
    /// <c>1.234.567,89</c>, a UTF-8 byte order mark); otherwise the international form of <c>formats.md</c> (<c>,</c>,
    /// <c>1234567.89</c>, no byte order mark). Workbooks hold typed numbers and are the same either way.
    /// </summary>
    public NumberCulture Culture { get; init; } = NumberCulture.International;

    /// <summary>
    /// The date of the calculation, shown in the title of the workbook's sheets and in the report; none when null. It is
    /// never written into CSV, which stays the same bytes for the same inputs on any day.
    /// </summary>
    public DateOnly? CalculatedOn { get; init; }

    /// <summary>A member's name as outputs show it.</summary>
    internal string? Name(string? name) => Redact ? Analysis.Redaction.Name(name) : name;

    /// <summary>The engine version written into every summary.</summary>
    public static string EngineVersion { get; } =
        typeof(Engine.ShuCalculator).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
