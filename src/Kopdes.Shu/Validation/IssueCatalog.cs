using Kopdes.Shu.Money;

namespace Kopdes.Shu.Validation;

/// <summary>The one place that words issues, in both languages. Readers use it too.</summary>
internal static class IssueCatalog
{
    /// <summary>How many member ids a warning about many members shows; the rest are counted.</summary>
    internal const int ExamplesShown = 10;

    private static string Id(decimal value) => NumberText.Number(value, Language.Indonesian);

    private static string En(decimal value) => NumberText.Number(value, Language.English);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string RpId(decimal value) => NumberText.Rupiah(value, Language.Indonesian);

    private static string RpEn(decimal value) => NumberText.Rupiah(value, Language.English);

    /// <summary>A member id is empty.</summary>
    public static Issue EmptyMemberId(int index) =>
        Error(IssueCodes.EmptyMemberId, "Nomor anggota (no_anggota) kosong.", "The member id (no_anggota) is empty.").Locate(ledgerIndex: index, column: Ledger.ColumnNames.MemberId);

    /// <summary>A member id appears twice.</summary>
    public static Issue DuplicateMemberId(string memberId, int index, int firstIndex) =>
        Error(
            IssueCodes.DuplicateMemberId,
            $"Nomor anggota {memberId} muncul lebih dari sekali (pertama kali pada urutan ke-{firstIndex + 1}).",
            $"Member id {memberId} appears more than once (first at position {firstIndex + 1}).").Locate(memberId: memberId, ledgerIndex: index, column: Ledger.ColumnNames.MemberId);

    /// <summary>An amount is negative.</summary>
    public static Issue NegativeAmount(string? memberId, int index, string column, decimal amount) =>
        Error(
            IssueCodes.NegativeAmount,
            $"{column} bernilai negatif ({Id(amount)}); jumlah harus 0 atau lebih.",
            $"{column} is negative ({En(amount)}); amounts must be 0 or more.").Locate(memberId: memberId, ledgerIndex: index, column: column);

    /// <summary>The exit date is before the join date.</summary>
    public static Issue ExitBeforeJoin(string memberId, int index, DateOnly joined, DateOnly exited) =>
        Error(
            IssueCodes.ExitBeforeJoin,
            $"Tanggal keluar {Date(exited)} lebih awal dari tanggal masuk {Date(joined)}.",
            $"The exit date {Date(exited)} is before the join date {Date(joined)}.").Locate(memberId: memberId, ledgerIndex: index, column: Ledger.ColumnNames.Exited);

    /// <summary>A member id or name with a control character; the id is shown with its control characters written as <c>\x01</c>.</summary>
    public static Issue ControlCharacter(string memberId, int index, string column) =>
        Error(
            IssueCodes.ControlCharacter,
            $"Kolom {column} berisi karakter kontrol (tak terlihat, misalnya NUL atau pindah baris): hapus karakter itu.",
            $"The column {column} holds a control character (invisible, such as NUL or a line break): remove it.").Locate(memberId: Visible(memberId), ledgerIndex: index, column: column);

    /// <summary>A member whose <c>transaksi</c> total is not the sum of their per-unit transactions.</summary>
    public static Issue TransactionsDisagree(string memberId, int index, decimal total, decimal units, string unitColumns) =>
        Error(
            IssueCodes.TransactionsDisagree,
            $"transaksi {Id(total)} tidak sama dengan jumlah {unitColumns}, yaitu {Id(units)}: samakan keduanya, atau hapus salah satunya.",
            $"transaksi {En(total)} is not the sum of {unitColumns}, which is {En(units)}: make them agree, or remove one of them.").Locate(memberId: memberId, ledgerIndex: index, column: Ledger.ColumnNames.Transactions);

    /// <summary>A fund or unit code that is not letters, digits and <c>_</c>.</summary>
    public static Issue InvalidCode(string code, string path) =>
        Error(
            IssueCodes.InvalidCode,
            $"Kode '{Visible(code)}' hanya boleh berisi huruf, angka, dan garis bawah (_), misalnya jasa_usaha.",
            $"The code '{Visible(code)}' may hold only letters, digits and underscores (_), for example jasa_usaha.").At(column: path);

