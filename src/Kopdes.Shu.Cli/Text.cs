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

    public string Format(string key, params object[] values) => string.Format(CultureInfo.InvariantCulture, this[key], values);

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
