using Kopdes.Shu.IO.Tables;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Validation;

namespace Kopdes.Shu.IO;

/// <summary>The wording of the problems the readers find in cells and files, in both languages (codes in <see cref="FileIssueCodes"/>).</summary>
internal static class FileIssues
{
    /// <summary>An unknown status text.</summary>
    public static Issue UnknownStatus(string? memberId, string text) =>
        Error(
            FileIssueCodes.UnknownStatus,
            $"Status '{text}' tidak dikenal; gunakan anggota, calon, luar_biasa, atau keluar.",
            $"Unknown status '{text}'; use anggota, calon, luar_biasa or keluar.").At(memberId: memberId, column: ColumnNames.Status);

    /// <summary>A cell that should be an amount is not a number.</summary>
    public static Issue NotANumber(string? memberId, string column, string text) =>
        Error(
            FileIssueCodes.NotANumber,
            $"'{text}' pada kolom {column} bukan angka.",
            $"'{text}' in column {column} is not a number.").At(memberId: memberId, column: column);

    /// <summary>A cell that should be a date is not one.</summary>
    public static Issue InvalidDate(string? memberId, string column, string text) =>
        Error(
            FileIssueCodes.InvalidDate,
            $"'{text}' pada kolom {column} bukan tanggal (gunakan 2025-07-21 atau 21/07/2025).",
            $"'{text}' in column {column} is not a date (use 2025-07-21 or 21/07/2025).").At(memberId: memberId, column: column);

    /// <summary>A required column is missing.</summary>
    public static Issue MissingColumn(string column) =>
        Error(FileIssueCodes.MissingColumn, $"Kolom wajib {column} tidak ada.", $"The required column {column} is missing.").At(column: column);

    /// <summary>Two headers name the same column.</summary>
    public static Issue DuplicateColumn(string column) =>
        Error(
            FileIssueCodes.DuplicateColumn,
            $"Kolom {column} muncul lebih dari sekali di baris judul.",
            $"The column {column} appears more than once in the header.").At(column: column);

    /// <summary>An empty file or sheet.</summary>
    public static Issue Empty(string file) =>
        Error(FileIssueCodes.Empty, "Berkas kosong: tidak ada judul kolom maupun anggota.", "The file is empty: no header and no members.").At(file: file, row: 1);

    /// <summary>A header but no member rows.</summary>
    public static Issue NoMembers(string file) =>
        Error(FileIssueCodes.NoMembers, "Tidak ada anggota: berkas hanya berisi judul kolom.", "No members: the file holds only the header.").At(file: file, row: 2);

    /// <summary>A CSV row with another number of fields than the header.</summary>
    public static Issue FieldCount(string? memberId, int fields, int header) =>
        Error(
            FileIssueCodes.FieldCount,
            $"Baris ini memiliki {fields} kolom, sedangkan judul memiliki {header}: periksa pemisah (koma atau titik koma) dan tanda kutip.",
            $"This row has {fields} fields but the header has {header}: check the separator (comma or semicolon) and the quotes.").At(memberId: memberId);

    /// <summary>A CSV row that breaks the quoting rules.</summary>
    public static Issue Malformed(string file, int row) =>
        Error(
            FileIssueCodes.Malformed,
            "Tanda kutip (\") tidak ditutup atau salah tempat pada baris ini; sisa berkas tidak dapat dibaca dengan pasti.",
            "A quote (\") is left open or misplaced on this row; the rest of the file cannot be read with certainty.").At(file: file, row: row);

    /// <summary>A CSV file that is not UTF-8 (a warning: refusing would leave the treasurer stuck).</summary>
    public static Issue LegacyEncoding(string file) =>
        new Issue(
            FileIssueCodes.LegacyEncoding,
            IssueSeverity.Warning,
            "Berkas bukan UTF-8; dibaca sebagai Windows-1252 (ANSI). Periksa ejaan nama; simpan sebagai \"CSV UTF-8\" agar pasti.",
            "The file is not UTF-8; it was read as Windows-1252 (ANSI). Check the names; save as \"CSV UTF-8\" to be sure.").At(file: file);

