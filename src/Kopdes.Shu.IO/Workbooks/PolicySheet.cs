using System.Globalization;
using Kopdes.Shu.IO.Tables;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;
using Kopdes.Shu.Text;
using Kopdes.Shu.Validation;
using Value = Kopdes.Shu.IO.Results.ResultTables.Value;

namespace Kopdes.Shu.IO.Workbooks;

/// <summary>
/// The policy as the <c>Kebijakan</c> sheet holds it: key/value rows, a blank row, then the funds table
/// (<c>kode, nama, persen, induk, cadangan, dasar, simpanan, per_unit</c>); per-unit SHU in the <c>Unit</c> sheet.
/// </summary>
internal static class PolicySheet
{
    public const string SheetName = "Kebijakan";
    public const string UnitSheetName = "Unit";

    private static readonly string[] FundHeader = ["kode", "nama", "persen", "induk", "cadangan", "dasar", "simpanan", "per_unit", "desa", "jumlah_dasar", "dana_non_anggota", "berhak", "akun"];

    // Columns a treasurer may add to the funds table for people, not for the calculation.
    private static readonly string[] NoteColumns = ["keterangan", "catatan", "notes"];

    // The key/value rows' labels, Indonesian first, each with its English name.
    private static readonly (string Label, string English)[] Keys =
    [
        ("koperasi", "cooperative"), ("tahun", "year"), ("keputusan_rat", "decision"), ("kopdes", "kopdes"), ("shu", "shu"),
        ("satuan_pembulatan", "roundingUnit"), ("anggota_berhak", "eligible"), ("pembayaran_minimum", "minimumPayout"),
        ("dana_pembayaran_minimum", "minimumPayoutFund"), ("tarif_pajak", "taxRate"), ("satuan_tunai", "cashUnit"),
        ("akun_shu", "accounts.shu"), ("akun_utang_shu", "accounts.memberPayable"), ("akun_simpanan_sukarela", "accounts.voluntarySavings"),
        ("akun_utang_pajak", "accounts.taxPayable"), ("akun_utang_penyerta", "accounts.partnerPayable"),
    ];

