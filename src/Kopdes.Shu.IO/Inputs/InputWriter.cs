using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using Kopdes.Shu.IO.Files;
using Kopdes.Shu.IO.Workbooks;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;

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

    /// <summary>Writes everything into one workbook.</summary>
    public static void WriteWorkbook(string path, ShuPolicy policy, MemberLedger ledger, int year, IReadOnlyList<BalanceRow> balances)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(balances);
        using var files = new AtomicFiles();
        using (var workbook = new XLWorkbook())
        {
            var members = workbook.Worksheets.Add(ShuInputReader.MembersSheet);
            var header = MemberHeader(ledger);
            for (var c = 0; c < header.Length; c++)
            {
                members.Cell(1, c + 1).SetValue(header[c]);
                members.Column(c + 1).Width = c == 1 ? 28 : 18;
            }

            for (var i = 0; i < ledger.Count; i++)
            {
                var member = ledger[i];
                var row = i + 2;
                members.Cell(row, 1).SetValue(member.Id);
                members.Cell(row, 1).DataType = XLDataType.Text;
                members.Cell(row, 2).SetValue(member.Name ?? string.Empty);
                members.Cell(row, 3).SetValue(member.Status.ToCode());
                if (member.Joined is { } joined)
                {
                    members.Cell(row, 4).Value = joined.ToDateTime(TimeOnly.MinValue);
                    members.Cell(row, 4).Style.DateFormat.Format = "yyyy-mm-dd";
                }

                if (member.Exited is { } exited)
                {
                    members.Cell(row, 5).Value = exited.ToDateTime(TimeOnly.MinValue);
                    members.Cell(row, 5).Style.DateFormat.Format = "yyyy-mm-dd";
                }

                for (var c = 5; c < header.Length; c++)
                {
                    members.Cell(row, c + 1).Value = (double)member.Amounts[header[c]];
                    members.Cell(row, c + 1).Style.NumberFormat.Format = "#,##0.##";
                }
            }

            members.SheetView.FreezeRows(1);
            members.Row(1).Style.Font.Bold = true;
            PolicySheet.Write(workbook, policy);
            if (balances.Count > 0)
            {
                var columns = balances.SelectMany(b => b.Amounts.Keys).Distinct().ToArray();
                var sheet = workbook.Worksheets.Add(ShuInputReader.BalancesSheet);
                sheet.Cell(1, 1).SetValue(ColumnNames.MemberId);
                sheet.Cell(1, 2).SetValue("bulan");
                for (var c = 0; c < columns.Length; c++)
                {
                    sheet.Cell(1, c + 3).SetValue(columns[c]);
                }

                for (var i = 0; i < balances.Count; i++)
                {
                    sheet.Cell(i + 2, 1).SetValue(balances[i].MemberId);
                    sheet.Cell(i + 2, 1).DataType = XLDataType.Text;
                    sheet.Cell(i + 2, 2).SetValue($"{year:D4}-{balances[i].Month:D2}");
                    for (var c = 0; c < columns.Length; c++)
                    {
                        sheet.Cell(i + 2, c + 3).Value = (double)balances[i].Amounts.GetValueOrDefault(columns[c]);
                    }
                }
            }

            using var stream = files.Create(path);
            workbook.SaveAs(stream);
        }

        files.Commit();
    }

    /// <summary>Writes <c>anggota.csv</c> (or the given members path), <c>kebijakan.json</c> and, with balances, <c>saldo.csv</c> beside it.</summary>
    public static IReadOnlyList<string> WriteCsv(string membersPath, ShuPolicy policy, MemberLedger ledger, int year, IReadOnlyList<BalanceRow> balances)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(balances);
        var directory = Path.GetDirectoryName(Path.GetFullPath(membersPath))!;
        var written = new List<string> { membersPath, Path.Combine(directory, ShuInputReader.DefaultPolicyFile) };
        using var files = new AtomicFiles();
        var header = MemberHeader(ledger);
        WriteCsv(files.Create(membersPath), header, Enumerable.Range(0, ledger.Count).Select(i =>
        {
            var member = ledger[i];
            return header.Select((column, c) => c switch
            {
                0 => member.Id,
                1 => member.Name ?? string.Empty,
                2 => member.Status.ToCode(),
                3 => member.Joined?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                4 => member.Exited?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                _ => member.Amounts[column].ToString(CultureInfo.InvariantCulture),
            }).ToArray();
        }));
        using (var json = new StreamWriter(files.Create(written[1]), new UTF8Encoding(false)))
        {
            json.Write(ShuPolicyJson.Write(policy));
        }

        if (balances.Count > 0)
        {
            var columns = balances.SelectMany(b => b.Amounts.Keys).Distinct().ToArray();
            written.Add(Path.Combine(directory, "saldo.csv"));
            WriteCsv(files.Create(written[2]), [ColumnNames.MemberId, "bulan", .. columns], balances.Select(b =>
                new[] { b.MemberId, $"{year:D4}-{b.Month:D2}" }.Concat(columns.Select(c => b.Amounts.GetValueOrDefault(c).ToString(CultureInfo.InvariantCulture))).ToArray()));
        }

        files.Commit();
        return written;
    }

    private static string[] MemberHeader(MemberLedger ledger) =>
        [ColumnNames.MemberId, ColumnNames.Name, ColumnNames.Status, ColumnNames.Joined, ColumnNames.Exited, .. ledger.Columns];

    private static void WriteCsv(Stream stream, string[] header, IEnumerable<string[]> rows)
    {
        using var text = new StreamWriter(stream, new UTF8Encoding(false));
        using var csv = CsvWriter.Create(text, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: false);
        csv.WriteHeader(header);
        foreach (var row in rows)
        {
            csv.WriteRecord([.. row.Select(Results.ResultWriter.Neutralize)]);
        }
    }
}
