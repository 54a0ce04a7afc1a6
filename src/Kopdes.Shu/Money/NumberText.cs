using System.Globalization;

namespace Kopdes.Shu.Money;

/// <summary>
/// Numbers in messages and explanations, in a fixed form per language (never the machine's culture):
/// Indonesian <c>1.234.567,89</c>, English <c>1,234,567.89</c>.
/// </summary>
internal static class NumberText
{
    public static string Number(decimal value, Language language)
    {
        var text = value.ToString("#,0.############################", CultureInfo.InvariantCulture);
        return language == Language.English ? text : SwapSeparators(text);
    }

    public static string Rupiah(decimal value, Language language) =>
        value < 0 ? "-Rp" + Number(-value, language) : "Rp" + Number(value, language);

    public static string Percent(decimal value, Language language) => Number(value, language) + "%";

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