    private static string Visible(string text) =>
        text.Any(char.IsControl) ? string.Concat(text.Select(c => char.IsControl(c) ? $"\\x{(int)c:X2}" : c.ToString())) : text;

    /// <summary>A monthly balance for a member not in the ledger.</summary>
    public static Issue BalanceUnknownMember(string memberId, int row) =>
        Error(
            IssueCodes.BalanceUnknownMember,
            $"Ada saldo bulanan untuk anggota {memberId}, yang tidak ada di daftar anggota.",
            $"There is a monthly balance for member {memberId}, who is not in the member list.").Locate(memberId: memberId, ledgerIndex: row);

    /// <summary>A monthly balance with a month outside 1-12.</summary>
    public static Issue BalanceInvalidMonth(string memberId, int row, int month) =>
        Error(
            IssueCodes.BalanceInvalidMonth,
            $"Bulan {month} bukan bulan dalam setahun (1 sampai 12).",
            $"Month {month} is not a month of the year (1 to 12).").Locate(memberId: memberId, ledgerIndex: row, column: "bulan");

    /// <summary>Two monthly balances for one member and month.</summary>
    public static Issue BalanceDuplicateMonth(string memberId, int row, int month) =>
        Error(
            IssueCodes.BalanceDuplicateMonth,
            $"Anggota {memberId} memiliki lebih dari satu saldo untuk bulan {month}.",
            $"Member {memberId} has more than one balance for month {month}.").Locate(memberId: memberId, ledgerIndex: row, column: "bulan");

    /// <summary>The policy has no funds.</summary>
    public static Issue NoFunds() =>
        Error(IssueCodes.NoFunds, "Kebijakan tidak memiliki dana (funds).", "The policy has no funds.").At(column: "funds");

    /// <summary>Sibling percentages do not sum to 100.</summary>
    public static Issue PercentSum(string? parentCode, decimal sum, string path) =>
        Error(
            IssueCodes.PercentSum,
            parentCode is null
                ? $"Persentase dana tingkat atas berjumlah {Id(sum)}%, bukan 100%."
                : $"Persentase dana di bawah {parentCode} berjumlah {Id(sum)}%, bukan 100%.",
            parentCode is null
                ? $"The top-level funds' percentages add up to {En(sum)}%, not 100%."
                : $"The percentages of the funds under {parentCode} add up to {En(sum)}%, not 100%.").At(column: path);

    /// <summary>A negative percentage.</summary>
    public static Issue NegativePercent(string code, decimal percent, string path) =>
        Error(
            IssueCodes.NegativePercent,
            $"Dana {code} memiliki persentase negatif ({Id(percent)}%).",
            $"Fund {code} has a negative percentage ({En(percent)}%).").At(column: path);

    /// <summary>A fund without a code.</summary>
    public static Issue EmptyFundCode(string path) =>
        Error(IssueCodes.EmptyFundCode, "Ada dana tanpa kode (code).", "A fund has no code.").At(column: path);

    /// <summary>A fund code used twice.</summary>
    public static Issue DuplicateFundCode(string code, string path) =>
        Error(
            IssueCodes.DuplicateFundCode,
            $"Kode dana {code} dipakai lebih dari sekali.",
            $"The fund code {code} is used more than once.").At(column: path);

    /// <summary>A fund with both a basis and sub-funds.</summary>
    public static Issue PoolWithChildren(string code, string path) =>
        Error(
            IssueCodes.PoolWithChildren,
            $"Dana {code} memiliki dasar pembagian (basis) sekaligus sub-dana (funds); sebuah dana hanya boleh salah satunya.",
            $"Fund {code} has both a basis and sub-funds; a fund is either a member pool or split further.").At(column: path);

    /// <summary>No reserve fund.</summary>
    public static Issue NoReserve() =>
        Error(
            IssueCodes.NoReserve,
            "Tidak ada dana yang ditandai sebagai dana cadangan (\"reserve\": true); harus tepat satu.",
            "No fund is marked as the reserve (\"reserve\": true); exactly one must be.").At(column: "funds");

    /// <summary>Several reserve funds.</summary>
    public static Issue MultipleReserves(IEnumerable<string> codes)
    {
        var list = string.Join(", ", codes);
        return Error(
            IssueCodes.MultipleReserves,
            $"Dana {list} semuanya ditandai sebagai dana cadangan; harus tepat satu.",
            $"Funds {list} are all marked as the reserve; exactly one must be.").At(column: "funds");
    }

