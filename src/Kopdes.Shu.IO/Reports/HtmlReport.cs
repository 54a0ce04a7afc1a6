using System.Globalization;
using System.Net;
using System.Text;
using Kopdes.Shu.Analysis;
using Kopdes.Shu.IO.Files;
using Kopdes.Shu.IO.Results;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Money;
using Kopdes.Shu.Results;

namespace Kopdes.Shu.IO.Reports;

/// <summary>
/// The members' meeting report: one self-contained, printable HTML file (no script, no font, no image from
/// anywhere): the summary and reconciliation, the fund split, the spread of member SHU (histogram, Lorenz
/// curve and Gini coefficient), the top and bottom of the list, the full numbered member list, and one slip per
/// member with the net SHU in words. Charts are inline SVG drawn here. Indonesian unless the context says English.
/// Every text from the inputs is HTML-encoded.
/// </summary>
/// <remarks>
/// Printed on A4, the report is laid out in pages: the summary, the funds, the spread, the top and bottom, and
/// the reconciliation each begin a page; the member list is <see cref="MembersPerPage"/> rows a page and the
/// slips <see cref="SlipsPerPage"/> a page, so the meeting knows how much paper to expect.
/// </remarks>
public static class HtmlReport
{
    private const int ListLength = 10;

    /// <summary>Rows of the member list on one printed page.</summary>
    internal const int MembersPerPage = 40;

    /// <summary>Slips on one printed page (two columns of three).</summary>
    internal const int SlipsPerPage = 6;

    /// <summary>Printed pages before the member list: summary, funds, spread, top and bottom, reconciliation.</summary>
    internal const int FrontPages = 5;

    /// <summary>Writes the report to <paramref name="output"/> (UTF-8).</summary>
    public static void Write(ShuResult result, ResultContext context, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var t = new Words(context.Language == Language.English);
        var policy = result.Policy;
        var distribution = PayoutDistribution.Of(result);
        var title = $"{t["Laporan Pembagian SHU", "SHU Distribution Report"]}{(policy.Cooperative is { } name ? " - " + name : string.Empty)}{(policy.Year is { } year ? " " + year.ToString(CultureInfo.InvariantCulture) : string.Empty)}";

        Begin(output, t.English, title, Style);
        if (policy.Decision is { } decision)
        {
            output.Write($"<p class=\"muted\">{E(t["Dasar", "Basis"])}: {E(decision)}</p>");
        }

        if (context.CalculatedOn is { } date)
        {
            var on = t.English ? date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID"));
            output.Write($"<p class=\"muted\">{E(t["Dihitung pada", "Calculated on"])} {E(on)}</p>");
        }

        output.Write("</header>\n<main>\n");
        WriteSummary(output, result, t);
        WriteFunds(output, result, t);
        WriteDistribution(output, distribution, t);
        WriteTopAndBottom(output, result, context, t);
        WriteChecks(output, result, context, t);
        WriteMemberList(output, result, result.Members, result.Totals, t["Daftar SHU anggota", "Members' SHU"], context, t, cancellationToken);
        if (result.Partners.Count > 0)
        {
            // Capital partners are not members: a table of their own, and no slips among the members'.
            WriteMemberList(output, result, result.Partners, result.PartnerTotals, t["Bagian penyerta modal (bukan anggota)", "Capital partners' shares (not members)"], context, t, cancellationToken);
        }

        WriteSlips(output, result, context, t, cancellationToken);
        output.Write($"</main>\n<footer class=\"muted\">Kopdes.Shu {E(ResultContext.EngineVersion)}</footer>\n</body>\n</html>\n");
    }

