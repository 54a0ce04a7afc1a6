using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Kopdes.Shu.IO.Tables;

/// <summary>Amounts and dates as treasurers type them. Strict: a number that could be read two ways is not read.</summary>
internal static partial class CellText
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss"];

    /// <summary>Reads an amount: optional <c>Rp</c>, spaces, a sign, digits with the culture's separators. No exponents, no NaN.</summary>
    public static bool TryParseAmount(string? text, NumberCulture culture, out decimal value)
    {
        value = 0m;
        if (text is null)
        {
            return false;
        }

        // Most cells are plain digits with perhaps a decimal point: read those straight into a decimal.
        if (TryParsePlain(text.AsSpan(), culture == NumberCulture.Indonesian ? ',' : '.', out value))
        {
            return true;
        }

        var plain = text.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal);
        var negative = false;
        if (plain.StartsWith('-'))
        {
            negative = true;
            plain = plain[1..];
        }

        if (plain.StartsWith("Rp", StringComparison.OrdinalIgnoreCase))
        {
            plain = plain[2..].TrimStart('.');
        }

        if (!negative && plain.StartsWith('-'))
        {
            negative = true;
            plain = plain[1..];
        }

        var match = culture == NumberCulture.Indonesian ? IndonesianNumber().Match(plain) : InternationalNumber().Match(plain);
        if (!match.Success)
        {
            return false;
        }

        var digits = match.Groups["int"].Value.Replace(culture == NumberCulture.Indonesian ? "." : ",", string.Empty, StringComparison.Ordinal);
        var fraction = match.Groups["frac"].Value;
        var normalized = fraction.Length > 0 ? $"{digits}.{fraction}" : digits;
        if (!decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    // Runs once a row or member: compiled optimised from the first call (AggressiveOptimization), not through
    // the slow first tier while a million rows go by. See docs/performance.md.
    /// <summary>
    /// Up to 18 digits with at most one decimal point inside, nothing else (no sign, space or separator): exact
    /// in a ulong and a scale. For UTF-16 text and for a CSV reader's UTF-8 bytes alike.
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
        var scale = -1;
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == decimalPoint && scale < 0 && i > 0 && i < text.Length - 1)
            {
                scale = 0;
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

    [GeneratedRegex(@"^(?<int>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?<frac>\d+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex IndonesianNumber();

    [GeneratedRegex(@"^(?<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<frac>\d+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex InternationalNumber();
}
