using System.Globalization;
using ClosedXML.Excel;
using Kopdes.Shu.IO.Tables;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;
using Kopdes.Shu.Validation;

namespace Kopdes.Shu.IO.Workbooks;

/// <summary>
/// The policy as the <c>Kebijakan</c> sheet holds it: key/value rows, a blank row, then the funds table
/// (<c>kode, nama, persen, induk, cadangan, dasar, simpanan, per_unit</c>); per-unit SHU in the <c>Unit</c> sheet.
/// </summary>
internal static class PolicySheet
{
    public const string SheetName = "Kebijakan";
    public const string UnitSheetName = "Unit";

    private static readonly string[] FundHeader = ["kode", "nama", "persen", "induk", "cadangan", "dasar", "simpanan", "per_unit", "desa"];

    public static ShuPolicy? Read(WorkbookSource workbook, string file, NumberCulture culture, List<Issue> issues)
    {
        var rows = workbook.Rows(SheetName);
        if (rows is null)
        {
            issues.Add(IssueCatalog.MissingSheet(file, SheetName));
            return null;
        }

        var sheet = workbook.SheetName(SheetName);
        var first = issues.Count;
        Issue At(Issue issue, int row) => issue with { File = file, Sheet = sheet, Row = row };
        var policy = new ShuPolicy();
        var index = 0;
        for (; index < rows.Count; index++)
        {
            var (row, cells) = rows[index];
            var label = MemberTableReader.At(cells, 0).AsText();
            if (label is null)
            {
                if (cells.All(c => c.IsEmpty))
                {
                    continue;
                }

                break;
            }

            if (ColumnNames.Loose(label) == "kode")
            {
                break;
            }

            var value = MemberTableReader.At(cells, 1);
            decimal? Number()
            {
                if (value.IsEmpty)
                {
                    return null;
                }

                if (value.TryAmount(culture, out var number))
                {
                    return number;
                }

                issues.Add(At(IssueCatalog.InvalidValue(label!, "angka", "a number"), row));
                return null;
            }

            policy = ColumnNames.Loose(label) switch
            {
                "koperasi" or "cooperative" => policy with { Cooperative = value.AsText() },
                "tahun" or "year" => policy with { Year = Number() is { } y ? (int)y : null },
                "keputusanrat" or "decision" => policy with { Decision = value.AsText() },
                "kopdes" => policy with { Kopdes = YesNo(value, label, row, At, issues) },
                "shu" => policy with { Shu = Number() },
                "satuanpembulatan" or "roundingunit" => policy with { RoundingUnit = Number() ?? 1m },
                "anggotaberhak" or "eligible" => policy with { Eligible = Statuses(value, label, row, At, issues) },
                "pembayaranminimum" or "minimumpayout" => policy with { MinimumPayout = Number() ?? 0m },
                "danapembayaranminimum" or "minimumpayoutfund" => policy with { MinimumPayoutFund = value.AsText() },
                "tarifpajak" or "taxrate" => policy with { TaxRate = Number() ?? 0m },
                "satuantunai" or "cashunit" => policy with { CashUnit = Number() },
                _ => Warn(policy, At(IssueCatalog.UnknownKey(label), row), issues),
            };
        }

        policy = policy with { Funds = ReadFunds(rows, index, culture, At, issues) };
        if (workbook.Table(UnitSheetName, culture) is { } units)
        {
            policy = policy with { Units = ReadUnits(units, issues) };
        }

        return issues.Skip(first).Any(i => i.IsError) ? null : policy;
    }

