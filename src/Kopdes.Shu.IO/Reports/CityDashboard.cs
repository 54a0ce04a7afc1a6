using System.Globalization;
using System.Net;
using Kopdes.Shu.IO.Verification;
using Kopdes.Shu.Money;

namespace Kopdes.Shu.IO.Reports;

/// <summary>
/// The cooperatives office's dashboard of a folder check: one self-contained, printable HTML file (no script, no
/// font or image from anywhere), as the members' report is. All cooperatives with their status, the most urgent
/// first; SVG charts of the SHU per cooperative, the village fund's share against the 20% line and the flags by
/// kind; a section per cooperative that needs a visit.
/// </summary>
internal static class CityDashboard
{
    // A chart of ten thousand bars helps nobody: the charts show the first cooperatives of the roll-up's order.
    private const int ChartedCooperatives = 60;
    private const int Sections = 200;
    private const int MembersShown = 15;

    public static void Write(IReadOnlyList<CooperativeCheck> checks, Language language, TextWriter o)
    {
        var en = language == Language.English;
        string T(string id, string english) => en ? english : id;
        var title = T($"Pemeriksaan SHU: {checks.Count.ToString("N0", Culture(en))} koperasi", $"SHU check: {checks.Count.ToString("N0", Culture(en))} cooperatives");
        HtmlReport.Begin(o, en, title, Style);
        var byStatus = checks.GroupBy(c => c.Tier switch { 1 => 1, 2 => 2, 6 => 4, _ => 3 }).ToDictionary(g => g.Key, g => g.Count());
        o.Write("<p class=\"counts\">");
        foreach (var (tier, label, css) in new[] { (1, T("gagal dibaca", "could not be read"), "t1"), (2, T("hasil berbeda", "result differs"), "t2"), (3, T("ada temuan", "flagged"), "t3"), (4, T("bersih", "clean"), "t6") })
        {
            o.Write($"<span class=\"badge {css}\">{byStatus.GetValueOrDefault(tier)} {E(label)}</span> ");
        }

        o.Write($"</p><p class=\"muted\">{E(T("Urutan: yang paling perlu dikunjungi lebih dulu (lihat docs/audit.md).", "Order: the cooperatives that most need a visit come first (see docs/audit.md)."))}</p></header>\n<main>\n");

        var charted = checks.Take(ChartedCooperatives).ToList();
        if (charted.Count > 0)
        {
            var more = checks.Count > charted.Count ? T($" (yang pertama dari {checks.Count} dalam urutan di atas)", $" (the first of {checks.Count} in the order above)") : string.Empty;
            o.Write($"<section><h2>{E(T("SHU per koperasi", "SHU per cooperative") + more)}</h2>\n");
            Bars(o, "shu", charted.Select(c => (Name(c), (double)c.Shu, NumberText.Rupiah(c.Shu, language))).ToList(), null, "bar");
            o.Write($"</section>\n<section><h2>{E(T("Dana desa terhadap batas 20%", "Village fund against the 20% line") + more)}</h2>\n");
            Bars(o, "desa", charted.Select(c => (Name(c), (double)c.VillagePercent, NumberText.Percent(c.VillagePercent, language))).ToList(), 20d, "bar village");
            o.Write("</section>\n");
        }

        var kinds = OfficeRollup.FlagKinds.Select(k => (Name: k["Audit.".Length..], Count: checks.Sum(c => c.FlagCodes.Count(f => f == k)))).Where(k => k.Count > 0).ToList();
        o.Write($"<section><h2>{E(T("Temuan menurut jenis", "Flags by kind"))}</h2>\n");
        if (kinds.Count == 0)
        {
            o.Write($"<p>{E(T("Tidak ada temuan.", "Nothing flagged."))}</p>");
        }
        else
        {
            Bars(o, "jenis", kinds.Select(k => (k.Name, (double)k.Count, k.Count.ToString(CultureInfo.InvariantCulture))).ToList(), null, "bar flags");
        }

        o.Write("</section>\n");

        o.Write($"<section><h2>{E(T("Semua koperasi", "All cooperatives"))}</h2>\n<table class=\"grid\"><thead><tr>");
        foreach (var head in new[] { "No.", T("Berkas", "File"), T("Koperasi", "Cooperative"), "Status", "SHU", T("Dana desa", "Village fund"), T("Anggota", "Members"), T("Dibayar", "Paid"), "Gini", T("Hasil", "Result"), T("Temuan", "Flags") })
        {
            o.Write($"<th>{E(head)}</th>");
        }

        o.Write("</tr></thead><tbody>\n");
        for (var i = 0; i < checks.Count; i++)
        {
            var c = checks[i];
            o.Write($"<tr><td class=\"num\">{i + 1}</td><td>{E(c.File)}</td><td>{E(c.Cooperative ?? "-")}</td><td><span class=\"badge t{c.Tier}\">{E(OfficeRollup.Status(c, language))}</span></td>");
            o.Write($"<td class=\"num\">{E(NumberText.Rupiah(c.Shu, language))}</td><td class=\"num{(c.VillagePercent < 20m && c.Tier != 1 ? " low" : string.Empty)}\">{E(NumberText.Percent(c.VillagePercent, language))}</td>");
            o.Write($"<td class=\"num\">{c.Members}</td><td class=\"num\">{c.MembersPaid}</td><td class=\"num\">{(c.Gini is { } g ? E(NumberText.Number(decimal.Round(g, 3), language)) : "-")}</td>");
            o.Write($"<td>{E(OfficeRollup.Standing(c.Result, language))}{(c.Differences > 0 ? $" ({c.Differences})" : string.Empty)}</td><td class=\"num\">{c.FlagCodes.Count}</td></tr>\n");
        }

        o.Write("</tbody></table></section>\n");

        var visits = checks.Where(c => !c.Clean).Take(Sections).ToList();
        foreach (var c in visits)
        {
            o.Write($"<section class=\"visit\"><h3><span class=\"badge t{c.Tier}\">{E(OfficeRollup.Status(c, language))}</span> {E(c.Cooperative ?? c.File)} <span class=\"muted\">{E(c.File)}</span></h3>\n");
            if (c.Problem is not null)
            {
                o.Write($"<p>{E(c.Problem)}</p>\n");
            }

            if (c.Result == ResultStanding.Differs)
            {
                o.Write($"<p>{E(T($"Berkas hasil berbeda dengan perhitungan ulang: {c.Differences} selisih (kopdes-shu verifikasi).", $"The result file differs from the recalculation: {c.Differences} differences (kopdes-shu verify)."))}</p>\n");
            }

            foreach (var flag in c.FlagRows.GroupBy(f => (f.Code, f.Reason)))
            {
                o.Write($"<p><strong>{E(flag.Key.Code)}</strong> {E(flag.Key.Reason)}</p>");
                var members = flag.Where(f => f.MemberId is not null).ToList();
                if (members.Count > 0)
                {
                    o.Write("<ul>");
                    foreach (var m in members.Take(MembersShown))
                    {
                        o.Write($"<li>{E(m.MemberId!)} {E(m.Name ?? string.Empty)}{(m.Nik is null ? string.Empty : ", NIK " + E(m.Nik))}{(m.Shu is { } shu ? ", SHU " + E(NumberText.Rupiah(shu, language)) : string.Empty)}</li>");
                    }

                    o.Write(members.Count > MembersShown ? $"<li>{E(T($"dan {members.Count - MembersShown} lagi", $"and {members.Count - MembersShown} more"))}</li></ul>\n" : "</ul>\n");
                }
            }

            o.Write("</section>\n");
        }

        if (checks.Count(c => !c.Clean) > visits.Count)
        {
            o.Write($"<p class=\"muted\">{E(T("Koperasi lain yang ada temuan: lihat lembar Temuan di rekap.", "Further flagged cooperatives: see the Temuan sheet of the roll-up."))}</p>\n");
        }

        o.Write("</main>\n</body>\n</html>\n");
    }