    /// <summary>Merged cells in a table sheet.</summary>
    public static Issue MergedCells(string file, string sheet, string range, int row) =>
        Error(
            FileIssueCodes.MergedCells,
            $"Sel gabungan {range}: pisahkan (unmerge) sel dan isi setiap baris sendiri-sendiri.",
            $"Merged cells {range}: unmerge them and fill every row on its own.").At(file: file, sheet: sheet, row: row);

    /// <summary>A <c>bulan</c> cell that is no month.</summary>
    public static Issue InvalidMonth(string memberId, string text) =>
        Error(
            IssueCodes.BalanceInvalidMonth,
            $"'{text}' bukan bulan (gunakan 2025-01 atau 1 sampai 12).",
            $"'{text}' is not a month (use 2025-01 or 1 to 12).").At(memberId: memberId, column: "bulan");

    /// <summary>A <c>Kebijakan</c> sheet value of the wrong kind.</summary>
    public static Issue InvalidValue(string label, string expectedId, string expectedEn) =>
        Error(IssueCodes.InvalidValue, $"{label} harus berupa {expectedId}.", $"{label} must be {expectedEn}.").At(column: label);

    /// <summary>A <c>Kebijakan</c> sheet label or funds-table column the policy does not know, with the known one it most likely meant.</summary>
    public static Issue UnknownLabel(string label, string? nearest) =>
        Error(
            IssueCodes.UnknownKey,
            nearest is null ? $"Kunci {label} tidak dikenal." : $"Kunci {label} tidak dikenal; maksudnya {nearest}?",
            nearest is null ? $"The key {label} is not known." : $"The key {label} is not known; did you mean {nearest}?").At(column: label);

    /// <summary>A <c>Kebijakan</c> sheet label given twice.</summary>
    public static Issue DuplicateLabel(string first, string second) =>
        Error(
            IssueCodes.DuplicateKey,
            $"Kunci {second} muncul lebih dari sekali ({first} dan {second}); tuliskan sekali saja.",
            $"The key {second} is given more than once ({first} and {second}); give it once.").At(column: second);

    /// <summary>An unknown status among the eligible of the <c>Kebijakan</c> sheet.</summary>
    public static Issue UnknownEligibleStatus(string text, string label) =>
        Error(
            IssueCodes.UnknownEligibleStatus,
            $"Status '{text}' pada anggota berhak tidak dikenal; gunakan anggota, calon, luar_biasa, atau keluar.",
            $"Unknown status '{text}' among the eligible; use anggota, calon, luar_biasa or keluar.").At(column: label);

    /// <summary>The issue for a cell that could not be read as an amount.</summary>
    public static Issue Amount(CellProblem problem, in Cell cell, NumberCulture culture, string column, string? memberId)
    {
        var text = cell.Display;
        var issue = problem switch
        {
            CellProblem.AmbiguousThousands => Ambiguous(text, CellRules.TextCulture(cell, culture), column, percent: false),
            CellProblem.DateInAmount => Error(
                FileIssueCodes.DateInAmount,
                $"Sel kolom {column} berformat tanggal ({text}), padahal kolom ini berisi jumlah rupiah: ubah format sel menjadi angka dan ketik ulang jumlahnya.",
                $"The cell in column {column} is formatted as a date ({text}), but the column holds rupiah amounts: format the cell as a number and type the amount again."),
            CellProblem.PercentInAmount => Error(
                FileIssueCodes.PercentInAmount,
                $"Sel kolom {column} berformat persen ({text}), padahal kolom ini berisi jumlah rupiah: ubah format sel menjadi angka.",
                $"The cell in column {column} is formatted as a percentage ({text}), but the column holds rupiah amounts: format the cell as a number."),
            CellProblem.ErrorValue when cell.Error == Cell.MissingSharedString => Damaged(column),
            _ => NotANumber(memberId, column, text),
        };
        return issue.At(memberId: memberId, column: column);
    }

    /// <summary>The issue for a policy cell that could not be read as a percentage.</summary>
    public static Issue Percent(CellProblem problem, in Cell cell, NumberCulture culture, string field) => problem switch
    {
        CellProblem.AmbiguousThousands => Ambiguous(cell.Display, CellRules.TextCulture(cell, culture), field, percent: true).At(column: field),
        CellProblem.ErrorValue when cell.Error == Cell.MissingSharedString => Damaged(field).At(column: field),
        _ when cell.IsEmpty => InvalidValue(field, "angka persentase (sel ini kosong)", "a percentage (the cell is empty)"),
        _ => InvalidValue(field, $"angka persentase (bukan '{cell.Display}')", $"a percentage (not '{cell.Display}')"),
    };