    private static void WriteSummary(TextWriter o, ShuResult r, Words t)
    {
        o.Write($"<section><h2>{E(t["Ringkasan", "Summary"])}</h2>\n<table class=\"kv\">\n");
        Row(o, t["SHU yang dibagi", "SHU to distribute"], Rp(r.Shu, t));
        if (r.IsLoss)
        {
            Row(o, t["Tahun rugi: tidak ada yang dibagikan", "Loss year: nothing is distributed"], Rp(r.Deficit, t));
        }

        Row(o, t["Sisa pembulatan (ke dana cadangan)", "Rounding dust (to the reserve)"], Rp(r.Dust, t));
        Row(o, t["Anggota dalam daftar", "Members listed"], Count(r.Members.Count, t));
        Row(o, t["Anggota yang menerima SHU", "Members paid"], Count(r.MembersPaid, t));
        Row(o, t["SHU kotor anggota", "Members' gross SHU"], Rp(r.Totals.Gross, t));
        Row(o, t["Pajak dipotong", "Tax withheld"], Rp(r.Totals.Tax, t));
        Row(o, t["Dibayar tunai", "Paid in cash"], Rp(r.Totals.Cash, t));
        Row(o, t["Masuk simpanan sukarela", "Credited to voluntary savings"], Rp(r.Totals.ToVoluntarySavings, t));
        if (r.Partners.Count > 0)
        {
            Row(o, t["Penyerta modal (bukan anggota)", "Capital partners (not members)"], Count(r.Partners.Count, t));
            Row(o, t["Utang SHU kepada penyerta modal", "Owed to capital partners"], Rp(r.PartnerTotals.Net, t));
        }

        foreach (var pool in r.Pools)
        {
            Row(o, $"{pool.Name}: {t["dibayarkan ke anggota", "paid to members"]}", Rp(pool.Distributed, t));
            if (pool.Forfeited != 0)
            {
                Row(o, $"{pool.Name}: {t["di bawah pembayaran minimum", "below the minimum payout"]}", Rp(pool.Forfeited, t));
            }

            if (pool.NonMember != 0)
            {
                Row(o, $"{pool.Name}: {t["bagian usaha dengan non-anggota, ke dana " + pool.NonMemberFund, "the non-members' part, to fund " + pool.NonMemberFund]}", Rp(pool.NonMember, t));
            }

            if (pool.Unallocated != 0)
            {
                Row(o, $"{pool.Name}: {t["tanpa anggota berhak berbobot, ke dana cadangan", "no eligible weight, to the reserve"]}", Rp(pool.Unallocated, t));
            }
        }

        o.Write("</table></section>\n");
    }

    private static void WriteFunds(TextWriter o, ShuResult r, Words t)
    {
        o.Write($"<section><h2>{E(t["Pembagian dana", "Fund split"])}</h2>\n");
        var leaves = r.Funds.Where(f => !f.IsParent).ToArray();
        var largest = leaves.Length == 0 ? 0m : leaves.Max(f => f.Amount);
        const int barLeft = 200, barWidth = 420, rowHeight = 26;
        var height = (leaves.Length * rowHeight) + 10;
        o.Write($"<svg class=\"chart\" role=\"img\" aria-label=\"{E(t["Pembagian dana", "Fund split"])}\" viewBox=\"0 0 760 {height}\" width=\"760\" height=\"{height}\">\n");
        for (var i = 0; i < leaves.Length; i++)
        {
            var fund = leaves[i];
            var y = 5 + (i * rowHeight);
            var width = largest <= 0 ? 0 : (double)(fund.Amount / largest) * barWidth;
            o.Write($"<text x=\"{barLeft - 8}\" y=\"{y + 17}\" text-anchor=\"end\">{E(fund.Name)}</text>");
            o.Write($"<rect class=\"bar{(fund.IsPool ? " pool" : string.Empty)}\" x=\"{barLeft}\" y=\"{y + 3}\" width=\"{N(width)}\" height=\"{rowHeight - 8}\"><title>{E(fund.Name)}: {E(Rp(fund.Amount, t))}</title></rect>");
            o.Write($"<text x=\"{N(barLeft + width + 6)}\" y=\"{y + 17}\">{E(Rp(fund.Amount, t))} ({E(Percent(fund.PercentOfShu, t))})</text>\n");
        }

        o.Write("</svg>\n<table class=\"grid\"><thead><tr>");
        foreach (var head in new[] { t["Kode", "Code"], t["Dana", "Fund"], t["Persen dari induk", "Percent of parent"], t["Persen dari SHU", "Percent of SHU"], t["Jumlah", "Amount"] })
        {
            o.Write($"<th>{E(head)}</th>");
        }

        o.Write("</tr></thead><tbody>\n");
        foreach (var fund in r.Funds)
        {
            o.Write($"<tr class=\"depth{fund.Depth}\"><td>{E(fund.Code)}</td><td>{E(fund.Name)}</td><td class=\"num\">{E(Percent(fund.Percent, t))}</td><td class=\"num\">{E(Percent(fund.PercentOfShu, t))}</td><td class=\"num\">{E(Rp(fund.Amount, t))}</td></tr>\n");
        }

        o.Write("</tbody></table></section>\n");
    }

    private static void WriteDistribution(TextWriter o, PayoutDistribution d, Words t)
    {
        o.Write($"<section><h2>{E(t["Sebaran SHU anggota", "Spread of member SHU"])}</h2>\n");
        o.Write($"<p>{E(t["Anggota berhak", "Eligible members"])}: {Count(d.Count, t)}; {E(t["menerima SHU", "paid"])}: {Count(d.Paid, t)}. ");
        o.Write($"{E(t["Median", "Median"])} {E(Rp(decimal.Round(d.Median), t))}, {E(t["kuartil", "quartiles"])} {E(Rp(decimal.Round(d.LowerQuartile), t))} - {E(Rp(decimal.Round(d.UpperQuartile), t))}, {E(t["terbesar", "largest"])} {E(Rp(d.Maximum, t))}.</p>\n");
        o.Write("<div class=\"charts\">\n");

        // Histogram: members paid more than 0, twenty equal-width bins.
        const int w = 360, h = 240, left = 44, bottom = 40, top = 10;
        var plotW = w - left - 10;
        var plotH = h - top - bottom;
        var most = d.Histogram.Count == 0 ? 0 : d.Histogram.Max(b => b.Members);
        o.Write($"<figure><svg class=\"chart\" id=\"histogram\" role=\"img\" aria-label=\"{E(t["Histogram SHU anggota", "Histogram of member SHU"])}\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\">\n");
        o.Write($"<line class=\"axis\" x1=\"{left}\" y1=\"{top + plotH}\" x2=\"{left + plotW}\" y2=\"{top + plotH}\"/><line class=\"axis\" x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{top + plotH}\"/>\n");
        for (var i = 0; i < d.Histogram.Count; i++)
        {
            var (from, to, members) = d.Histogram[i];
            var barW = (double)plotW / d.Histogram.Count;
            var barH = most == 0 ? 0 : (double)members / most * plotH;
            o.Write($"<rect class=\"bar\" x=\"{N(left + (i * barW) + 1)}\" y=\"{N(top + plotH - barH)}\" width=\"{N(barW - 2)}\" height=\"{N(barH)}\"><title>{E(Rp(from, t))} - {E(Rp(to, t))}: {members}</title></rect>\n");
        }

        o.Write($"<text x=\"{left - 6}\" y=\"{top + 10}\" text-anchor=\"end\">{most}</text><text x=\"{left - 6}\" y=\"{top + plotH}\" text-anchor=\"end\">0</text>");
        o.Write($"<text x=\"{left}\" y=\"{h - 22}\">0</text><text x=\"{left + plotW}\" y=\"{h - 22}\" text-anchor=\"end\">{E(Rp(d.Histogram.Count == 0 ? 0 : d.Histogram[^1].To, t))}</text>");
        o.Write($"<text x=\"{left + (plotW / 2)}\" y=\"{h - 6}\" text-anchor=\"middle\">{E(t["SHU kotor per anggota", "Gross SHU per member"])}</text></svg>");
        o.Write($"<figcaption>{E(t["Jumlah anggota menurut besar SHU", "Members by size of SHU"])}</figcaption></figure>\n");

        // Lorenz curve against the line of equality.
        const int size = 240, margin = 36;
        var plot = size - (2 * margin) + 20;
        string X(decimal share) => N(margin + ((double)share * plot));
        string Y(decimal share) => N(size - margin - ((double)share * plot));
        o.Write($"<figure><svg class=\"chart\" id=\"lorenz\" role=\"img\" aria-label=\"{E(t["Kurva Lorenz", "Lorenz curve"])}\" viewBox=\"0 0 {size + 20} {size}\" width=\"{size + 20}\" height=\"{size}\">\n");
        o.Write($"<line class=\"axis\" x1=\"{X(0)}\" y1=\"{Y(0)}\" x2=\"{X(1)}\" y2=\"{Y(0)}\"/><line class=\"axis\" x1=\"{X(0)}\" y1=\"{Y(0)}\" x2=\"{X(0)}\" y2=\"{Y(1)}\"/>\n");
        o.Write($"<line class=\"equality\" x1=\"{X(0)}\" y1=\"{Y(0)}\" x2=\"{X(1)}\" y2=\"{Y(1)}\"/>\n");
        o.Write($"<polyline class=\"lorenz\" points=\"{string.Join(' ', d.Lorenz.Select(p => X(p.Members) + "," + Y(p.Shu)))}\"/>\n");
        o.Write($"<text x=\"{X(0.5m)}\" y=\"{size - 8}\" text-anchor=\"middle\">{E(t["bagian anggota", "share of members"])}</text>");
        o.Write($"<text x=\"12\" y=\"{Y(0.5m)}\" transform=\"rotate(-90 12 {Y(0.5m)})\" text-anchor=\"middle\">{E(t["bagian SHU", "share of SHU"])}</text></svg>");
        o.Write($"<figcaption>{E(t["Kurva Lorenz; koefisien Gini", "Lorenz curve; Gini coefficient"])} <strong id=\"gini\">{E(Decimal(decimal.Round(d.Gini, 3), t))}</strong> ");
        o.Write($"({E(t["0 = semua sama, 1 = satu anggota menerima semuanya", "0 = all equal, 1 = one member gets everything"])})</figcaption></figure>\n");
        o.Write("</div></section>\n");
    }

    private static void WriteTopAndBottom(TextWriter o, ShuResult r, ResultContext context, Words t)
    {
        // Ties by ledger order, so the lists are the same on every run.
        var eligible = r.Members.Where(m => m.Eligible).Select(m => (Member: m, m.Index, m.Payout.Gross)).ToArray();
        var top = eligible.OrderByDescending(m => m.Gross).ThenBy(m => m.Index).Take(ListLength).ToArray();
        var bottom = eligible.OrderBy(m => m.Gross).ThenBy(m => m.Index).Take(ListLength).ToArray();
        o.Write($"<section><h2>{E(t["Teratas dan terbawah", "Top and bottom"])}</h2>\n<div class=\"charts\">\n");
        foreach (var (caption, list) in new[] { (t[$"{ListLength} SHU terbesar", $"{ListLength} largest SHU"], top), (t[$"{ListLength} SHU terkecil", $"{ListLength} smallest SHU"], bottom) })
        {
            o.Write($"<table class=\"grid\"><caption>{E(caption)}</caption><thead><tr><th>{E(t["No. anggota", "Member id"])}</th><th>{E(t["Nama", "Name"])}</th><th>{E(t["SHU kotor", "Gross SHU"])}</th></tr></thead><tbody>\n");
            foreach (var (member, _, gross) in list)
            {
                o.Write($"<tr><td>{E(member.Id)}</td><td>{E(context.Name(member.Name) ?? string.Empty)}</td><td class=\"num\">{E(Rp(gross, t))}</td></tr>\n");
            }

            o.Write("</tbody></table>\n");
        }

        o.Write("</div></section>\n");
    }

    private static void WriteChecks(TextWriter o, ShuResult r, ResultContext context, Words t)
    {
        o.Write($"<section><h2>{E(t["Rekonsiliasi", "Reconciliation"])}</h2>\n<table class=\"grid\"><tbody>\n");
        foreach (var check in r.Checks)
        {
            o.Write($"<tr><td>{E(check.Description(t.English ? Language.English : Language.Indonesian))}</td><td class=\"{(check.Passed ? "pass" : "fail")}\">{E(check.Passed ? t["lulus", "passed"] : t["gagal", "failed"])}</td></tr>\n");
        }

        o.Write("</tbody></table>\n");
        if (r.Warnings.Count > 0)
        {
            o.Write($"<h3>{E(t["Peringatan", "Warnings"])}</h3><ul>\n");
            foreach (var warning in r.Warnings)
            {
                o.Write($"<li>{E(warning.Message(context.Language))}</li>\n");
            }

            o.Write("</ul>\n");
        }

        o.Write($"<h3>{E(t["Berkas masukan (SHA-256)", "Input files (SHA-256)"])}</h3><table class=\"grid\"><tbody>\n");
        foreach (var input in context.Inputs)
        {
            o.Write($"<tr><td>{E(Path.GetFileName(input.Path))}</td><td class=\"hash\">{E(input.Sha256)}</td></tr>\n");
        }

        o.Write("</tbody></table></section>\n");
    }

    private static void WriteSlips(TextWriter o, ShuResult r, ResultContext context, Words t, CancellationToken cancellationToken)
    {
        var ledger = r.Ledger;
        var savings = ledger.Columns.Where(ColumnNames.IsSavings).ToArray();
        var transactions = ledger.Columns.Contains(ColumnNames.Transactions)
            ? [ColumnNames.Transactions]
            : ledger.Columns.Where(c => c.StartsWith(ColumnNames.Transactions + ":", StringComparison.Ordinal)).ToArray();
        o.Write($"<section class=\"slips\"><h2>{E(t["Slip SHU anggota", "Member SHU slips"])}</h2>\n");
        var line = new StringBuilder();
        var n = 0;
        foreach (var member in r.Members.Checked(cancellationToken))
        {
            line.Clear();
            if (n++ % SlipsPerPage == 0)
            {
                line.Append(n == 1 ? "<div class=\"slippage\">\n" : "</div>\n<div class=\"slippage\">\n");
            }

            var payout = member.Payout;
            line.Append($"<article class=\"slip\"><h3>{E(context.Name(member.Name) ?? member.Id)}</h3><table class=\"kv\">");
            Cell(line, t["No. anggota", "Member id"], member.Id);
            Cell(line, t["Status", "Status"], member.Status.ToCode() + (member.Eligible ? string.Empty : t[" (tidak berhak)", " (not eligible)"]));
            Cell(line, t["Simpanan", "Savings"], Rp(savings.Sum(c => ledger.Amount(member.Index, c)), t));
            Cell(line, t["Transaksi", "Transactions"], Rp(transactions.Sum(c => ledger.Amount(member.Index, c)), t));
            for (var p = 0; p < r.Pools.Count; p++)
            {
                Cell(line, r.Pools[p].Name, Rp(member.Amount(p), t));
            }

            if (payout.Forfeited != 0)
            {
                Cell(line, t["Di bawah pembayaran minimum", "Below the minimum payout"], "-" + Rp(payout.Forfeited, t));
            }

            Cell(line, t["SHU kotor", "Gross SHU"], Rp(payout.Gross, t));
            Cell(line, t["Pajak", "Tax"], Rp(payout.Tax, t));
            Cell(line, t["SHU bersih", "Net SHU"], Rp(payout.Net, t));
            line.Append($"<tr><td colspan=\"2\" class=\"words\">{E(t["Terbilang", "In words (Indonesian)"])}: <em>{E(Terbilang.Rupiah(payout.Net))}</em></td></tr>");
            Cell(line, t["Dibayar tunai", "Paid in cash"], Rp(payout.Cash, t));
            Cell(line, t["Ke simpanan sukarela", "To voluntary savings"], Rp(payout.ToVoluntarySavings, t));
            line.Append("</table></article>\n");
            o.Write(line);
        }

        o.Write(r.Members.Count > 0 ? "</div>\n</section>\n" : "</section>\n");
    }

    // Every member, numbered, in ledger order: a table a page, each with its header, for the meeting to sign against.
    private static void WriteMemberList(
        TextWriter o, ShuResult r, MemberShareList list, Payout totals, string heading, ResultContext context, Words t, CancellationToken cancellationToken)
    {
        o.Write($"<section class=\"members\"><h2>{E(heading)}</h2>\n");
        var head = new StringBuilder("<thead><tr>");
        foreach (var caption in new[] { "No.", t["No. anggota", "Member id"], t["Nama", "Name"], t["Status", "Status"], t["SHU kotor", "Gross SHU"], t["Pajak", "Tax"], t["SHU bersih", "Net SHU"], t["Dibayar tunai", "Paid in cash"], t["Ke simpanan sukarela", "To voluntary savings"] })
        {
            head.Append($"<th>{E(caption)}</th>");
        }

        head.Append("</tr></thead><tbody>\n");
        var line = new StringBuilder();
        var n = 0;
        foreach (var member in list.Checked(cancellationToken))
        {
            line.Clear();
            if (n++ % MembersPerPage == 0)
            {
                line.Append(n == 1 ? string.Empty : "</tbody></table>\n").Append("<table class=\"grid memberpage\">").Append(head);
            }

            var payout = member.Payout;
            line.Append($"<tr><td class=\"num\">{n}</td><td>{E(member.Id)}</td><td class=\"name\">{E(context.Name(member.Name) ?? string.Empty)}</td><td>{E(member.Status.ToCode())}</td>");
            line.Append($"<td class=\"num\">{E(Rp(payout.Gross, t))}</td><td class=\"num\">{E(Rp(payout.Tax, t))}</td><td class=\"num\">{E(Rp(payout.Net, t))}</td><td class=\"num\">{E(Rp(payout.Cash, t))}</td><td class=\"num\">{E(Rp(payout.ToVoluntarySavings, t))}</td></tr>\n");
            o.Write(line);
        }

        if (list.Count > 0)
        {
            o.Write($"</tbody><tfoot><tr><th colspan=\"4\">{E(t["Jumlah", "Total"])} ({E(Count(list.Count, t))})</th><td class=\"num\">{E(Rp(totals.Gross, t))}</td><td class=\"num\">{E(Rp(totals.Tax, t))}</td><td class=\"num\">{E(Rp(totals.Net, t))}</td><td class=\"num\">{E(Rp(totals.Cash, t))}</td><td class=\"num\">{E(Rp(totals.ToVoluntarySavings, t))}</td></tr></tfoot></table>\n");
        }

        o.Write("</section>\n");
    }

    /// <summary>The start of a self-contained page, as the report and the office's dashboard open: up to the open header.</summary>
    internal static void Begin(TextWriter o, bool english, string title, string style) =>
        o.Write($"""
            <!DOCTYPE html>
            <html lang="{(english ? "en" : "id")}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="Kopdes.Shu {ResultContext.EngineVersion}">
            <title>{E(title)}</title>
            <style>{style}</style>
            </head>
            <body>
            <header><h1>{E(title)}</h1>
            """);

    private static void Row(TextWriter o, string label, string value) => o.Write($"<tr><th>{E(label)}</th><td class=\"num\">{E(value)}</td></tr>\n");

    private static void Cell(StringBuilder line, string label, string value) => line.Append($"<tr><th>{E(label)}</th><td class=\"num\">{E(value)}</td></tr>");

    private static string Rp(decimal amount, Words t) => NumberText.Rupiah(amount, t.Language);

    private static string Count(int count, Words t) => NumberText.Number(count, t.Language);

    private static string Decimal(decimal value, Words t) => NumberText.Number(value, t.Language);

    private static string Percent(decimal value, Words t) => NumberText.Percent(value, t.Language);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private readonly record struct Words(bool English)
    {
        public Language Language => English ? Language.English : Language.Indonesian;

        public string this[string id, string en] => English ? en : id;
    }

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:960px;padding:16px;color:#1d2430}
        h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.2em;border-bottom:2px solid #b3261e;padding-bottom:4px;margin-top:1.6em}
        .muted{color:#5b6473}table{border-collapse:collapse;margin:.5em 0}th,td{padding:3px 8px;text-align:left;vertical-align:top}
        .grid th,.grid td{border:1px solid #d5d9e0}.grid thead th{background:#f1f3f6}.kv th{font-weight:normal;color:#3b4452}
        .num{text-align:right;font-variant-numeric:tabular-nums}.hash{font-family:monospace;font-size:.85em;word-break:break-all}
        .depth1 td:nth-child(2){padding-left:24px}.pass{color:#1b7f3b;font-weight:bold}.fail{color:#b3261e;font-weight:bold}
        .charts{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}figure{margin:0}figcaption{font-size:.9em;max-width:360px}
        .chart text{font-size:11px;fill:#1d2430}.bar{fill:#3a6ea5}.bar.pool{fill:#b3261e}.axis{stroke:#5b6473}
        .equality{stroke:#9aa3b0;stroke-dasharray:4 3}.lorenz{fill:none;stroke:#b3261e;stroke-width:2}
        .slippage{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:12px;margin-bottom:12px}
        .slip{border:1px dashed #9aa3b0;padding:8px;break-inside:avoid}.slip h3{margin:0 0 4px;font-size:1em}.slip table{width:100%;margin:0}
        .words{font-size:.85em;color:#3b4452}.memberpage{width:100%;font-size:.9em}.memberpage td.name{max-width:220px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
        .memberpage tfoot th,.memberpage tfoot td{font-weight:bold;background:#f1f3f6}
        @page{size:A4;margin:12mm}
        @media print{body{max-width:none;padding:0;font-size:11px}main>section{break-before:page}main>section:first-child{break-before:auto}h2{break-after:avoid}
        .memberpage{break-before:page}.members h2+.memberpage{break-before:avoid}.memberpage tr{break-inside:avoid}
        .slippage{break-before:page;grid-template-columns:1fr 1fr;gap:6px;margin:0}.slips h2+.slippage{break-before:avoid}.slip{padding:4px 6px}}
        """;
}