    // Horizontal bars, one a row, scaled to the largest; a red line at the limit when there is one.
    private static void Bars(TextWriter o, string id, IReadOnlyList<(string Label, double Value, string Text)> rows, double? limit, string css)
    {
        const int left = 230, width = 440, rowHeight = 20;
        var largest = Math.Max(rows.Count == 0 ? 0 : rows.Max(r => r.Value), limit ?? 0);
        var height = (rows.Count * rowHeight) + 10;
        double X(double value) => largest <= 0 ? left : left + (value / largest * width);
        o.Write($"<svg class=\"chart\" id=\"{id}\" role=\"img\" viewBox=\"0 0 800 {height}\" width=\"800\" height=\"{height}\">\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, value, text) = rows[i];
            var y = 5 + (i * rowHeight);
            o.Write($"<text x=\"{left - 6}\" y=\"{y + 14}\" text-anchor=\"end\">{E(label.Length > 34 ? label[..33] + "…" : label)}</text>");
            o.Write($"<rect class=\"{css}\" x=\"{left}\" y=\"{y + 2}\" width=\"{N(Math.Max(0, X(value) - left))}\" height=\"{rowHeight - 5}\"><title>{E(label)}: {E(text)}</title></rect>");
            o.Write($"<text x=\"{N(Math.Max(left, X(value)) + 5)}\" y=\"{y + 14}\">{E(text)}</text>\n");
        }

        if (limit is { } line)
        {
            o.Write($"<line class=\"limit\" x1=\"{N(X(line))}\" y1=\"0\" x2=\"{N(X(line))}\" y2=\"{height}\"/>\n");
        }

        o.Write("</svg>\n");
    }

    private static string Name(CooperativeCheck c) => c.Cooperative ?? c.File;

    private static CultureInfo Culture(bool english) => english ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo("id-ID");

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1100px;padding:16px;color:#1d2430}
        h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.2em;border-bottom:2px solid #b3261e;padding-bottom:4px;margin-top:1.6em}h3{font-size:1em}
        .muted{color:#5b6473;font-weight:normal}table{border-collapse:collapse;margin:.5em 0;width:100%}th,td{padding:3px 6px;text-align:left;vertical-align:top}
        .grid th,.grid td{border:1px solid #d5d9e0}.grid thead th{background:#f1f3f6}.num{text-align:right;font-variant-numeric:tabular-nums}
        .low{color:#b3261e;font-weight:bold}.badge{display:inline-block;padding:1px 6px;border-radius:3px;color:#fff;font-size:.85em}
        .t1{background:#b3261e}.t2{background:#d35400}.t3,.t4{background:#b7791f}.t5{background:#3a6ea5}.t6{background:#1b7f3b}
        .chart text{font-size:11px;fill:#1d2430}.bar{fill:#3a6ea5}.bar.village{fill:#2e7d5b}.bar.flags{fill:#b7791f}.limit{stroke:#b3261e;stroke-width:2}
        .visit{border-left:4px solid #d5d9e0;padding-left:10px}
        @page{size:A4;margin:12mm}@media print{body{max-width:none;padding:0;font-size:11px}.visit{break-inside:avoid-page}h2{break-after:avoid}}
        """;
}
