using System.Globalization;
using System.Text;
using Kopdes.Shu.IO.Csv;
using Kopdes.Shu.IO.Files;
using Kopdes.Shu.IO.Workbooks;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;
using Value = Kopdes.Shu.IO.Results.ResultTables.Value;

namespace Kopdes.Shu.IO.Inputs;

/// <summary>
/// Writes a cooperative's inputs in the treasurer's formats: a workbook (<c>Anggota</c>, <c>Kebijakan</c>,
/// <c>Unit</c>, <c>Saldo</c>) or CSV + <c>kebijakan.json</c>. Used for templates and generated samples.
/// </summary>
public static class InputWriter
{
    /// <summary>One month-end balance row: member, month (1-12) and amounts by column.</summary>
    /// <param name="MemberId">The member id.</param>
    /// <param name="Month">1 = January.</param>
    /// <param name="Amounts">Balances by savings column.</param>
    public sealed record BalanceRow(string MemberId, int Month, IReadOnlyDictionary<string, decimal> Amounts);

    /// <summary>The most data rows a sheet holds (Excel's 1,048,576 rows less the header).</summary>
    public const int MaxSheetRows = 1_048_575;

    /// <summary>Writes everything into one workbook.</summary>
    /// <exception cref="ArgumentException">More members or balance rows than a sheet holds.</exception>
    public static void WriteWorkbook(
        string path, ShuPolicy policy, MemberLedger ledger, int year, IReadOnlyList<BalanceRow> balances, CancellationToken cancellationToken = default)
    {
        var sheets = Sheets(policy, ledger, year, balances);
        using var files = new AtomicFiles(cancellationToken);
        files.Write(path, s => StreamingWorkbookWriter.Write(s, sheets, cancellationToken));
        files.Commit();
    }

    /// <summary>Writes everything into one workbook, to a stream (the caller's, left open).</summary>
    /// <exception cref="ArgumentException">More members or balance rows than a sheet holds.</exception>
    public static void WriteWorkbook(
        Stream output, ShuPolicy policy, MemberLedger ledger, int year, IReadOnlyList<BalanceRow> balances, CancellationToken cancellationToken = default) =>
        StreamingWorkbookWriter.Write(Buffered.Writable(output), Sheets(policy, ledger, year, balances), cancellationToken);

    /// <summary><see cref="WriteWorkbook(Stream, ShuPolicy, MemberLedger, int, IReadOnlyList{BalanceRow}, CancellationToken)"/> without writing the stream synchronously.</summary>
    /// <exception cref="ArgumentException">More members or balance rows than a sheet holds.</exception>
    public static Task WriteWorkbookAsync(
        Stream output, ShuPolicy policy, MemberLedger ledger, int year, IReadOnlyList<BalanceRow> balances, CancellationToken cancellationToken = default)
    {
        var sheets = Sheets(policy, ledger, year, balances);
        return Buffered.WriteAsync(cancellationToken, (output, s => StreamingWorkbookWriter.Write(s, sheets, cancellationToken)));
    }

    private static List<StreamingWorkbookWriter.Sheet> Sheets(ShuPolicy policy, MemberLedger ledger, int year, IReadOnlyList<BalanceRow> balances)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(balances);
        if (ledger.Count > MaxSheetRows || balances.Count > MaxSheetRows)
        {
            throw new ArgumentException($"A sheet holds at most {MaxSheetRows} rows; write CSV instead.", nameof(balances));
        }

        var header = MemberHeader(ledger);
        var sheets = new List<StreamingWorkbookWriter.Sheet>
        {
            new(ShuInputReader.MembersSheet, header, Enumerable.Range(0, ledger.Count).Select(i => MemberRow(ledger[i], header)), [.. header.Select((_, c) => c == 1 ? 28d : 18d)]),
        };
        sheets.AddRange(PolicySheet.Sheets(policy));
        if (balances.Count > 0)
        {
            var columns = BalanceColumns(balances);
            sheets.Add(new(
                ShuInputReader.BalancesSheet,
                [ColumnNames.MemberId, "bulan", .. columns],
                BalanceRows(balances, columns, year),
                [.. Enumerable.Repeat(18d, columns.Length + 2)]));
        }

