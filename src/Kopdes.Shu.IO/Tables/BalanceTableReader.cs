using System.Globalization;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Validation;

namespace Kopdes.Shu.IO.Tables;

/// <summary>Reads month-end balances: <c>no_anggota</c>, <c>bulan</c> (<c>2025-01</c> or 1-12), then savings columns.</summary>
internal static class BalanceTableReader
{
    public const string MonthColumn = "bulan";

    public static (MonthlyBalances? Balances, int[] Rows) Read(Table table, IEnumerable<string> policyColumns, List<Issue> issues)
    {
        var header = new HeaderMap(table, issues);
        var idColumn = header.IndexOf(ColumnNames.MemberId);
        var monthColumn = header.IndexOf(MonthColumn);
        foreach (var (index, name) in new[] { (idColumn, ColumnNames.MemberId), (monthColumn, MonthColumn) })
        {
            if (index < 0)
            {
                issues.Add(IssueCatalog.MissingColumn(name) with { File = table.File, Sheet = table.Sheet, Row = 1 });
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
                (problems ??= []).Add(IssueCatalog.FieldCount(id, fields, table.Header.Count) with { File = table.File, Sheet = table.Sheet, Row = row.Number });
            }

            var monthCell = row.Cell(monthColumn);
            var month = ParseMonth(monthCell);
            if (month is null)
            {
                (problems ??= []).Add(IssueCatalog.BalanceInvalidMonth(id, 0, 0) with
                {
                    MessageId = $"'{monthCell.Display}' bukan bulan (gunakan 2025-01 atau 1 sampai 12).",
                    MessageEn = $"'{monthCell.Display}' is not a month (use 2025-01 or 1 to 12).",
                    File = table.File,
                    Sheet = table.Sheet,
                    Row = row.Number,
                    LedgerIndex = null,
                });
            }

            var amounts = new decimal[amountColumns.Length];
            for (var a = 0; a < amountColumns.Length; a++)
            {
                if (!row.TryAmount(amountColumns[a], table.Culture, out amounts[a]))
                {
                    (problems ??= []).Add(IssueCatalog.NotANumber(id, header.Names[amountColumns[a]], row.Cell(amountColumns[a]).Display) with { File = table.File, Sheet = table.Sheet, Row = row.Number });
                    amounts[a] = 0m;
                }
            }

            return new BalanceRow(row.Number, id, month ?? 1, amounts, problems);
        }

        var builder = new MonthlyBalancesBuilder(amountColumns.Select(i => header.Names[i]));
        var rows = new List<int>();
        foreach (var balance in table.Rows.Select(Parse))
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

    private static int? ParseMonth(Cell cell)
    {
        if (cell.Date is { } date)
        {
            return date.Month;
        }

        if (cell.Number is { } number && number == decimal.Truncate(number))
        {
            // 1-12 is a month; a large number is a date Excel made of "2025-01".
            return number switch
            {
                >= 1 and <= 12 => (int)number,
                > 366 and < 2_958_466 => DateTime.FromOADate((double)number).Month,
                >= int.MinValue and <= int.MaxValue => (int)number,
                _ => null,
            };
        }

        var text = cell.AsText();
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var plain))
        {
            return plain;
        }

        return DateTime.TryParseExact(text, ["yyyy-MM", "MM/yyyy", "M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month.Month
            : null;
    }

    private sealed record BalanceRow(int Number, string Id, int Month, decimal[] Amounts, List<Issue>? Problems);
}