    /// <summary>The reserve is a pool or a parent.</summary>
    public static Issue ReserveNotPlain(string code, string path) =>
        Error(
            IssueCodes.ReserveNotPlain,
            $"Dana cadangan {code} harus dana biasa, bukan bagian anggota atau induk dana lain.",
            $"The reserve fund {code} must be a plain fund, not a member pool or a parent of other funds.").At(column: path);

    /// <summary>A pool names a column that is not there.</summary>
    public static Issue UnknownBasisColumn(string pool, string column, bool inBalances) =>
        Error(
            IssueCodes.UnknownBasisColumn,
            inBalances
                ? $"Bagian {pool} dihitung dari kolom {column}, yang tidak ada di saldo bulanan."
                : $"Bagian {pool} dihitung dari kolom {column}, yang tidak ada di daftar anggota.",
            inBalances
                ? $"Pool {pool} is based on the column {column}, which the monthly balances do not have."
                : $"Pool {pool} is based on the column {column}, which the member list does not have.").At(column: column);

    /// <summary>A per-unit pool whose basis is not transaksi.</summary>
    public static Issue PerUnitBasis(string pool, string path) =>
        Error(
            IssueCodes.PerUnitBasis,
            $"Bagian {pool} dibagi per unit usaha, jadi dasarnya harus transaksi saja (dari saldo akhir tahun).",
            $"Pool {pool} is split per business unit, so its basis must be exactly transaksi (year-end).").At(column: path);

    /// <summary>A per-unit pool without units.</summary>
    public static Issue PerUnitWithoutUnits(string pool, string path) =>
        Error(
            IssueCodes.PerUnitWithoutUnits,
            $"Bagian {pool} dibagi per unit usaha, tetapi kebijakan tidak mencantumkan unit usaha beserta SHU-nya (units).",
            $"Pool {pool} is split per business unit, but the policy lists no business units with their SHU (units).").At(column: path);

    /// <summary>A monthly-average pool without balances.</summary>
    public static Issue MonthlyBalancesMissing(string pool, string path) =>
        Error(
            IssueCodes.MonthlyBalancesMissing,
            $"Bagian {pool} memakai rata-rata saldo bulanan, tetapi saldo bulanan (Saldo) tidak diberikan.",
            $"Pool {pool} uses monthly-average savings, but no monthly balances (Saldo) were given.").At(column: path);

    /// <summary>Neither shu nor units.</summary>
    public static Issue NoShu() =>
        Error(
            IssueCodes.NoShu,
            "Kebijakan tidak mencantumkan SHU (shu) maupun SHU per unit usaha (units).",
            "The policy gives neither the SHU (shu) nor the SHU per business unit (units).").At(column: "shu");

    /// <summary>Units do not sum to shu.</summary>
    public static Issue UnitsDoNotSumToShu(decimal sum, decimal shu) =>
        Error(
            IssueCodes.UnitsDoNotSumToShu,
            $"SHU unit usaha berjumlah {RpId(sum)}, tetapi SHU tercatat {RpId(shu)}.",
            $"The business units' SHU add up to {RpEn(sum)}, but the SHU is {RpEn(shu)}.").At(column: "units");

    /// <summary>A unit without a code.</summary>
    public static Issue EmptyUnitCode(string path) =>
        Error(IssueCodes.EmptyUnitCode, "Ada unit usaha tanpa kode (code).", "A business unit has no code.").At(column: path);

    /// <summary>A unit code used twice.</summary>
    public static Issue DuplicateUnitCode(string code, string path) =>
        Error(
            IssueCodes.DuplicateUnitCode,
            $"Kode unit usaha {code} dipakai lebih dari sekali.",
            $"The business unit code {code} is used more than once.").At(column: path);

    /// <summary>Rounding unit not above 0.</summary>
    public static Issue InvalidRoundingUnit(decimal unit) =>
        Error(
            IssueCodes.InvalidRoundingUnit,
            $"Satuan pembulatan harus lebih dari 0 (tercatat {Id(unit)}).",
            $"The rounding unit must be more than 0 (it is {En(unit)}).").At(column: "roundingUnit");