    public static void Write(XLWorkbook workbook, ShuPolicy policy)
    {
        var sheet = workbook.Worksheets.Add(SheetName);
        var row = 1;
        void Pair(string key, object? value)
        {
            if (value is null)
            {
                return;
            }

            sheet.Cell(row, 1).Value = key;
            switch (value)
            {
                case decimal number:
                    sheet.Cell(row, 2).Value = (double)number;
                    break;
                case int whole:
                    sheet.Cell(row, 2).Value = whole;
                    break;
                default:
                    sheet.Cell(row, 2).SetValue(value.ToString());
                    break;
            }

            row++;
        }

        Pair("koperasi", policy.Cooperative);
        Pair("tahun", policy.Year);
        Pair("keputusan_rat", policy.Decision);
        Pair("kopdes", policy.Kopdes is { } k ? (k ? "ya" : "tidak") : null);
        Pair("shu", policy.Shu);
        Pair("satuan_pembulatan", policy.RoundingUnit);
        Pair("anggota_berhak", string.Join(", ", policy.Eligible.Select(s => s.ToCode())));
        Pair("pembayaran_minimum", policy.MinimumPayout);
        Pair("dana_pembayaran_minimum", policy.MinimumPayoutFund);
        Pair("tarif_pajak", policy.TaxRate);
        Pair("satuan_tunai", policy.CashUnit);
        row++;
        for (var c = 0; c < FundHeader.Length; c++)
        {
            sheet.Cell(row, c + 1).Value = FundHeader[c];
        }

        sheet.Row(row).Style.Font.Bold = true;
        row++;
        void Funds(IReadOnlyList<FundPolicy> funds, string? parent)
        {
            foreach (var fund in funds)
            {
                sheet.Cell(row, 1).SetValue(fund.Code);
                sheet.Cell(row, 2).SetValue(fund.Name ?? string.Empty);
                sheet.Cell(row, 3).Value = (double)fund.Percent;
                sheet.Cell(row, 4).SetValue(parent ?? string.Empty);
                sheet.Cell(row, 5).SetValue(fund.Reserve ? "ya" : string.Empty);
                sheet.Cell(row, 6).SetValue(string.Join("+", fund.Basis));
                sheet.Cell(row, 7).SetValue(fund.IsPool ? (fund.Savings == SavingsBasis.MonthlyAverage ? "rata_rata_bulanan" : "akhir_tahun") : string.Empty);
                sheet.Cell(row, 8).SetValue(fund.IsPool ? (fund.PerUnit ? "ya" : "tidak") : string.Empty);
                sheet.Cell(row, 9).SetValue(fund.Village ? "ya" : string.Empty);
                row++;
                Funds(fund.Funds, fund.Code);
            }
        }

        Funds(policy.Funds, null);
        sheet.Column(1).Width = 26;
        sheet.Column(2).Width = 40;
        for (var c = 3; c <= FundHeader.Length; c++)
        {
            sheet.Column(c).Width = c == 6 ? 34 : 14;
        }

        if (policy.Units.Count > 0)
        {
            var units = workbook.Worksheets.Add(UnitSheetName);
            units.Cell(1, 1).Value = "kode";
            units.Cell(1, 2).Value = "shu";
            for (var i = 0; i < policy.Units.Count; i++)
            {
                units.Cell(i + 2, 1).SetValue(policy.Units[i].Code);
                units.Cell(i + 2, 2).Value = (double)policy.Units[i].Shu;
            }

            units.Column(1).Width = 20;
            units.Column(2).Width = 20;
        }
    }

    private static ShuPolicy Warn(ShuPolicy policy, Issue issue, List<Issue> issues)
    {
        issues.Add(issue);
        return policy;
    }

    private static bool? YesNo(Cell cell, string label, int row, Func<Issue, int, Issue> at, List<Issue> issues)
    {
        switch (cell.AsText() is { } text ? ColumnNames.Loose(text) : null)
        {
            case null:
                return null;
            case "ya" or "y" or "yes" or "true" or "1" or "benar":
                return true;
            case "tidak" or "t" or "no" or "false" or "0" or "salah":
                return false;
            default:
                issues.Add(at(IssueCatalog.InvalidValue(label, "ya atau tidak", "ya (yes) or tidak (no)"), row));
                return null;
        }
    }

    private static MemberStatus[] Statuses(Cell cell, string label, int row, Func<Issue, int, Issue> at, List<Issue> issues)
    {
        var statuses = new List<MemberStatus>();
        foreach (var part in (cell.AsText() ?? string.Empty).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (MemberStatuses.TryParse(part, out var status))
            {
                statuses.Add(status);
            }
            else
            {
                issues.Add(at(IssueCatalog.UnknownEligibleStatus(part, label), row));
            }
        }

        return statuses.Count == 0 ? [.. ShuPolicy.DefaultEligible] : [.. statuses.Distinct()];
    }

    private static FundPolicy[] ReadFunds(
        IReadOnlyList<(int Row, Cell[] Cells)> rows, int headerIndex, NumberCulture culture, Func<Issue, int, Issue> at, List<Issue> issues)
    {
        if (headerIndex >= rows.Count)
        {
            return [];
        }

        var (headerRow, headerCells) = rows[headerIndex];
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < headerCells.Length; c++)
        {
            if (headerCells[c].AsText() is { } name)
            {
                columns.TryAdd(ColumnNames.Loose(name), c);
            }
        }

