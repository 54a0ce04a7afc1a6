using Kopdes.Shu.Analysis;
using Kopdes.Shu.IO.Csv;
using Kopdes.Shu.IO.Files;
using Kopdes.Shu.IO.Results;
using Kopdes.Shu.IO.Tables;
using Kopdes.Shu.IO.Workbooks;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;

namespace Kopdes.Shu.IO.Verification;

/// <summary>
/// Last year's result file (a result workbook, or the members CSV of the three) as <see cref="LastYearResult"/>:
/// each member's gross SHU and the weights of this year's savings pools, the SHU and this year's reserve fund.
/// </summary>
internal static class LastYearReader
{
    public static LastYearResult Read(string resultPath, ShuPolicy policy, CancellationToken cancellationToken = default)
    {
        var savingsPools = policy.AllFunds().Where(f => f.IsPool && f.Basis.Count > 0 && f.Basis.All(ColumnNames.IsSavings)).Select(f => "bobot:" + f.Code).ToArray();
        var reserve = "dana:" + (policy.AllFunds().FirstOrDefault(f => f.Reserve)?.Code ?? "cadangan");
        if (ShuInputReader.IsWorkbook(resultPath))
        {
            using var workbook = WorkbookSource.Open(resultPath);
            var members = workbook.Table("Anggota", NumberCulture.Auto, ColumnNames.MemberId) ?? throw Missing(resultPath, "Anggota");
            var summary = workbook.Table("Ringkasan", NumberCulture.Auto, "item") ?? throw Missing(resultPath, "Ringkasan");
            return Read(members, summary, savingsPools, reserve, cancellationToken);
        }

        var paths = ResultWriter.CsvPaths(resultPath);
        using var membersCsv = CsvTableSource.Open(InputSource.File(paths[0]), NumberCulture.Auto, cancellationToken);
        using var summaryCsv = CsvTableSource.Open(InputSource.File(paths[2]), NumberCulture.Auto, cancellationToken);
        return Read(membersCsv.Table, summaryCsv.Table, savingsPools, reserve, cancellationToken);
    }

    private static LastYearResult Read(Table members, Table summary, string[] savingsPools, string reserve, CancellationToken cancellationToken)
    {
        var id = Column(members, ColumnNames.MemberId);
        var shu = Column(members, "shu");
        var header = members.Header.ToList();
        var weights = savingsPools.Select(p => header.IndexOf(p)).Where(i => i >= 0).ToArray();
        var memberShu = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var memberSavings = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var row in members.Rows.Checked(cancellationToken))
        {
            // The totals row under a workbook's members has no member number.
            if (row.Text(id) is not { Length: > 0 } member)
            {
                continue;
            }

            memberShu[member] = row.TryAmount(shu, members.Culture, out var amount) ? amount : 0m;
            memberSavings[member] = weights.Sum(w => row.TryAmount(w, members.Culture, out var weight) ? weight : 0m);
        }

        decimal total = 0, reserveAmount = 0;
        var item = Column(summary, "item");
        var value = Column(summary, "nilai");
        foreach (var row in summary.Rows.Checked(cancellationToken))
        {
            var key = row.Text(item);
            if (key == "shu" && row.TryAmount(value, summary.Culture, out var s))
            {
                total = s;
            }
            else if (key == reserve && row.TryAmount(value, summary.Culture, out var r))
            {
                reserveAmount = r;
            }
        }

        return new LastYearResult(memberShu, memberSavings, total, reserveAmount);
    }

    private static int Column(Table table, string name) =>
        table.Header.ToList().IndexOf(name) is var index and >= 0 ? index : throw new InvalidDataException($"{table.File}: no column {name}.");

    private static InvalidDataException Missing(string file, string sheet) => new($"{Path.GetFileName(file)}: no sheet {sheet}.");
}