    /// <summary>Cash unit not a positive multiple of the rounding unit.</summary>
    public static Issue InvalidCashUnit(decimal cashUnit, decimal roundingUnit) =>
        Error(
            IssueCodes.InvalidCashUnit,
            $"Satuan tunai {Id(cashUnit)} harus lebih dari 0 dan kelipatan satuan pembulatan {Id(roundingUnit)}.",
            $"The cash unit {En(cashUnit)} must be more than 0 and a whole multiple of the rounding unit {En(roundingUnit)}.").At(column: "cashUnit");

    /// <summary>Tax rate outside 0-100.</summary>
    public static Issue InvalidTaxRate(decimal rate) =>
        Error(
            IssueCodes.InvalidTaxRate,
            $"Tarif pajak harus antara 0 dan 100 persen (tercatat {Id(rate)}).",
            $"The tax rate must be between 0 and 100 percent (it is {En(rate)}).").At(column: "tax.rate");

    /// <summary>Negative minimum payout.</summary>
    public static Issue NegativeMinimumPayout(decimal minimum) =>
        Error(
            IssueCodes.NegativeMinimumPayout,
            $"Pembayaran minimum tidak boleh negatif ({Id(minimum)}).",
            $"The minimum payout cannot be negative ({En(minimum)}).").At(column: "minimumPayout");

    /// <summary>The forfeit fund is not a plain fund.</summary>
    public static Issue InvalidMinimumPayoutFund(string code) =>
        Error(
            IssueCodes.InvalidMinimumPayoutFund,
            $"SHU di bawah pembayaran minimum dialihkan ke dana {code}, yang bukan dana biasa dalam kebijakan ini.",
            $"Payouts below the minimum go to fund {code}, which is not a plain fund of this policy.").At(column: "minimumPayoutFund");

    /// <summary>Policy file: unknown eligible status.</summary>
    public static Issue UnknownEligibleStatus(string text, string path) =>
        Error(
            IssueCodes.UnknownEligibleStatus,
            $"Status '{text}' pada anggota berhak tidak dikenal; gunakan anggota, calon, luar_biasa, keluar, atau penyerta.",
            $"Unknown status '{text}' among the eligible; use anggota, calon, luar_biasa, keluar or penyerta.").At(column: path);

    /// <summary>Capital partners listed as eligible beside members: in the policy's list, or in one pool's with other statuses.</summary>
    public static Issue PartnersAmongMembers(string? pool) =>
        Error(
            IssueCodes.PartnersAmongMembers,
            pool is null
                ? "Penyerta modal bukan anggota: hapus penyerta dari daftar yang berhak; beri mereka bagian sendiri dengan berhak = penyerta saja."
                : $"Bagian {pool}: penyerta modal bukan anggota, jadi tidak berbagi satu bagian dengan anggota; bagian untuk penyerta hanya berhak = penyerta.",
            pool is null
                ? "Capital partners are not members: take penyerta out of the eligible list and give them a pool of their own, eligible = penyerta only."
                : $"Pool {pool}: capital partners are not members and do not share a pool with them; a partners' pool is eligible = penyerta only.")
            .At(column: pool ?? "eligible");

    /// <summary>Policy file: not JSON, with where the reader stopped (1-based) when it knows.</summary>
    public static Issue InvalidJson(int? line, int? position)
    {
        var whereId = line is null ? string.Empty : $" di baris {line}, posisi {position}";
        var whereEn = line is null ? string.Empty : $" at line {line}, position {position}";
        return Error(
            IssueCodes.InvalidJson,
            $"Berkas kebijakan bukan JSON yang sah{whereId}: periksa koma, tanda kutip, dan kurung di sekitar tempat itu.",
            $"The policy file is not valid JSON{whereEn}: check the commas, quotes and brackets around that place.");
    }

    /// <summary>Policy file: a value of the wrong kind.</summary>
    public static Issue InvalidValue(string path, string expectedId, string expectedEn) =>
        Error(
            IssueCodes.InvalidValue,
            $"{path} harus berupa {expectedId}.",
            $"{path} must be {expectedEn}.").At(column: path);