    public static ShuPolicy? Read(WorkbookSource workbook, string file, NumberCulture culture, List<Issue> issues)
    {
        var rows = workbook.Rows(SheetName);
        if (rows is null)
        {
            issues.Add(FileIssues.MissingSheet(file, SheetName));
            return null;
        }

        var sheet = workbook.SheetName(SheetName);
        var first = issues.Count;
        Issue At(Issue issue, int row) => issue.At(file: file, sheet: sheet, row: row);
        var policy = new ShuPolicy();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        // The journal's account rows, by label, made one JournalAccounts when the rows are read.
        var accounts = new Dictionary<string, string>(StringComparer.Ordinal);
        ShuPolicy Account(string label, string code)
        {
            accounts[label] = code;
            return policy;
        }

        var index = 0;
        for (; index < rows.Count; index++)
        {
            var (row, cells) = rows[index];
            var label = Cell.At(cells, 0).AsText();
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

            var key = Keys.FirstOrDefault(k => ColumnNames.Loose(k.Label) == ColumnNames.Loose(label) || ColumnNames.Loose(k.English) == ColumnNames.Loose(label)).Label;
            if (key is null)
            {
                var nearest = Spelling.Nearest(label, Keys.Select(k => k.Label));
                issues.Add(At(FileIssues.UnknownLabel(label, nearest), row));
                continue;
            }

            if (!seen.TryAdd(key, label))
            {
                issues.Add(At(FileIssues.DuplicateLabel(seen[key], label), row));
                continue;
            }

            var value = Cell.At(cells, 1);
            decimal? Amount()
            {
                var problem = CellRules.Amount(value, culture, out var number);
                if (problem != CellProblem.None)
                {
                    issues.Add(At(FileIssues.Amount(problem, value, culture, label!, null), row));
                    return null;
                }

                return value.IsEmpty ? null : number;
            }

            decimal? Percent()
            {
                var problem = CellRules.Percent(value, culture, out var number);
                if (problem != CellProblem.None)
                {
                    issues.Add(At(FileIssues.Percent(problem, value, culture, label!), row));
                    return null;
                }

                return value.IsEmpty ? null : number;
            }

            int? Year()
            {
                if (CellRules.Whole(value, culture, out var year) == CellProblem.None)
                {
                    return year;
                }

                issues.Add(At(FileIssues.InvalidValue(label!, $"tahun, bilangan bulat (bukan '{value.Display}')", $"a year, a whole number (not '{value.Display}')"), row));
                return null;
            }

            // An account code as the cell shows it: typed as a number (3400) or as text.
            string Code() => value.AsText()?.Trim() ?? string.Empty;

            string? Text()
            {
                if (CellRules.Text(value, out var text) == CellProblem.None)
                {
                    return text;
                }

                issues.Add(At(FileIssues.Text(value, label!, null), row));
                return null;
            }

            policy = key switch
            {
                "koperasi" => policy with { Cooperative = Text() },
                "tahun" => policy with { Year = Year() },
                "keputusan_rat" => policy with { Decision = Text() },
                "kopdes" => policy with { Kopdes = YesNo(value, label, row, At, issues) },
                "shu" => policy with { Shu = Amount() },
                "satuan_pembulatan" => policy with { RoundingUnit = Amount() ?? 1m },
                "anggota_berhak" => policy with { Eligible = Statuses(value, label, row, At, issues) },
                "pembayaran_minimum" => policy with { MinimumPayout = Amount() ?? 0m },
                "dana_pembayaran_minimum" => policy with { MinimumPayoutFund = Text() },
                "tarif_pajak" => policy with { TaxRate = Percent() ?? 0m },
                "akun_shu" or "akun_utang_shu" or "akun_simpanan_sukarela" or "akun_utang_pajak" or "akun_utang_penyerta" => Account(key, Code()),
                _ => policy with { CashUnit = Amount() },
            };
        }

        var defaults = new JournalAccounts();
        policy = policy with
        {
            Funds = ReadFunds(rows, index, culture, At, issues),
            Accounts = new JournalAccounts
            {
                Shu = accounts.GetValueOrDefault("akun_shu", defaults.Shu),
                MemberPayable = accounts.GetValueOrDefault("akun_utang_shu", defaults.MemberPayable),
                VoluntarySavings = accounts.GetValueOrDefault("akun_simpanan_sukarela", defaults.VoluntarySavings),
                TaxPayable = accounts.GetValueOrDefault("akun_utang_pajak", defaults.TaxPayable),
                PartnerPayable = accounts.GetValueOrDefault("akun_utang_penyerta", defaults.PartnerPayable),
            },
        };
        if (workbook.Table(UnitSheetName, culture) is { } units)
        {
            policy = policy with { Units = ReadUnits(units, issues) };
        }

        return issues.Skip(first).Any(i => i.IsError) ? null : policy;
    }

    /// <summary>The <c>Kebijakan</c> sheet's rows: key/value pairs, a blank row, the funds table.</summary>
    public static IEnumerable<Value[]> Rows(ShuPolicy policy)
    {
        IEnumerable<Value[]> Pair(string key, object? value) => value switch
        {
            null => [],
            decimal number => [[key, Value.Plain(number)]],
            int whole => [[key, Value.Plain(whole)]],
            _ => [[key, value.ToString()]],
        };

        IEnumerable<Value[]> Funds(IReadOnlyList<FundPolicy> funds, string? parent) => funds.SelectMany(fund => new[]
        {
            new Value[]
            {
                fund.Code, fund.Name, Value.Plain(fund.Percent), parent, fund.Reserve ? "ya" : null, string.Join("+", fund.Basis),
                fund.IsPool ? (fund.Savings == SavingsBasis.MonthlyAverage ? "rata_rata_bulanan" : "akhir_tahun") : null,
                fund.IsPool ? (fund.PerUnit ? "ya" : "tidak") : null, fund.Village ? "ya" : null,
                fund.Total is { } total ? Value.Rupiah(total) : null, fund.NonMemberFund,
                fund.Eligible is { } eligible ? string.Join(", ", eligible.Select(s => s.ToCode())) : null, fund.Account,
            },
        }.Concat(Funds(fund.Funds, fund.Code)));

        return Pair("koperasi", policy.Cooperative)
            .Concat(Pair("tahun", policy.Year))
            .Concat(Pair("keputusan_rat", policy.Decision))
            .Concat(Pair("kopdes", policy.Kopdes is { } k ? (k ? "ya" : "tidak") : null))
            .Concat(Pair("shu", policy.Shu))
            .Concat(Pair("satuan_pembulatan", policy.RoundingUnit))
            .Concat(Pair("anggota_berhak", string.Join(", ", policy.Eligible.Select(s => s.ToCode()))))
            .Concat(Pair("pembayaran_minimum", policy.MinimumPayout))
            .Concat(Pair("dana_pembayaran_minimum", policy.MinimumPayoutFund))
            .Concat(Pair("tarif_pajak", policy.TaxRate))
            .Concat(Pair("satuan_tunai", policy.CashUnit))
            // The journal's accounts, shown with their defaults so the treasurer sees where to put the chart's codes.
            .Concat(Pair("akun_shu", policy.Accounts.Shu))
            .Concat(Pair("akun_utang_shu", policy.Accounts.MemberPayable))
            .Concat(Pair("akun_simpanan_sukarela", policy.Accounts.VoluntarySavings))
            .Concat(Pair("akun_utang_pajak", policy.Accounts.TaxPayable))
            .Concat(Pair("akun_utang_penyerta", policy.Accounts.PartnerPayable))
            .Append([])
            .Append([.. FundHeader.Select(h => new Value(h, Bold: true))])
            .Concat(Funds(policy.Funds, null));
    }

