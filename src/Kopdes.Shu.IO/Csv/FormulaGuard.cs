using System.Runtime.CompilerServices;

namespace Kopdes.Shu.IO.Csv;

/// <summary>
/// Text that a spreadsheet would run as a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab, CR) is written to CSV
/// after an apostrophe, as spreadsheets themselves mark text. Text that starts with an apostrophe gets one too, so the
/// guard can always be taken off again: what the tool writes, it reads back as it was.
/// </summary>
internal static class FormulaGuard
{
    /// <summary>Whether a text starting with this character (or UTF-8 byte) is written after an apostrophe.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Needs(int first) => first is '=' or '+' or '-' or '@' or '\t' or '\r' or '\'';

    /// <summary>The text as written to a CSV field.</summary>
    public static string Guard(string text) => text.Length > 0 && Needs(text[0]) ? "'" + text : text;

    /// <summary>The text as it was before <see cref="Guard"/>: one apostrophe before a guarded character is taken off.</summary>
    public static ReadOnlySpan<byte> Unguard(ReadOnlySpan<byte> field) => IsGuarded(field) ? field[1..] : field;

    /// <summary>The text as it was before <see cref="Guard"/>.</summary>
    public static string Unguard(string text) => text.Length > 1 && text[0] == '\'' && Needs(text[1]) ? text[1..] : text;

    /// <summary>True when the field starts with the guard's apostrophe.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsGuarded(ReadOnlySpan<byte> field) => field.Length > 1 && field[0] == '\'' && Needs(field[1]);
}
