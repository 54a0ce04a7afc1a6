using Kopdes.Shu.IO.Tables;
using Kopdes.Shu.Validation;

namespace Kopdes.Shu.IO;

/// <summary>The wording of the problems the readers find in cells and files, in both languages (codes in <see cref="FileIssueCodes"/>).</summary>
internal static class FileIssues
{
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
            _ => IssueCatalog.NotANumber(memberId, column, text),
        };
        return issue with { MemberId = memberId, Column = column };
    }

    /// <summary>The issue for a policy cell that could not be read as a percentage.</summary>
    public static Issue Percent(CellProblem problem, in Cell cell, NumberCulture culture, string field) => problem switch
    {
        CellProblem.AmbiguousThousands => Ambiguous(cell.Display, CellRules.TextCulture(cell, culture), field, percent: true) with { Column = field },
        CellProblem.ErrorValue when cell.Error == Cell.MissingSharedString => Damaged(field) with { Column = field },
        _ when cell.IsEmpty => IssueCatalog.InvalidValue(field, "angka persentase (sel ini kosong)", "a percentage (the cell is empty)"),
        _ => IssueCatalog.InvalidValue(field, $"angka persentase (bukan '{cell.Display}')", $"a percentage (not '{cell.Display}')"),
    };

    /// <summary>The issue for a cell that could not be read as a text (an id, a name, a status, a code).</summary>
    public static Issue Text(in Cell cell, string column, string? memberId) =>
        (cell.Error == Cell.MissingSharedString
            ? Damaged(column)
            : Error(
                FileIssueCodes.ErrorValue,
                $"Sel kolom {column} berisi nilai galat {cell.Error}, bukan teks: perbaiki rumus atau ketik isinya.",
                $"The cell in column {column} holds the error value {cell.Error}, not a text: fix the formula or type the value.")) with
        {
            MemberId = memberId,
            Column = column,
        };

    /// <summary>A monthly balance dated in another year than the policy's.</summary>
    public static Issue BalanceOtherYear(string memberId, int year, int month, int policyYear) =>
        Error(
            FileIssueCodes.BalanceOtherYear,
            $"Saldo bulan {year:D4}-{month:D2} bukan dari tahun buku {policyYear}: saldo bulanan harus dari tahun yang dibagi SHU-nya.",
            $"The balance of {year:D4}-{month:D2} is not from the financial year {policyYear}: monthly balances must be from the year whose SHU is split.") with
        {
            MemberId = memberId,
            Column = "bulan",
        };

    /// <summary>A file that is not there.</summary>
    public static Issue NotFound(string path) =>
        Error(
            IssueCodes.Unreadable,
            $"Berkas {path} tidak ditemukan.",
            $"The file {path} was not found.") with { File = Path.GetFileName(path) };

    /// <summary>A path that is a device, a FIFO or a folder: the tool reads regular files only.</summary>
    public static Issue NotARegularFile(string path) =>
        Error(
            IssueCodes.Unreadable,
            $"{path} bukan berkas biasa (melainkan perangkat, pipa, atau folder): berikan berkas .xlsx, .csv, atau .json.",
            $"{path} is not a regular file (it is a device, a pipe or a folder): give an .xlsx, .csv or .json file.") with { File = Path.GetFileName(path) };

    /// <summary>Two or more sheets whose names match the one the reader needs.</summary>
    public static Issue AmbiguousSheet(string file, string sheet, IEnumerable<string> names)
    {
        var list = string.Join(", ", names);
        return Error(
            FileIssueCodes.AmbiguousSheet,
            $"Buku kerja memiliki lebih dari satu sheet {sheet} ({list}): beri nama lain atau hapus yang tidak dipakai.",
            $"The workbook has more than one sheet {sheet} ({list}): rename or delete the one not in use.") with { File = file, Sheet = sheet };
    }

    /// <summary>A workbook without a sheet it needs.</summary>
    public static Issue MissingSheet(string file, string sheet) =>
        Error(
            IssueCodes.MissingSheet,
            $"Buku kerja tidak memiliki sheet {sheet}.",
            $"The workbook has no sheet {sheet}.") with { File = file, Sheet = sheet };

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
        return Error(IssueCodes.Unreadable, "Berkas tidak dapat dibaca: " + id, "The file cannot be read: " + en) with { File = file };
    }

    /// <summary>A workbook part that expands beyond the limit (a zip bomb, or not a treasurer's workbook).</summary>
    public static Issue PartTooLarge(string file, string part, long bytes, long limit) =>
        Error(
            IssueCodes.TooLarge,
            $"Bagian {part} buku kerja akan berukuran {Grouped(bytes)} bita setelah dibuka, melebihi batas {Grouped(limit)} bita: berkas ini ditolak.",
            $"The workbook part {part} would expand to {Grouped(bytes)} bytes, over the limit of {Grouped(limit)} bytes: the file is refused.") with { File = file };

    /// <summary>A workbook part compressed far more than spreadsheet XML ever is (a zip bomb).</summary>
    public static Issue PartTooCompressed(string file, string part, long ratio, long limit) =>
        Error(
            IssueCodes.TooLarge,
            $"Bagian {part} buku kerja mengembang {Grouped(ratio)} kali ukurannya yang terkompresi, melebihi batas {Grouped(limit)} kali: berkas ini ditolak.",
            $"The workbook part {part} expands to {Grouped(ratio)} times its compressed size, over the limit of {Grouped(limit)} times: the file is refused.") with { File = file };

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