    /// <summary>The <c>Kebijakan</c> sheet, and the <c>Unit</c> sheet when the policy has units.</summary>
    public static IEnumerable<StreamingWorkbookWriter.Sheet> Sheets(ShuPolicy policy)
    {
        yield return new(SheetName, null, Rows(policy), [26, 40, 14, 14, 14, 34, 20, 14, 14]);
        if (policy.Units.Count > 0)
        {
            yield return policy.Units.Any(u => u.Total is not null)
                ? new(UnitSheetName, ["kode", "shu", "jumlah_dasar"], policy.Units.Select(u => new Value[] { u.Code, Value.Rupiah(u.Shu), u.Total is { } t ? Value.Rupiah(t) : null }), [20, 20, 20])
                : new(UnitSheetName, ["kode", "shu"], policy.Units.Select(u => new Value[] { u.Code, Value.Rupiah(u.Shu) }), [20, 20]);
        }
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
                issues.Add(at(FileIssues.InvalidValue(label, "ya atau tidak", "ya (yes) or tidak (no)"), row));
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
                issues.Add(at(FileIssues.UnknownEligibleStatus(part, label), row));
            }
        }

        return statuses.Count == 0 ? [.. new ShuPolicy().Eligible] : [.. statuses.Distinct()];
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
            if (headerCells[c].AsText() is not { } name)
            {
                continue;
            }

            // A misspelt column (per_units) would silently leave its setting at the default: refused, with the nearest.
            if (!FundHeader.Concat(NoteColumns).Any(h => ColumnNames.Loose(h) == ColumnNames.Loose(name)))
            {
                issues.Add(at(FileIssues.UnknownLabel(name, Spelling.Nearest(name, FundHeader)), headerRow));
            }
            else if (!columns.TryAdd(ColumnNames.Loose(name), c))
            {
                issues.Add(at(FileIssues.DuplicateColumn(name), headerRow));
            }
        }

        foreach (var required in new[] { "kode", "persen" })
        {
            if (!columns.ContainsKey(required))
            {
                issues.Add(at(FileIssues.MissingColumn(required), headerRow));
                return [];
            }
        }

        Cell Get(Cell[] cells, string column) => columns.TryGetValue(ColumnNames.Loose(column), out var c) ? Cell.At(cells, c) : Cell.Empty;
        var flat = new List<(FundPolicy Fund, string? Parent, int Row)>();
        foreach (var (row, cells) in rows.Skip(headerIndex + 1))
        {
            if (cells.All(c => c.IsEmpty))
            {
                continue;
            }

            var code = Get(cells, "kode").AsText() ?? string.Empty;
            var percentCell = Get(cells, "persen");
            var problem = CellRules.Percent(percentCell, culture, out var percent);
            if (problem != CellProblem.None || percentCell.IsEmpty)
            {
                issues.Add(at(FileIssues.Percent(problem, percentCell, culture, $"persen ({code})"), row).At(column: "persen"));
            }

            foreach (var column in columns.Where(c => Cell.At(cells, c.Value).Error is not null && c.Key != "persen"))
            {
                issues.Add(at(FileIssues.Text(Cell.At(cells, column.Value), column.Key, null), row));
            }

            var savings = Get(cells, "simpanan").AsText() is { } s ? ColumnNames.Loose(s) : "akhirtahun";
            var basis = (Get(cells, "dasar").AsText() ?? string.Empty).Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var label = $"{code}";
            decimal? statedTotal = null;
            var totalCell = Get(cells, "jumlah_dasar");
            if (!totalCell.IsEmpty)
            {
                var read = CellRules.Amount(totalCell, culture, out var total);
                if (read == CellProblem.None)
                {
                    statedTotal = total;
                }
                else
                {
                    issues.Add(at(FileIssues.Amount(read, totalCell, culture, $"jumlah_dasar ({code})", null), row).At(column: "jumlah_dasar"));
                }
            }

            var fund = new FundPolicy(code, percent)
            {
                Name = Get(cells, "nama").AsText(),
                Reserve = YesNo(Get(cells, "cadangan"), label, row, at, issues) ?? false,
                Village = YesNo(Get(cells, "desa"), label, row, at, issues) ?? false,
                Basis = basis,
                Savings = savings is "ratarata" or "ratarataBulanan" or "rataratabulanan" or "monthlyaverage" ? SavingsBasis.MonthlyAverage : SavingsBasis.YearEnd,
                PerUnit = YesNo(Get(cells, "per_unit"), label, row, at, issues) ?? false,
                Total = statedTotal,
                NonMemberFund = Get(cells, "dana_non_anggota").AsText(),
                Eligible = Get(cells, "berhak").IsEmpty ? null : Statuses(Get(cells, "berhak"), label, row, at, issues),
                Account = Get(cells, "akun").AsText(),
            };
            flat.Add((fund, Get(cells, "induk").AsText(), row));
        }

        // Attach children to parents by code; a parent that is not there (or a cycle) is an error on the row.
        var byCode = flat.GroupBy(f => f.Fund.Code, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        foreach (var (fund, parent, row) in flat)
        {
            if (parent is not null && !byCode.ContainsKey(parent))
            {
                issues.Add(at(FileIssues.InvalidValue($"induk ({fund.Code})", $"kode dana yang ada, bukan '{parent}'", $"the code of a fund in the table, not '{parent}'"), row).At(column: "induk"));
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
            issues.Add(at(FileIssues.InvalidValue($"induk ({fund.Code})", "induk yang akhirnya berujung pada dana tingkat atas (tanpa putaran)", "a parent that leads up to a top-level fund (no cycle)"), row).At(column: "induk"));
        }

        return roots;
    }

    private static BusinessUnit[] ReadUnits(Table table, List<Issue> issues)
    {
        var header = new HeaderMap(table, issues);
        var code = header.IndexOf("kode");
        var shu = header.IndexOf("shu");
        var total = table.Header.ToList().IndexOf("jumlah_dasar");
        var units = new List<BusinessUnit>();
        (BusinessUnit Unit, Issue? Problem)? Parse(IRow row)
        {
            if (row.IsBlank())
            {
                return null;
            }

            var cell = row.Cell(shu);
            var read = CellRules.Amount(cell, table.Culture, out var amount);
            var problem = read == CellProblem.None
                ? null
                : FileIssues.Amount(read, cell, table.Culture, "shu", null).At(file: table.File, sheet: table.Sheet, row: row.Number);
            decimal? stated = null;
            if (total >= 0 && !row.IsEmpty(total))
            {
                var readTotal = CellRules.Amount(row.Cell(total), table.Culture, out var totalAmount);
                stated = totalAmount;
                problem ??= readTotal == CellProblem.None ? null
                    : FileIssues.Amount(readTotal, row.Cell(total), table.Culture, "jumlah_dasar", null).At(file: table.File, sheet: table.Sheet, row: row.Number);
            }

            return (new BusinessUnit(row.Text(code) ?? string.Empty, amount) { Total = stated }, problem);
        }

        foreach (var parsed in table.Rows.Select(Parse))
        {
            if (parsed is var (unit, problem))
            {
                units.Add(unit);
                if (problem is not null)
                {
                    issues.Add(problem);
                }
            }
        }

        return [.. units];
    }
}
