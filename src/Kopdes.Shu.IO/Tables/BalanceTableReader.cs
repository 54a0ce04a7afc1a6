using System.Globalization;
using Kopdes.Shu.IO.Files;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Validation;

namespace Kopdes.Shu.IO.Tables;

/// <summary>Reads month-end balances: <c>no_anggota</c>, <c>bulan</c> (<c>2025-01</c> or 1-12), then savings columns.</summary>
internal static class BalanceTableReader
{
    public const string MonthColumn = "bulan";

    /// <summary>The balances and each balance's row.</summary>
    /// <param name="table">The balances table.</param>
    /// <param name="policyColumns">The columns the policy's pools name.</param>
    /// <param name="year">
    /// The policy's financial year: a month given with a year must be in it, and a month without one (<c>1</c> to
    /// <c>12</c>) is in it. Without a year, every dated month must be in one and the same year.
    /// </param>
    /// <param name="issues">Receives every problem.</param>
    /// <param name="cancellationToken">Looked at every few thousand rows.</param>
    public static (MonthlyBalances? Balances, int[] Rows) Read(
        Table table, IEnumerable<string> policyColumns, int? year, List<Issue> issues, CancellationToken cancellationToken = default)
    {
        var header = new HeaderMap(table, issues);
        var idColumn = header.IndexOf(ColumnNames.MemberId);
        var monthColumn = header.IndexOf(MonthColumn);
        foreach (var (index, name) in new[] { (idColumn, ColumnNames.MemberId), (monthColumn, MonthColumn) })
        {
            if (index < 0)
            {
                issues.Add(FileIssues.MissingColumn(name).At(file: table.File, sheet: table.Sheet, row: 1));
            }
        }

        if (idColumn < 0 || monthColumn < 0)
        {
            return (null, []);
        }

        var wanted = new HashSet<string>(policyColumns.Select(ColumnNames.Key), StringComparer.Ordinal);
        var amountColumns = header.Indices.Where(i => i != idColumn && i != monthColumn && MemberTableReader.IsAmountColumn(header.Names[i], wanted)).ToArray();
        BalanceRow? Parse(IRow row)
        {
            if (row.IsBlank())
            {
                return null;
            }

            List<Issue>? problems = null;
            var id = row.Text(idColumn) ?? string.Empty;
            if (row.FieldCount is { } fields && fields != table.Header.Count)
            {
                (problems ??= []).Add(FileIssues.FieldCount(id, fields, table.Header.Count).At(file: table.File, sheet: table.Sheet, row: row.Number));
            }

            var monthCell = row.Cell(monthColumn);
            var (monthYear, month) = ParseMonth(monthCell);
            if (monthYear is { } dated && month is not null)
            {
                year ??= dated;
                if (dated != year)
                {
                    (problems ??= []).Add(FileIssues.BalanceOtherYear(id, dated, month.Value, year.Value).At(file: table.File, sheet: table.Sheet, row: row.Number));
                }
            }

            if (month is null)
            {
                (problems ??= []).Add(FileIssues.InvalidMonth(id, monthCell.Display).At(file: table.File, sheet: table.Sheet, row: row.Number));
            }

            var amounts = new decimal[amountColumns.Length];
            for (var a = 0; a < amountColumns.Length; a++)
            {
                if (!row.TryAmount(amountColumns[a], table.Culture, out amounts[a]))
                {
                    var cell = row.Cell(amountColumns[a]);
                    var problem = CellRules.Amount(cell, table.Culture, out _);
                    (problems ??= []).Add(FileIssues.Amount(problem, cell, table.Culture, header.Names[amountColumns[a]], id).At(file: table.File, sheet: table.Sheet, row: row.Number));
                    amounts[a] = 0m;
                }
            }

            return new BalanceRow(row.Number, id, month ?? 1, amounts, problems);
        }

        var builder = new MonthlyBalancesBuilder(amountColumns.Select(i => header.Names[i]));
        var rows = new List<int>();
        foreach (var balance in table.Rows.Checked(cancellationToken).Select(Parse))
        {
            if (balance is null)
            {
                continue;
            }

            issues.AddRange(balance.Problems ?? []);
            builder.Add(balance.Id, balance.Month, balance.Amounts);
            rows.Add(balance.Number);
        }

        var balances = builder.Build();
        var rowNumbers = rows.ToArray();
        issues.AddRange(balances.Issues.Select(issue => MemberTableReader.Locate(issue, table, rowNumbers)));
        return (balances, rowNumbers);
    }

    /// <summary>The month of a <c>bulan</c> cell (1-12 for a valid one), with its year when the cell gives one.</summary>
    private static (int? Year, int? Month) ParseMonth(Cell cell)
    {
        if (cell.Error is not null)
        {
            return (null, null);
        }

        if (cell.Date is { } date)
        {
            return (date.Year, date.Month);
        }

        if (cell.Number is { } number && number == decimal.Truncate(number))
        {
            // 1-12 is a month; a large number is a date Excel made of "2025-01".
            if (number is > 366 and < 2_958_466 || cell.Format == CellFormat.Date)
            {
                var serial = DateTime.FromOADate((double)number);
                return (serial.Year, serial.Month);
            }

            return (null, number is >= int.MinValue and <= int.MaxValue ? (int)number : null);
        }

        var text = cell.AsText();
        if (text is null)
        {
            return (null, null);
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var plain))
        {
            return (null, plain);
        }

        if (CellRules.TryParseDate(text, out var day))
        {
            return (day.Year, day.Month);
        }

        return DateTime.TryParseExact(text, ["yyyy-MM", "MM/yyyy", "M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? (month.Year, month.Month)
            : (null, null);
    }

    private sealed record BalanceRow(int Number, string Id, int Month, decimal[] Amounts, List<Issue>? Problems);
}