        foreach (var required in new[] { "kode", "persen" })
        {
            if (!columns.ContainsKey(required))
            {
                issues.Add(at(IssueCatalog.MissingColumn(required), headerRow));
                return [];
            }
        }

        Cell Get(Cell[] cells, string column) => columns.TryGetValue(ColumnNames.Loose(column), out var c) ? MemberTableReader.At(cells, c) : Cell.Empty;
        var flat = new List<(FundPolicy Fund, string? Parent, int Row)>();
        foreach (var (row, cells) in rows.Skip(headerIndex + 1))
        {
            if (cells.All(c => c.IsEmpty))
            {
                continue;
            }

            var code = Get(cells, "kode").AsText() ?? string.Empty;
            var percentCell = Get(cells, "persen");
            if (!percentCell.TryAmount(culture, out var percent) || percentCell.IsEmpty)
            {
                issues.Add(at(IssueCatalog.InvalidValue($"persen ({code})", "angka persentase", "a percentage"), row) with { Column = "persen" });
            }

            var savings = Get(cells, "simpanan").AsText() is { } s ? ColumnNames.Loose(s) : "akhirtahun";
            var basis = (Get(cells, "dasar").AsText() ?? string.Empty).Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var label = $"{code}";
            var fund = new FundPolicy(code, percent)
            {
                Name = Get(cells, "nama").AsText(),
                Reserve = YesNo(Get(cells, "cadangan"), label, row, at, issues) ?? false,
                Village = YesNo(Get(cells, "desa"), label, row, at, issues) ?? false,
                Basis = basis,
                Savings = savings is "ratarata" or "ratarataBulanan" or "rataratabulanan" or "monthlyaverage" ? SavingsBasis.MonthlyAverage : SavingsBasis.YearEnd,
                PerUnit = YesNo(Get(cells, "per_unit"), label, row, at, issues) ?? false,
            };
            flat.Add((fund, Get(cells, "induk").AsText(), row));
        }

        // Attach children to parents by code; a parent that is not there (or a cycle) is an error on the row.
        var byCode = flat.GroupBy(f => f.Fund.Code, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        foreach (var (fund, parent, row) in flat)
        {
            if (parent is not null && !byCode.ContainsKey(parent))
            {
                issues.Add(at(IssueCatalog.InvalidValue($"induk ({fund.Code})", $"kode dana yang ada, bukan '{parent}'", $"the code of a fund in the table, not '{parent}'"), row) with { Column = "induk" });
            }
        }

        var reached = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        FundPolicy Build(FundPolicy fund)
        {
            reached.Add(fund.Code);
            var children = flat.Where(f => f.Parent is not null && string.Equals(f.Parent, fund.Code, StringComparison.OrdinalIgnoreCase) && !reached.Contains(f.Fund.Code)).ToList();
            return children.Count == 0 ? fund : fund with { Funds = [.. children.Select(c => Build(c.Fund))] };
        }

        var roots = flat.Where(f => string.IsNullOrEmpty(f.Parent)).Select(f => Build(f.Fund)).ToArray();
        foreach (var (fund, parent, row) in flat.Where(f => !reached.Contains(f.Fund.Code) && f.Parent is not null && byCode.ContainsKey(f.Parent)))
        {
            issues.Add(at(IssueCatalog.InvalidValue($"induk ({fund.Code})", "induk yang akhirnya berujung pada dana tingkat atas (tanpa putaran)", "a parent that leads up to a top-level fund (no cycle)"), row) with { Column = "induk" });
        }

        return roots;
    }

    private static BusinessUnit[] ReadUnits(Table table, List<Issue> issues)
    {
        var header = new HeaderMap(table, issues);
        var code = header.IndexOf("kode");
        var shu = header.IndexOf("shu");
        var units = new List<BusinessUnit>();
        foreach (var (row, cells) in table.Rows)
        {
            if (cells.All(c => c.IsEmpty))
            {
                continue;
            }

            var cell = MemberTableReader.At(cells, shu);
            if (!cell.TryAmount(table.Culture, out var amount))
            {
                issues.Add(IssueCatalog.NotANumber(null, "shu", cell.Display) with { File = table.File, Sheet = table.Sheet, Row = row });
            }

            units.Add(new BusinessUnit(MemberTableReader.At(cells, code).AsText() ?? string.Empty, amount));
        }

        return [.. units];
    }

    internal static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
