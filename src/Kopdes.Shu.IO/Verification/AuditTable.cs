using Kopdes.Shu.Analysis;
using Kopdes.Shu.IO.Results;
using Value = Kopdes.Shu.IO.Results.ResultTables.Value;

namespace Kopdes.Shu.IO.Verification;

/// <summary>The audit flags as a table for the cooperatives office: one row a flag and member, NIK always masked.</summary>
public static class AuditTable
{
    /// <summary>The columns of the table.</summary>
    public static readonly IReadOnlyList<string> Header = ["kode", "alasan", "no_anggota", "nama", "nik", "baris"];

    /// <summary>Writes the flags (<c>.xlsx</c> or <c>.csv</c>), all or nothing; <paramref name="redact"/> masks the members' names.</summary>
    public static void Write(
        string path, IReadOnlyList<AuditFlag> flags, ShuInputs inputs, Language language, bool redact = false, NumberCulture culture = NumberCulture.International, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(flags);
        ArgumentNullException.ThrowIfNull(inputs);
        TableOutput.Write(path, Sheet, [.. Header], Rows(flags, inputs, language, redact), culture, cancellationToken);
    }

    /// <summary>Writes the flags to a stream (the caller's, left open); <paramref name="redact"/> masks the members' names.</summary>
    public static void Write(
        Stream output, TableFormat format, IReadOnlyList<AuditFlag> flags, ShuInputs inputs, Language language, bool redact = false,
        NumberCulture culture = NumberCulture.International, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(flags);
        ArgumentNullException.ThrowIfNull(inputs);
        TableOutput.Write(Files.Buffered.Writable(output), format, Sheet, [.. Header], Rows(flags, inputs, language, redact), culture, cancellationToken);
    }

    /// <summary><see cref="Write(Stream, TableFormat, IReadOnlyList{AuditFlag}, ShuInputs, Language, bool, NumberCulture, CancellationToken)"/> without writing the stream synchronously.</summary>
    public static Task WriteAsync(
        Stream output, TableFormat format, IReadOnlyList<AuditFlag> flags, ShuInputs inputs, Language language, bool redact = false,
        NumberCulture culture = NumberCulture.International, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(flags);
        ArgumentNullException.ThrowIfNull(inputs);
        return TableOutput.WriteAsync(output, format, Sheet, [.. Header], Rows(flags, inputs, language, redact), culture, cancellationToken);
    }

    private const string Sheet = "Periksa";

    private static IEnumerable<Value[]> Rows(IReadOnlyList<AuditFlag> flags, ShuInputs inputs, Language language, bool redact)
    {
        foreach (var flag in flags)
        {
            if (flag.Members.Count == 0)
            {
                yield return [flag.Code, flag.Reason(language), null, null, null, default];
                continue;
            }

            foreach (var index in flag.Members)
            {
                var member = inputs.Ledger![index];
                var nik = inputs.NationalIds?[index] is { Length: > 0 } id ? Redaction.NationalId(id) : null;
                yield return [flag.Code, flag.Reason(language), member.Id, redact ? Redaction.Name(member.Name) : member.Name, nik, inputs.RowOf(index) is { } row ? Value.Plain(row) : default];
            }
        }
    }
}