    /// <summary>Policy file: an unknown key, with the known key it most likely meant.</summary>
    public static Issue UnknownKey(string path, string? nearest = null) =>
        Error(
            IssueCodes.UnknownKey,
            nearest is null ? $"Kunci {path} tidak dikenal." : $"Kunci {path} tidak dikenal; maksudnya {nearest}?",
            nearest is null ? $"The key {path} is not known." : $"The key {path} is not known; did you mean {nearest}?").At(column: path);

    /// <summary>Policy file: a key given twice in one object or block.</summary>
    public static Issue DuplicateKey(string path, string first, string second) =>
        Error(
            IssueCodes.DuplicateKey,
            $"Kunci {second} muncul lebih dari sekali ({first} dan {second}); tuliskan sekali saja.",
            $"The key {second} is given more than once ({first} and {second}); give it once.").At(column: path);

    /// <summary>Kopdes policy without a village fund.</summary>
    public static Issue NoVillageFund() =>
        Warning(
            IssueCodes.NoVillageFund,
            "Kebijakan Kopdes/Kel Merah Putih ini tidak memiliki dana desa; Permendes PDT 10/2025 meminta sedikitnya 20% untuk pemerintah desa.",
            "This Kopdes/Kel Merah Putih policy has no village fund; Permendes PDT 10/2025 asks for at least 20% to the village government.").At(column: "funds");

    /// <summary>Village fund below 20%.</summary>
    public static Issue VillageFundBelowMinimum(string code, decimal percentOfShu) =>
        Warning(
            IssueCodes.VillageFundBelowMinimum,
            $"Dana desa {code} hanya {Id(percentOfShu)}% dari SHU, di bawah 20% menurut Permendes PDT 10/2025.",
            $"The village fund {code} is {En(percentOfShu)}% of the SHU, below the 20% of Permendes PDT 10/2025.").At(column: code);

    /// <summary>The SHU in rounding units exceeds the limit.</summary>
    public static Issue ShuTooLarge(decimal shu, decimal roundingUnit) =>
        Error(
            IssueCodes.Overflow,
            $"SHU {RpId(shu)} dengan satuan pembulatan {Id(roundingUnit)} melebihi batas perhitungan tepat (10^18 satuan).",
            $"The SHU {RpEn(shu)} in rounding units of {En(roundingUnit)} is over the limit of exact arithmetic (10^18 units).").At(column: "shu");

    /// <summary>A pool's weights are beyond 128-bit arithmetic.</summary>
    public static Issue WeightsTooLarge(string pool) =>
        Error(
            IssueCodes.Overflow,
            $"Bobot bagian {pool} (jumlah x angka desimal) melebihi batas perhitungan tepat; kurangi angka di belakang koma.",
            $"The weights of pool {pool} (their total and decimal places) are over the limit of exact arithmetic; use fewer decimal places.").At(column: pool);

    /// <summary>A pool without eligible weight goes to the reserve.</summary>
    /// <summary>A pool's stated total below the members' own: the members would get more than the whole pool.</summary>
    public static Issue TotalBelowMembers(string pool, decimal stated, decimal members) =>
        Error(
            IssueCodes.TotalBelowMembers,
            $"Bagian {pool}: jumlah dasar {RpId(stated)} lebih kecil dari jumlah anggota berhak sendiri {RpId(members)}; jumlah dasar adalah seluruh usaha, termasuk non-anggota.",
            $"Pool {pool}: the stated total {RpEn(stated)} is below the eligible members' own total {RpEn(members)}; the stated total is the whole business, non-members included.").At(column: pool);

    /// <summary>The fund named for a pool's non-members' part is not a plain fund.</summary>
    public static Issue InvalidNonMemberFund(string pool, string code) =>
        Error(
            IssueCodes.InvalidNonMemberFund,
            $"Bagian non-anggota dari {pool} dialihkan ke dana {code}, yang bukan dana biasa dalam kebijakan ini.",
            $"The non-members' part of {pool} goes to fund {code}, which is not a plain fund of this policy.").At(column: "nonMemberFund");

