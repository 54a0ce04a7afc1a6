using System.Globalization;

namespace Kopdes.Shu.Money;

/// <summary>
/// Numbers in messages and explanations, in a fixed form per language (never the machine's culture):
/// Indonesian <c>1.234.567,89</c>, English <c>1,234,567.89</c>.
/// </summary>
internal static class NumberText
{
    /// <summary>A number with the language's separators and as many decimals as it has.</summary>
    public static string Number(decimal value, Language language)
    {
        var text = value.ToString("#,0.############################", CultureInfo.InvariantCulture);
        return language == Language.English ? text : SwapSeparators(text);
    }

    /// <summary>An amount with <c>Rp</c> in front: <c>Rp1.234.567</c> (Indonesian), <c>Rp1,234,567</c> (English).</summary>
    public static string Rupiah(decimal value, Language language) =>
        value < 0 ? "-Rp" + Number(-value, language) : "Rp" + Number(value, language);

    /// <summary>A percentage: <c>12,5%</c> (Indonesian), <c>12.5%</c> (English).</summary>
    public static string Percent(decimal value, Language language) => Number(value, language) + "%";

    /// <summary>The number as files write it: invariant, <c>.</c> for decimals, no grouping.</summary>
    public static string Plain(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string SwapSeparators(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch { ',' => '.', '.' => ',', var c => c };
            }
        });
}