    /// <summary>The issue for a cell that could not be read as a text (an id, a name, a status, a code).</summary>
    public static Issue Text(in Cell cell, string column, string? memberId) =>
        (cell.Error == Cell.MissingSharedString
            ? Damaged(column)
            : Error(
                FileIssueCodes.ErrorValue,
                $"Sel kolom {column} berisi nilai galat {cell.Error}, bukan teks: perbaiki rumus atau ketik isinya.",
                $"The cell in column {column} holds the error value {cell.Error}, not a text: fix the formula or type the value.")).At(memberId: memberId, column: column);

    /// <summary>A monthly balance dated in another year than the policy's.</summary>
    public static Issue BalanceOtherYear(string memberId, int year, int month, int policyYear) =>
        Error(
            FileIssueCodes.BalanceOtherYear,
            $"Saldo bulan {year:D4}-{month:D2} bukan dari tahun buku {policyYear}: saldo bulanan harus dari tahun yang dibagi SHU-nya.",
            $"The balance of {year:D4}-{month:D2} is not from the financial year {policyYear}: monthly balances must be from the year whose SHU is split.").At(memberId: memberId, column: "bulan");

    /// <summary>A file that is not there.</summary>
    public static Issue NotFound(string path) =>
        Error(
            FileIssueCodes.Unreadable,
            $"Berkas {path} tidak ditemukan.",
            $"The file {path} was not found.").At(file: Path.GetFileName(path));

    /// <summary>A members CSV given as a stream with no policy beside it: a CSV holds members only.</summary>
    public static Issue PolicyNotGiven(string membersFile) =>
        Error(
            FileIssueCodes.Unreadable,
            $"Kebijakan tidak diberikan: berkas anggota CSV hanya berisi anggota; berikan {ShuInputReader.DefaultPolicyFile} bersamanya.",
            $"No policy was given: a members CSV holds members only; give {ShuInputReader.DefaultPolicyFile} with it.").At(file: membersFile);

    /// <summary>A path that is a device, a FIFO or a folder: the tool reads regular files only.</summary>
    public static Issue NotARegularFile(string path) =>
        Error(
            FileIssueCodes.Unreadable,
            $"{path} bukan berkas biasa (melainkan perangkat, pipa, atau folder): berikan berkas .xlsx, .csv, atau .json.",
            $"{path} is not a regular file (it is a device, a pipe or a folder): give an .xlsx, .csv or .json file.").At(file: Path.GetFileName(path));

    /// <summary>Two or more sheets whose names match the one the reader needs.</summary>
    public static Issue AmbiguousSheet(string file, string sheet, IEnumerable<string> names)
    {
        var list = string.Join(", ", names);
        return Error(
            FileIssueCodes.AmbiguousSheet,
            $"Buku kerja memiliki lebih dari satu sheet {sheet} ({list}): beri nama lain atau hapus yang tidak dipakai.",
            $"The workbook has more than one sheet {sheet} ({list}): rename or delete the one not in use.").At(file: file, sheet: sheet);
    }

    /// <summary>A workbook without a sheet it needs.</summary>
    public static Issue MissingSheet(string file, string sheet) =>
        Error(
            FileIssueCodes.MissingSheet,
            $"Buku kerja tidak memiliki sheet {sheet}.",
            $"The workbook has no sheet {sheet}.").At(file: file, sheet: sheet);

