using System.Globalization;
using System.Resources;

namespace Kopdes.Shu.Cli;

/// <summary>The CLI's words, from .resx resources: Indonesian by default, English with <c>--lang en</c>.</summary>
internal sealed class Text(Language language)
{
    private static readonly ResourceManager Resources = new("Kopdes.Shu.Cli.Resources.Strings", typeof(Text).Assembly);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public Language Language { get; } = language;

    public string this[string key] =>
        Resources.GetString(key, Language == Language.English ? English : CultureInfo.InvariantCulture)
        ?? throw new InvalidOperationException($"Missing text '{key}'.");

    /// <summary>
    /// The text with its values. A count formatted <c>{0:member|members}</c> is written with the word its number takes:
    /// "1 member", "300 members" (Indonesian texts need no such form: "1 anggota", "300 anggota").
    /// </summary>
    public string Format(string key, params object[] values) => string.Format(Plurals.Instance, this[key], values);

    private sealed class Plurals : IFormatProvider, ICustomFormatter
    {
        public static readonly Plurals Instance = new();

        public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : CultureInfo.InvariantCulture.GetFormat(formatType);

        public string Format(string? format, object? arg, IFormatProvider? formatProvider)
        {
            if (format is not null && format.Contains('|', StringComparison.Ordinal) && arg is int or long)
            {
                var words = format.Split('|');
                var count = Convert.ToInt64(arg, CultureInfo.InvariantCulture);
                return count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? words[0] : words[1]);
            }

            return arg is IFormattable formattable ? formattable.ToString(format, CultureInfo.InvariantCulture) : arg?.ToString() ?? string.Empty;
        }
    }

    /// <summary>Why a file could not be read or written, in the user's words: never the runtime's own (English) message.</summary>
    public string Reason(Exception exception) => this[exception switch
    {
        UnauthorizedAccessException => TextKeys.IoDenied,
        FileNotFoundException or DirectoryNotFoundException => TextKeys.IoNotFound,
        IOException { HResult: 28 or unchecked((int)0x80070070) or unchecked((int)0x80070027) } => TextKeys.IoDiskFull,
        IOException { HResult: unchecked((int)0x80070020) or unchecked((int)0x80070021) } => TextKeys.IoInUse,
        _ => TextKeys.IoOther,
    }];
}
