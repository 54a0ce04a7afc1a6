using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;
using Kopdes.Shu.Results;

namespace Kopdes.Shu.IO.Results;

/// <summary>
/// The three result tables of <c>formats.md</c> (members, funds, summary) as rows of typed values, so the CSV
/// and the workbook writers render one and the same content.
/// </summary>
internal static class ResultTables
{
    /// <summary>A typed value: text, an amount in rupiah, a plain number, or a boolean.</summary>
    public readonly record struct Value(string? Text, decimal? Amount = null, decimal? Number = null, bool Bold = false, bool Grouped = false)
    {
        public static implicit operator Value(string? text) => new(text);

        public static Value Rupiah(decimal amount) => new(null, Amount: amount);

        public static Value Plain(decimal number) => new(null, Number: number);

        /// <summary>A number read in thousands, such as a weight in rupiah: a workbook groups its digits.</summary>
        public static Value Weight(decimal number) => new(null, Number: number, Grouped: true);
    }

    public static string[] MemberHeader(ShuResult result)
    {
        var header = new List<string> { ColumnNames.MemberId, ColumnNames.Name, ColumnNames.Status, "eligible" };
        foreach (var pool in result.Pools)
        {
            header.Add("bobot:" + pool.Code);
            header.Add(pool.Code);
        }

        header.AddRange(["shu", "pajak", "shu_bersih", "tunai", "ke_simpanan_sukarela", "catatan"]);
        return [.. header];
    }

    /// <summary>The number of values in a member row.</summary>
    public static int MemberWidth(ShuResult result) => 10 + (2 * result.Pools.Count);

    /// <summary>
    /// One row a member (of <paramref name="list"/>: the members, or the capital partners, who have a table of the
    /// same columns). The same array is filled and yielded for every member (a million members would otherwise
    /// allocate a gigabyte of rows): a consumer writes each row out before asking for the next.
    /// </summary>
    public static IEnumerable<Value[]> MemberRows(ShuResult result, ResultContext context, MemberShareList list)
    {
        var row = new Value[MemberWidth(result)];
        foreach (var member in list)
        {
            FillMemberRow(row, result, member, context);
            yield return row;
        }
    }

    /// <summary>Fills <paramref name="row"/> with the member's values. Thread-safe: it only reads the result.</summary>
    public static void FillMemberRow(Value[] row, ShuResult result, MemberShare member, ResultContext context)
    {
        var payout = FillMemberNumbers(row, member, result.Pools.Count);
        row[0] = member.Id;
        row[1] = context.Name(member.Name);
        row[2] = member.Status.ToCode();
        row[3] = member.Eligible ? "ya" : "tidak";
        row[^1] = Note(member, payout, result, context.Language);
    }

    /// <summary>
    /// Fills the numbers of the member's row (weights, pool amounts, payout) and leaves its texts as they were: what a
    /// verifier compares, without making a string a member. <see cref="FillMemberRow"/> fills the rest.
    /// </summary>
    public static Money.Payout FillMemberNumbers(Value[] row, MemberShare member, int pools)
    {
        for (var p = 0; p < pools; p++)
        {
            row[4 + (2 * p)] = Value.Weight(member.Weight(p));
            row[5 + (2 * p)] = Value.Rupiah(member.Amount(p));
        }

        var at = 4 + (2 * pools);
        var payout = member.Payout;
        row[at] = Value.Rupiah(payout.Gross);
        row[at + 1] = Value.Rupiah(payout.Tax);
        row[at + 2] = Value.Rupiah(payout.Net);
        row[at + 3] = Value.Rupiah(payout.Cash);
        row[at + 4] = Value.Rupiah(payout.ToVoluntarySavings);
        return payout;
    }

    public static readonly string[] FundHeader = ["kode", "nama", "persen", "jumlah", "induk", "persen_dari_shu"];