    /// <summary>
    /// A file that could not be read, in words a treasurer understands: the reason is told from the exception's kind,
    /// never with the runtime's own text (which is English, and sometimes says nothing useful).
    /// </summary>
    public static Issue Unreadable(string file, Exception exception)
    {
        var workbook = ShuInputReader.IsWorkbook(file);
        var (id, en) = exception switch
        {
            FileNotFoundException or DirectoryNotFoundException => ("berkas tidak ditemukan.", "the file was not found."),
            UnauthorizedAccessException => ("tidak ada izin untuk membaca berkas ini.", "there is no permission to read this file."),
            InvalidDataException when workbook => ("berkas ini bukan buku kerja Excel (.xlsx) yang utuh. Buka di Excel dan simpan ulang sebagai .xlsx.", "this is not a whole Excel workbook (.xlsx). Open it in Excel and save it again as .xlsx."),
            System.Xml.XmlException => ("isi buku kerja rusak (XML tidak sah). Buka di Excel dan simpan ulang.", "the workbook's content is damaged (invalid XML). Open it in Excel and save it again."),
            System.Text.DecoderFallbackException => ("berkas berisi huruf yang tidak dapat dibaca. Simpan ulang sebagai \"CSV UTF-8\".", "the file holds characters that cannot be read. Save it again as \"CSV UTF-8\"."),
            CsvHelper.CsvFormatException => ("berkas bukan CSV yang dapat dibaca: periksa tanda kutip dan pemisah kolom.", "the file is not a readable CSV: check the quotes and the separators."),
            _ when workbook => ("berkas ini bukan buku kerja Excel (.xlsx) yang dapat dibaca.", "this is not a readable Excel workbook (.xlsx)."),
            IOException => ("berkas gagal dibaca dari disk.", "the file could not be read from the disk."),
            _ => ("isi berkas tidak dapat dibaca.", "the file's content cannot be read."),
        };
        return Error(FileIssueCodes.Unreadable, "Berkas tidak dapat dibaca: " + id, "The file cannot be read: " + en).At(file: file);
    }

    /// <summary>A workbook part that expands beyond the limit (a zip bomb, or not a treasurer's workbook).</summary>
    public static Issue PartTooLarge(string file, string part, long bytes, long limit) =>
        Error(
            FileIssueCodes.TooLarge,
            $"Bagian {part} buku kerja akan berukuran {Grouped(bytes)} bita setelah dibuka, melebihi batas {Grouped(limit)} bita: berkas ini ditolak.",
            $"The workbook part {part} would expand to {Grouped(bytes)} bytes, over the limit of {Grouped(limit)} bytes: the file is refused.").At(file: file);

    /// <summary>A workbook part compressed far more than spreadsheet XML ever is (a zip bomb).</summary>
    public static Issue PartTooCompressed(string file, string part, long ratio, long limit) =>
        Error(
            FileIssueCodes.TooLarge,
            $"Bagian {part} buku kerja mengembang {Grouped(ratio)} kali ukurannya yang terkompresi, melebihi batas {Grouped(limit)} kali: berkas ini ditolak.",
            $"The workbook part {part} expands to {Grouped(ratio)} times its compressed size, over the limit of {Grouped(limit)} times: the file is refused.").At(file: file);

    private static string Grouped(long value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static Issue Ambiguous(string text, NumberCulture culture, string column, bool percent)
    {
        var suggestion = CellRules.Suggestion(text, culture);
        var indonesian = culture == NumberCulture.Indonesian;
        var (markId, markEn) = indonesian ? ("koma (,)", "a comma (,)") : ("titik (.)", "a point (.)");
        var writeId = suggestion is null ? string.Empty : $" Tulis {suggestion}.";
        var writeEn = suggestion is null ? string.Empty : $" Write {suggestion}.";
        return percent
            ? Error(
                FileIssueCodes.AmbiguousThousands,
                $"'{text}' pada {column} tidak jelas: persentase ditulis tanpa pemisah ribuan, dengan {markId} sebagai tanda desimal.{writeId}",
                $"'{text}' in {column} is unclear: percentages are written without thousands separators, with {markEn} as the decimal mark.{writeEn}")
            : Error(
                FileIssueCodes.AmbiguousThousands,
                $"'{text}' pada kolom {column} dapat dibaca dua cara: berkas ini memakai {markId} sebagai tanda desimal, dan rupiah paling banyak dua angka desimal. Tulis jumlahnya tanpa pemisah ribuan.{writeId}",
                $"'{text}' in column {column} can be read two ways: this file uses {markEn} as the decimal mark, and rupiah have at most two decimals. Write the amount without thousands separators.{writeEn}");
    }

    private static Issue Damaged(string column) =>
        Error(
            FileIssueCodes.ErrorValue,
            $"Sel kolom {column} merujuk teks yang tidak ada di buku kerja: berkas rusak. Simpan ulang dari Excel.",
            $"The cell in column {column} refers to a text the workbook does not have: the file is damaged. Save it again from Excel.");

    private static Issue Error(string code, string id, string en) => new(code, IssueSeverity.Error, id, en);
}