    /// <summary>A stated total where it cannot be: a per-unit pool, a fund that is no pool, or 0 and below.</summary>
    public static Issue InvalidPoolTotal(string fund, decimal total) =>
        Error(
            IssueCodes.InvalidPoolTotal,
            $"Dana {fund}: jumlah dasar {RpId(total)} hanya untuk bagian anggota yang tidak dibagi per unit, dan harus di atas 0.",
            $"Fund {fund}: a stated total ({RpEn(total)}) is only for a member pool not split by unit, and must be above 0.").At(column: "total");

    public static Issue NoEligibleWeight(string pool, string? unit, decimal amount, string reserve)
    {
        var where = unit is null ? pool : $"{pool} ({unit})";
        return Warning(
            IssueCodes.NoEligibleWeight,
            $"Bagian {where}: tidak ada anggota berhak yang memiliki bobot, sehingga {RpId(amount)} dialihkan ke dana cadangan {reserve}.",
            $"Pool {where}: no eligible member has any weight, so its {RpEn(amount)} goes to the reserve fund {reserve}.").At(column: pool);
    }

    /// <summary>Members who are not eligible but have transactions: one warning for all, with the count by status and the first ids.</summary>
    public static Issue IneligibleWithTransactions(IReadOnlyList<string> memberIds, int firstIndex, IReadOnlyList<string> statuses)
    {
        ArgumentNullException.ThrowIfNull(memberIds);
        ArgumentNullException.ThrowIfNull(statuses);
        return IneligibleWithTransactions(
            memberIds.Count, [.. memberIds.Take(ExamplesShown)], firstIndex, [.. statuses.GroupBy(s => s).Select(g => (g.Key, g.Count()))]);
    }

    /// <summary>The same warning from a count, the first <see cref="ExamplesShown"/> ids and the members of each status.</summary>
    internal static Issue IneligibleWithTransactions(int count, IReadOnlyList<string> examples, int firstIndex, IReadOnlyList<(string Status, int Count)> byStatus)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(byStatus);
        // Statuses in ordinal order of their codes; a handful, sorted in place (no LINQ to compile for one message).
        var keys = new string[byStatus.Count];
        var parts = new string[byStatus.Count];
        for (var k = 0; k < parts.Length; k++)
        {
            var at = k;
            while (at > 0 && string.CompareOrdinal(keys[at - 1], byStatus[k].Status) > 0)
            {
                (keys[at], parts[at]) = (keys[at - 1], parts[at - 1]);
                at--;
            }

            keys[at] = byStatus[k].Status;
            parts[at] = byStatus[k].Status + " " + byStatus[k].Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var statuses = string.Join(", ", parts);
        var shown = string.Join(", ", examples);
        var more = count > examples.Count;
        var single = count == 1;
        return Warning(
            IssueCodes.IneligibleWithTransactions,
            single
                ? $"Anggota {examples[0]} bertransaksi tetapi berstatus {byStatus[0].Status} yang tidak berhak atas SHU."
                : $"{count} anggota bertransaksi tetapi statusnya tidak berhak atas SHU ({statuses}): {shown}{(more ? " dan lainnya" : string.Empty)}.",
            single
                ? $"Member {examples[0]} has transactions but status {byStatus[0].Status} is not eligible for SHU."
                : $"{count} members have transactions but a status not eligible for SHU ({statuses}): {shown}{(more ? " and more" : string.Empty)}.").Locate(memberId: single ? examples[0] : null, ledgerIndex: firstIndex, column: Ledger.ColumnNames.Status);
    }

    /// <summary>A loss year.</summary>
    public static Issue LossYear(decimal shu) =>
        Warning(
            IssueCodes.LossYear,
            $"SHU sebesar {RpId(shu)}: tahun rugi, tidak ada yang dibagikan (defisit {RpId(-shu)}).",
            $"The SHU is {RpEn(shu)}: a loss year, nothing is distributed (deficit {RpEn(-shu)}).").At(column: "shu");

    /// <summary>An SHU of exactly 0: nothing to distribute, and no deficit either.</summary>
    public static Issue ZeroShu() =>
        Warning(
            IssueCodes.ZeroShu,
            "SHU sebesar Rp0: tidak ada yang dibagikan.",
            "The SHU is Rp0: nothing is distributed.").At(column: "shu");

    private static Issue Error(string code, string id, string en) => new(code, IssueSeverity.Error, id, en);

    private static Issue Warning(string code, string id, string en) => new(code, IssueSeverity.Warning, id, en);
}