    /// <summary>
    /// One row a fund; after a pool whose policy states the whole business's total, a line of its own for the
    /// non-members' part (<c>&lt;pool&gt;:non_anggota</c>, under the pool), which the receiving fund's amount includes.
    /// </summary>
    public static IEnumerable<Value[]> FundRows(ShuResult result) =>
        result.Funds.SelectMany(f => result.Pools.FirstOrDefault(p => p.Code == f.Code && p.NonMember != 0) is { } pool
            ?
            [
                Fund(f),
                [
                    pool.Code + ":non_anggota", $"{pool.Name}: bagian usaha dengan non-anggota, ke {pool.NonMemberFund}", null,
                    Value.Rupiah(pool.NonMember), pool.Code, result.Shu == 0 ? null : Value.Plain(decimal.Round(100m * pool.NonMember / result.Shu, 4)),
                ],
            ]
            : new[] { Fund(f) });

    private static Value[] Fund(FundAllocation f) =>
        [f.Code, f.Name, Value.Plain(f.Percent), Value.Rupiah(f.Amount), f.ParentCode, Value.Plain(f.PercentOfShu)];

    public static readonly string[] SummaryHeader = ["item", "nilai", "keterangan"];

    /// <summary>The journal's columns, in the order accounting software imports them.</summary>
    public static readonly string[] JournalHeader = ["tanggal", "kode_akun", "nama_akun", "debit", "kredit", "keterangan"];

    /// <summary>
    /// The journal of the distribution (<see cref="ShuJournal"/>), dated the day of the calculation when the context
    /// has one, else the last day of the financial year.
    /// </summary>
    public static IEnumerable<Value[]> JournalRows(ShuResult result, ResultContext context)
    {
        var date = context.CalculatedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            ?? (result.Policy.Year is { } year ? $"{year}-12-31" : null);
        return ShuJournal.Of(result).Select(l => new Value[] { date, l.Account, l.AccountName, Value.Rupiah(l.Debit), Value.Rupiah(l.Credit), l.Description });
    }

    public static IEnumerable<Value[]> SummaryRows(ShuResult result, ResultContext context)
    {
        var en = context.Language == Language.English;
        Value[] Row(string item, Value value, string id, string english) => [item, value, en ? english : id];
        var policy = result.Policy;
        yield return Row("koperasi", policy.Cooperative, "Nama koperasi", "Cooperative");
        yield return Row("tahun", policy.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), "Tahun buku", "Financial year");
        yield return Row("keputusan_rat", policy.Decision, "Keputusan RAT", "RAT decision");
        yield return Row("shu", Value.Rupiah(result.Shu), "SHU yang dibagi", "SHU to distribute");
        if (result.IsLoss)
        {
            yield return Row("defisit", Value.Rupiah(result.Deficit), "Tahun rugi: tidak ada yang dibagikan", "Loss year: nothing is distributed");
        }

        yield return Row("satuan_pembulatan", Value.Rupiah(result.RoundingUnit), "Satuan pembulatan", "Rounding unit");
        yield return Row("sisa_pembulatan", Value.Rupiah(result.Dust), "Sisa pembulatan, masuk dana cadangan", "Rounding dust, to the reserve");
        foreach (var fund in result.Funds)
        {
            yield return Row("dana:" + fund.Code, Value.Rupiah(fund.Amount), fund.Name, fund.Name);
        }

        foreach (var pool in result.Pools)
        {
            yield return Row($"bagian:{pool.Code}:dibagikan", Value.Rupiah(pool.Distributed), $"{pool.Name}: dibayarkan ke anggota", $"{pool.Name}: paid to members");
            yield return Row($"bagian:{pool.Code}:hangus", Value.Rupiah(pool.Forfeited), $"{pool.Name}: di bawah pembayaran minimum", $"{pool.Name}: below the minimum payout");
            yield return Row($"bagian:{pool.Code}:ke_cadangan", Value.Rupiah(pool.Unallocated), $"{pool.Name}: tanpa anggota berhak berbobot, ke dana cadangan", $"{pool.Name}: no eligible weight, to the reserve");
            if (pool.NonMember != 0)
            {
                yield return Row($"bagian:{pool.Code}:non_anggota", Value.Rupiah(pool.NonMember), $"{pool.Name}: bagian usaha dengan non-anggota, ke dana {pool.NonMemberFund}", $"{pool.Name}: the non-members' part, to fund {pool.NonMemberFund}");
            }
        }

