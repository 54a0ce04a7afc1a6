using System.Globalization;
using Kopdes.Shu.Money;

namespace Kopdes.Shu.Web;

/// <summary>The page's language and its ways of writing words and numbers, handed down to every part of the page.</summary>
public sealed class Ui(Language language)
{
    /// <summary>The language of the page: Indonesian unless the treasurer switches.</summary>
    public Language Language { get; } = language;

    /// <summary>True in English.</summary>
    public bool English => Language == Language.English;

    /// <summary>The Indonesian or the English text.</summary>
    public string this[string indonesian, string english] => English ? english : indonesian;

    /// <summary>An amount as the tool writes it: Rp1.234.567 (Rp1,234,567 in English).</summary>
    public string Rupiah(decimal amount) => NumberText.Rupiah(amount, Language);

    /// <summary>A count or weight with grouped digits.</summary>
    public string Number(decimal value) => NumberText.Number(value, Language);

    /// <summary>A percentage: 12,5% (12.5% in English).</summary>
    public string Percent(decimal value) => NumberText.Percent(value, Language);

    /// <summary>Seconds with one decimal, for the time a step took.</summary>
    public string Seconds(TimeSpan elapsed) =>
        elapsed.TotalSeconds.ToString("0.0", English ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo("id-ID")) + (English ? " s" : " detik");

    /// <summary>A value for a test or a script to read: invariant, never formatted.</summary>
    public static string Raw(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