        return sheets;
    }

    private static Value[] MemberRow(Member member, string[] header) =>
    [
        member.Id,
        member.Name,
        member.Status.ToCode(),
        member.Joined?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        member.Exited?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        .. header.Skip(5).Select(column => Value.Plain(member.Amounts[column])),
    ];

    /// <summary>Writes <c>anggota.csv</c> (or the given members path), <c>kebijakan.json</c> and, with balances, <c>saldo.csv</c> beside it.</summary>
    /// <param name="membersPath">The members CSV.</param>
    /// <param name="policy">The policy, written as <c>kebijakan.json</c> beside it.</param>
    /// <param name="ledger">The members.</param>
    /// <param name="year">The year of the monthly balances.</param>
    /// <param name="balances">Monthly balances, written as <c>saldo.csv</c> when there are any.</param>
    /// <param name="culture">
    /// How the CSV files write numbers: international (<c>,</c>-separated, <c>1234567.89</c>) or Indonesian
    /// (<c>;</c>-separated, <c>1.234.567,89</c>, as Excel in Indonesia saves CSV).
    /// </param>
    /// <param name="cancellationToken">Stops the write: nothing is left behind.</param>
    public static IReadOnlyList<string> WriteCsv(
        string membersPath, ShuPolicy policy, MemberLedger ledger, int year, IReadOnlyList<BalanceRow> balances,
        NumberCulture culture = NumberCulture.International, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(balances);
        var directory = Path.GetDirectoryName(Path.GetFullPath(membersPath))!;
        var written = new List<string> { membersPath, Path.Combine(directory, ShuInputReader.DefaultPolicyFile) };
        if (balances.Count > 0)
        {
            written.Add(Path.Combine(directory, "saldo.csv"));
        }

        using var files = new AtomicFiles(cancellationToken);
        files.Write(written[0], s => Members(s, ledger, culture, cancellationToken));
        files.Write(written[1], s => PolicyJson(s, policy));
        if (balances.Count > 0)
        {
            files.Write(written[2], s => Balances(s, balances, year, culture, cancellationToken));
        }

        files.Commit();
        return written;
    }

    /// <summary>
    /// Writes the members CSV, the policy as <c>kebijakan.json</c> and, with balances, the balances CSV to streams (the
    /// caller's, left open).
    /// </summary>
    /// <exception cref="ArgumentException">Balances are given but no stream for them.</exception>
    public static void WriteCsv(
        Stream members, Stream policyJson, Stream? balancesCsv, ShuPolicy policy, MemberLedger ledger, int year, IReadOnlyList<BalanceRow> balances,
        NumberCulture culture = NumberCulture.International, CancellationToken cancellationToken = default)
    {
        CheckBalances(balancesCsv, balances);
        Members(Buffered.Writable(members, nameof(members)), ledger, culture, cancellationToken);
        PolicyJson(Buffered.Writable(policyJson, nameof(policyJson)), policy);
        if (balances.Count > 0)
        {
            Balances(Buffered.Writable(balancesCsv!, nameof(balancesCsv)), balances, year, culture, cancellationToken);
        }
    }

    /// <summary>
    /// <see cref="WriteCsv(Stream, Stream, Stream?, ShuPolicy, MemberLedger, int, IReadOnlyList{BalanceRow}, NumberCulture, CancellationToken)"/>
    /// without writing the streams synchronously.
    /// </summary>
    /// <exception cref="ArgumentException">Balances are given but no stream for them.</exception>
    public static Task WriteCsvAsync(
        Stream members, Stream policyJson, Stream? balancesCsv, ShuPolicy policy, MemberLedger ledger, int year, IReadOnlyList<BalanceRow> balances,
        NumberCulture culture = NumberCulture.International, CancellationToken cancellationToken = default)
    {
        CheckBalances(balancesCsv, balances);
        var parts = new List<(Stream, Action<Stream>)>
        {
            (members, s => Members(s, ledger, culture, cancellationToken)),
            (policyJson, s => PolicyJson(s, policy)),
        };
        if (balances.Count > 0)
        {
            parts.Add((balancesCsv!, s => Balances(s, balances, year, culture, cancellationToken)));
        }

        return Buffered.WriteAsync(cancellationToken, [.. parts]);
    }

    private static void CheckBalances(Stream? balancesCsv, IReadOnlyList<BalanceRow> balances)
    {
        ArgumentNullException.ThrowIfNull(balances);
        if (balances.Count > 0 && balancesCsv is null)
        {
            throw new ArgumentException("Balances are given: a stream for the balances CSV is needed.", nameof(balancesCsv));
        }
    }

    private static void Members(Stream stream, MemberLedger ledger, NumberCulture culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var header = MemberHeader(ledger);
        CsvTableWriter.Write(stream, header, Enumerable.Range(0, ledger.Count).Select(i => MemberRow(ledger[i], header)), culture, cancellationToken);
    }

    private static void PolicyJson(Stream stream, ShuPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        using var json = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        json.Write(ShuPolicyJson.Write(policy));
    }

    private static void Balances(Stream stream, IReadOnlyList<BalanceRow> balances, int year, NumberCulture culture, CancellationToken cancellationToken)
    {
        var columns = BalanceColumns(balances);
        CsvTableWriter.Write(stream, [ColumnNames.MemberId, "bulan", .. columns], BalanceRows(balances, columns, year), culture, cancellationToken);
    }

    private static string[] BalanceColumns(IReadOnlyList<BalanceRow> balances) => [.. balances.SelectMany(b => b.Amounts.Keys).Distinct()];

    private static string[] MemberHeader(MemberLedger ledger) =>
        [ColumnNames.MemberId, ColumnNames.Name, ColumnNames.Status, ColumnNames.Joined, ColumnNames.Exited, .. ledger.Columns];

    private static IEnumerable<Value[]> BalanceRows(IReadOnlyList<BalanceRow> balances, string[] columns, int year) =>
        balances.Select(b => new Value[] { b.MemberId, $"{year:D4}-{b.Month:D2}" }.Concat(columns.Select(c => Value.Plain(b.Amounts.GetValueOrDefault(c)))).ToArray());
}