        yield return Row("anggota", Value.Plain(result.Members.Count), "Jumlah anggota dalam daftar", "Members listed");
        yield return Row("anggota_dibayar", Value.Plain(result.MembersPaid), "Anggota yang menerima SHU", "Members paid");
        yield return Row("total_shu_anggota", Value.Rupiah(result.Totals.Gross), "SHU kotor anggota", "Members' gross SHU");
        yield return Row("total_pajak", Value.Rupiah(result.Totals.Tax), "Pajak dipotong", "Tax withheld");
        yield return Row("total_shu_bersih", Value.Rupiah(result.Totals.Net), "SHU bersih anggota", "Members' net SHU");
        yield return Row("total_tunai", Value.Rupiah(result.Totals.Cash), "Dibayar tunai", "Paid in cash");
        yield return Row("total_ke_simpanan_sukarela", Value.Rupiah(result.Totals.ToVoluntarySavings), "Masuk simpanan sukarela", "Credited to voluntary savings");
        if (result.Partners.Count > 0)
        {
            // Capital partners are not members: their own lines, only when there are any, so other results keep their rows.
            var partners = result.PartnerTotals;
            yield return Row("penyerta", Value.Plain(result.Partners.Count), "Penyerta modal dalam daftar (bukan anggota)", "Capital partners listed (not members)");
            yield return Row("total_shu_penyerta", Value.Rupiah(partners.Gross), "SHU kotor penyerta modal", "Capital partners' gross SHU");
            yield return Row("total_pajak_penyerta", Value.Rupiah(partners.Tax), "Pajak dipotong dari penyerta modal", "Tax withheld from capital partners");
            yield return Row("total_shu_bersih_penyerta", Value.Rupiah(partners.Net), "Utang SHU kepada penyerta modal", "Owed to capital partners");
        }
        foreach (var check in result.Checks)
        {
            yield return Row("cek:" + check.Code, check.Passed ? "lulus" : "gagal", check.Description(Language.Indonesian), check.Description(Language.English));
        }

        foreach (var input in context.Inputs)
        {
            yield return Row($"sha256:{input.Role}", input.Sha256, Path.GetFileName(input.Path), Path.GetFileName(input.Path));
        }

        yield return Row("sha256:kebijakan_dipakai", Sha256Text(ShuPolicyJson.Write(policy)), "Kebijakan yang dipakai (JSON)", "The policy applied (JSON)");
        yield return Row("versi_mesin", "Kopdes.Shu " + ResultContext.EngineVersion, "Versi mesin hitung", "Engine version");
        foreach (var warning in result.Warnings)
        {
            yield return Row("peringatan:" + warning.Code, warning.MemberId, warning.Message(context.Language), warning.Message(context.Language));
        }
    }

    /// <summary>The member row's note: why an ineligible member gets nothing, or what the minimum payout took; empty otherwise.</summary>
    internal static string Note(MemberShare member, Money.Payout payout, ShuResult result, Language language)
    {
        if (!member.Eligible)
        {
            return IneligibleNote(member.Status, language);
        }

        if (payout.Forfeited > 0)
        {
            return language == Language.English
                ? $"{Invariant(payout.Forfeited)} below the minimum payout {Invariant(result.Policy.MinimumPayout)}, not paid"
                : $"{Invariant(payout.Forfeited)} di bawah pembayaran minimum {Invariant(result.Policy.MinimumPayout)}, tidak dibayarkan";
        }

        return string.Empty;
    }

    /// <summary>The note of a member whose status does not take part in the pools.</summary>
    internal static string IneligibleNote(MemberStatus status, Language language) => IneligibleNotes[language == Language.English ? 1 : 0][(int)status];

    // One text a status and language, made once: a million rows ask for them.
    private static readonly string[][] IneligibleNotes =
    [
        [.. Enum.GetValues<MemberStatus>().Select(s => $"status {s.ToCode()} tidak berhak")],
        [.. Enum.GetValues<MemberStatus>().Select(s => $"status {s.ToCode()} is not eligible")],
    ];

    private static string Invariant(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Sha256Text(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
