using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Kopdes.Shu.IO.Tables;

/// <summary>Why a cell could not be read as the field it stands in.</summary>
internal enum CellProblem
{
    /// <summary>Read.</summary>
    None = 0,

    /// <summary>Not a number in any way of writing one.</summary>
    NotANumber,

    /// <summary>
    /// A number whose separators can be read two ways (<c>50.000</c>: fifty thousand in Indonesia, fifty with
    /// three decimals elsewhere), or that is written the other way round from the file's numbers.
    /// </summary>
    AmbiguousThousands,

    /// <summary>An Excel error value (<c>#REF!</c>), a formula that was never calculated, or a damaged cell.</summary>
    ErrorValue,

    /// <summary>A number formatted as a date where an amount belongs (a typing slip Excel turned into a date).</summary>
    DateInAmount,

    /// <summary>A number formatted as a percentage where an amount belongs.</summary>
    PercentInAmount,

    /// <summary>A whole number was expected (a year).</summary>
    NotWhole,

    /// <summary>Not a date.</summary>
    NotADate,
}

/// <summary>
/// The one place that decides how a cell becomes an amount, a percentage, a whole number, a date or a text, for
/// CSV files and workbooks alike, and how the tool writes a number so that it reads back to itself.
/// </summary>
/// <remarks>
/// <para>
/// Strict on purpose: a value that reaches the calculation is what the treasurer typed, or it is refused with a
/// reason. Rupiah have at most two decimals, so a lone decimal mark followed by exactly three digits
/// (<c>50.000</c> in a file whose decimal mark is <c>.</c>, <c>1,500</c> in an Indonesian one) is a thousands
/// separator to some readers and a decimal mark to others: refused. So is a number written with the other
/// culture's marks (<c>1.250.000</c> or <c>Rp 50.000,00</c> where <c>.</c> is the decimal mark). Percentages are
/// not rupiah (<c>33.333</c> is a percentage) and are never grouped in thousands, so their one mark, <c>.</c> or
/// <c>,</c>, is always the decimal mark.
/// </para>
/// <para>
/// Text typed into a workbook cell (rather than a number cell) is read by Indonesian rules whatever the
/// <c>--culture</c>: a workbook means the same on every machine. Number cells are exact; their number format
/// decides what a number means where it matters (a percent cell holds 0.1 for the 10 % it shows).
/// </para>
/// </remarks>
internal static class CellRules
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss"];

    // No amount a treasurer writes needs more characters than this (twenty-eight digits, their separators, Rp).
    private const int MaxNumberText = 64;

    /// <summary>The cell as an amount (rupiah, or a weight): an empty cell is 0.</summary>
    public static CellProblem Amount(in Cell cell, NumberCulture culture, out decimal value)
    {
        value = 0m;
        if (cell.Error is not null)
        {
            return CellProblem.ErrorValue;
        }

        if (cell.Number is { } number)
        {
            value = number;
            return cell.Format switch
            {
                CellFormat.Date => CellProblem.DateInAmount,
                CellFormat.Percent => CellProblem.PercentInAmount,
                _ => CellProblem.None,
            };
        }

        if (cell.Date is not null)
        {
            return CellProblem.DateInAmount;
        }

        return cell.IsEmpty ? CellProblem.None : ParseAmount(cell.Text, TextCulture(cell, culture), out value);
    }

    /// <summary>
    /// The cell as a percentage (<c>25</c> for 25 %): a number cell formatted as a percentage holds a fraction and
    /// gives the percentage it shows; text may end in <c>%</c>. An empty cell is 0.
    /// </summary>
    public static CellProblem Percent(in Cell cell, NumberCulture culture, out decimal value)
    {
        value = 0m;
        if (cell.Error is not null)
        {
            return CellProblem.ErrorValue;
        }

        if (cell.Number is { } number)
        {
            value = cell.Format == CellFormat.Percent ? number * 100m : number;
            return cell.Format == CellFormat.Date ? CellProblem.NotANumber : CellProblem.None;
        }

        if (cell.Date is not null)
        {
            return CellProblem.NotANumber;
        }

        return cell.IsEmpty ? CellProblem.None : ParsePercent(cell.Text, TextCulture(cell, culture), out value);
    }

    /// <summary>The cell as a whole number without separators (a year): an empty cell is null.</summary>
    public static CellProblem Whole(in Cell cell, NumberCulture culture, out int? value)
    {
        value = null;
        if (cell.Error is not null)
        {
            return CellProblem.ErrorValue;
        }

        decimal number;
        if (cell.Number is { } cellNumber && cell.Format == CellFormat.None)
        {
            number = cellNumber;
        }
        else if (cell.Number is not null || cell.Date is not null)
        {
            return CellProblem.NotWhole;
        }
        else if (cell.IsEmpty)
        {
            return CellProblem.None;
        }
        else if (ParseNumber(cell.Text, TextCulture(cell, culture), grouping: false, allowPercent: false, out number) is var problem and not CellProblem.None)
        {
            return problem;
        }

        if (number != decimal.Truncate(number) || number is < int.MinValue or > int.MaxValue)
        {
            return CellProblem.NotWhole;
        }

        value = (int)number;
        return CellProblem.None;
    }

    /// <summary>The cell as a date: a date cell, a serial date number, or text <c>2025-07-21</c> or <c>21/07/2025</c> (day first). Empty is null.</summary>
    public static CellProblem Date(in Cell cell, out DateOnly? value)
    {
        value = null;
        if (cell.Error is not null)
        {
            return CellProblem.ErrorValue;
        }

        if (cell.Date is { } date)
        {
            value = date;
            return CellProblem.None;
        }

        // A workbook date is a number of days (a serial date), formatted as a date or written so by a program.
        if (cell.Number is { } serial)
        {
            if (serial is < 1 or > 2_958_465 || cell.Format == CellFormat.Percent)
            {
                return CellProblem.NotADate;
            }

            value = DateOnly.FromDateTime(DateTime.FromOADate((double)serial));
            return CellProblem.None;
        }

        if (cell.IsEmpty)
        {
            return CellProblem.None;
        }

        if (TryParseDate(cell.Text, out var parsed))
        {
            value = parsed;
            return CellProblem.None;
        }

        return CellProblem.NotADate;
    }

    /// <summary>The cell as text, trimmed (null when empty); an error value is not text.</summary>
    public static CellProblem Text(in Cell cell, out string? value)
    {
        value = null;
        if (cell.Error is not null)
        {
            return CellProblem.ErrorValue;
        }

        value = cell.AsText();
        return CellProblem.None;
    }

    /// <summary>Reads an amount from text written in <paramref name="culture"/> (<see cref="NumberCulture.Auto"/> reads as international).</summary>
    public static CellProblem ParseAmount(string? text, NumberCulture culture, out decimal value) =>
        ParseNumber(text, culture, grouping: true, allowPercent: false, out value);

    /// <summary>
    /// Reads a percentage from text: digits with at most one <c>.</c> or <c>,</c>, an optional <c>%</c>. Percentages are
    /// never grouped in thousands, so a single mark is the decimal mark in any culture (<c>33.333</c> and <c>33,333</c>
    /// are both 33.333 %); a text with both marks is refused.
    /// </summary>
    public static CellProblem ParsePercent(string? text, NumberCulture culture, out decimal value)
    {
        value = 0m;
        if (text is null)
        {
            return CellProblem.NotANumber;
        }

        var marks = text.Count(c => c is '.' or ',');
        if (marks > 1 && text.Contains('.', StringComparison.Ordinal) && text.Contains(',', StringComparison.Ordinal))
        {
            return CellProblem.AmbiguousThousands;
        }

        var mark = text.Contains(',', StringComparison.Ordinal) ? NumberCulture.Indonesian : NumberCulture.International;
        return ParseNumber(text, mark, grouping: false, allowPercent: true, out value);
    }

    /// <summary>
    /// How the tool writes a number in <paramref name="culture"/>: international <c>1234567.89</c> (no separators),
    /// Indonesian <c>1.234.567,89</c>; a lone decimal mark never followed by exactly three digits (a zero is added),
    /// so every number it writes reads back to itself under <see cref="ParseAmount"/>.
    /// </summary>
    public static string Format(decimal value, NumberCulture culture)
    {
        var invariant = value.ToString(CultureInfo.InvariantCulture);
        var point = invariant.IndexOf('.', StringComparison.Ordinal);
        var negative = invariant.StartsWith('-');
        var integer = invariant[(negative ? 1 : 0)..(point < 0 ? invariant.Length : point)];
        var fraction = point < 0 ? string.Empty : invariant[(point + 1)..];
        var indonesian = culture == NumberCulture.Indonesian;
        var grouped = indonesian && integer.Length > 3;
        if (fraction.Length == 3 && !grouped && integer.TrimStart('0').Length > 0)
        {
            fraction += "0";
        }

        if (grouped)
        {
            var groups = new System.Text.StringBuilder(integer.Length + (integer.Length / 3));
            for (var i = 0; i < integer.Length; i++)
            {
                if (i > 0 && (integer.Length - i) % 3 == 0)
                {
                    groups.Append('.');
                }

                groups.Append(integer[i]);
            }

            integer = groups.ToString();
        }

        var mark = indonesian ? ',' : '.';
        return (negative ? "-" : string.Empty) + integer + (fraction.Length > 0 ? mark + fraction : string.Empty);
    }

    /// <summary>
    /// The other way to read a refused number, written as this culture would have it (for a message saying how to
    /// write it): <c>50.000</c> in an international file gives <c>50000</c>. Null when there is none.
    /// </summary>
    public static string? Suggestion(string text, NumberCulture culture)
    {
        var other = Effective(culture) == NumberCulture.Indonesian ? NumberCulture.International : NumberCulture.Indonesian;
        if (ParseNumber(text, other, grouping: true, allowPercent: true, out var value, checkAmbiguity: false) != CellProblem.None)
        {
            return null;
        }

        // Without grouping: the plainest form a reader of either culture cannot take for something else.
        var plain = Format(value, NumberCulture.International);
        return Effective(culture) == NumberCulture.Indonesian ? plain.Replace('.', ',') : plain;
    }

    /// <summary>The culture a cell's text is read in: typed into a workbook, always Indonesian; in a CSV file, the file's.</summary>
    public static NumberCulture TextCulture(in Cell cell, NumberCulture culture) => cell.FromSheet ? NumberCulture.Indonesian : Effective(culture);

    /// <summary><see cref="NumberCulture.Auto"/> reads as international where nothing decided otherwise.</summary>
    public static NumberCulture Effective(NumberCulture culture) => culture == NumberCulture.Auto ? NumberCulture.International : culture;

    private static CellProblem ParseNumber(string? text, NumberCulture culture, bool grouping, bool allowPercent, out decimal value, bool checkAmbiguity = true)
    {
        value = 0m;
        if (text is null || text.Length > MaxNumberText)
        {
            return CellProblem.NotANumber;
        }

        // Spaces (also no-break and thin ones, as pasted from documents) separate nothing.
        Span<char> compact = stackalloc char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (c is not (' ' or '\u00A0' or '\u202F' or '\u2007'))
            {
                compact[length++] = c;
            }
        }

        var s = (ReadOnlySpan<char>)compact[..length];
        var negative = false;
        if (s.Length >= 2 && s[0] == '(' && s[^1] == ')')
        {
            // Accounting notation: (5.000) is minus five thousand.
            negative = true;
            s = s[1..^1];
        }

        if (!TakeSign(ref s, ref negative))
        {
            return CellProblem.NotANumber;
        }

        if (s.StartsWith("Rp", StringComparison.OrdinalIgnoreCase))
        {
            s = s[2..];
            if (s.StartsWith('.'))
            {
                s = s[1..];
            }

            if (!TakeSign(ref s, ref negative))
            {
                return CellProblem.NotANumber;
            }
        }

        if (allowPercent && s.EndsWith('%'))
        {
            s = s[..^1];
        }

        var indonesian = Effective(culture) == NumberCulture.Indonesian;
        if (!allowPercent && s.EndsWith(",-") && indonesian)
        {
            // Rp 50.000,- : whole rupiah, as receipts write them.
            s = s[..^2];
        }

        var (mark, separator) = indonesian ? (',', '.') : ('.', ',');
        Span<char> invariant = stackalloc char[s.Length + 1];
        if (!Core(s, mark, separator, grouping, invariant, out var written, out var grouped, out var fractionDigits, out var integerIsZero))
        {
            // Written the other culture's way (1.250.000 where . is the decimal mark): one reading, but not this file's.
            return checkAmbiguity && Core(s, separator, mark, grouping: true, invariant, out _, out _, out _, out _)
                ? CellProblem.AmbiguousThousands
                : CellProblem.NotANumber;
        }

        if (checkAmbiguity && !allowPercent && !grouped && fractionDigits == 3 && !integerIsZero)
        {
            return CellProblem.AmbiguousThousands;
        }

        if (!decimal.TryParse(invariant[..written], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return CellProblem.NotANumber;
        }

        value = negative ? -value : value;
        return CellProblem.None;
    }

    private static bool TakeSign(ref ReadOnlySpan<char> s, ref bool negative)
    {
        if (!s.StartsWith('-'))
        {
            return true;
        }

        if (negative)
        {
            return false;
        }

        negative = true;
        s = s[1..];
        return true;
    }

    /// <summary>
    /// Digits with <paramref name="mark"/> before the decimals and, when <paramref name="grouping"/>, <paramref name="separator"/>
    /// between groups of three (the first of one to three digits). Writes the invariant form into <paramref name="invariant"/>.
    /// </summary>
    private static bool Core(
        ReadOnlySpan<char> s, char mark, char separator, bool grouping, Span<char> invariant,
        out int written, out bool grouped, out int fractionDigits, out bool integerIsZero)
    {
        written = 0;
        grouped = false;
        fractionDigits = 0;
        integerIsZero = true;
        var group = 0;
        var i = 0;
        for (; i < s.Length && s[i] != mark; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                invariant[written++] = c;
                integerIsZero &= c == '0';
                group++;
            }
            else if (c == separator && grouping && group is >= 1 and <= 3 && (!grouped || group == 3))
            {
                grouped = true;
                group = 0;
            }
            else
            {
                return false;
            }
        }

        if (written == 0 || (grouped && group != 3))
        {
            return false;
        }

        if (i == s.Length)
        {
            return true;
        }

        invariant[written++] = '.';
        for (i++; i < s.Length; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }

            invariant[written++] = s[i];
            fractionDigits++;
        }

        return fractionDigits > 0;
    }

    /// <summary>
    /// The fast path of <see cref="ParseAmount"/> for the plainest amounts, for UTF-16 text and a CSV reader's UTF-8
    /// bytes alike: up to 18 digits with at most one decimal mark inside, nothing else (no sign, space or separator),
    /// exact in a ulong and a scale. False when the text is anything else, including the ambiguous lone mark before
    /// exactly three digits: <see cref="ParseAmount"/> then decides (tests hold the two together).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParsePlain<T>(ReadOnlySpan<T> text, T decimalPoint, out decimal value)
        where T : unmanaged, IBinaryInteger<T>
    {
        value = 0m;
        if (text.Length is 0 or > 19)
        {
            return false;
        }

        // Whole rupiah, nearly every amount in a file: digits only, one pass with nothing else to watch for.
        if (TryParseDigits(text, out var whole))
        {
            value = new decimal(whole);
            return true;
        }

        ulong digits = 0;
        ulong integer = 0;
        var scale = -1;
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == decimalPoint && scale < 0 && i > 0 && i < text.Length - 1)
            {
                scale = 0;
                integer = digits;
                continue;
            }

            var digit = unchecked(uint.CreateTruncating(c) - '0');
            if (digit > 9 || ++count > 18)
            {
                return false;
            }

            digits = unchecked((digits * 10) + digit);
            if (scale >= 0)
            {
                scale++;
            }
        }

        if (scale == 3 && integer != 0)
        {
            return false;
        }

        value = new decimal(unchecked((int)(uint)digits), unchecked((int)(uint)(digits >> 32)), 0, false, (byte)Math.Max(scale, 0));
        return true;
    }

    /// <summary>
    /// One to 18 digits and nothing else, as a long: the whole-rupiah amounts <see cref="TryParsePlain"/> reads
    /// to a decimal without decimals, for a reader that keeps them as longs.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryParseDigits<T>(ReadOnlySpan<T> text, out long value)
        where T : unmanaged, IBinaryInteger<T>
    {
        value = 0;
        if (text.Length is 0 or > 18)
        {
            return false;
        }

        long whole = 0;
        for (var at = 0; at < text.Length; at++)
        {
            var digit = unchecked(uint.CreateTruncating(text[at]) - '0');
            if (digit > 9)
            {
                return false;
            }

            // At most 18 digits: below 10^18, no overflow to check for (the project checks arithmetic by default).
            whole = unchecked((whole * 10) + digit);
        }

        value = whole;
        return true;
    }

    /// <summary>
    /// A date written <c>yyyy-MM-dd</c>, the form every tool writes, read without the general parser.
    /// <paramref name="isIso"/> says whether the text had that shape: if so and it is false, the date does not exist.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParseIsoDate<T>(ReadOnlySpan<T> text, out DateOnly date, out bool isIso)
        where T : unmanaged, IBinaryInteger<T>
    {
        date = default;
        isIso = false;
        if (text.Length != 10 || uint.CreateTruncating(text[4]) != '-' || uint.CreateTruncating(text[7]) != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day))
        {
            return false;
        }

        isIso = true;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryDigits<T>(ReadOnlySpan<T> text, out int value)
        where T : unmanaged, IBinaryInteger<T>
    {
        value = 0;
        foreach (var c in text)
        {
            var digit = unchecked(uint.CreateTruncating(c) - '0');
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + (int)digit;
        }

        return true;
    }

    /// <summary>Reads a date written <c>2025-07-21</c> or <c>21/07/2025</c> (day first).</summary>
    public static bool TryParseDate(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (TryParseIsoDate(text.AsSpan(), out date, out var isIso))
        {
            return true;
        }

        if (isIso)
        {
            return false;
        }

        if (DateTime.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = DateOnly.FromDateTime(parsed);
            return true;
        }

        return false;
    }
}
