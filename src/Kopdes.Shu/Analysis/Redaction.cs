namespace Kopdes.Shu.Analysis;

/// <summary>How personal data is masked for sharing (the CLI's <c>--redact</c>): amounts and ids stay, people's names and NIK do not.</summary>
internal static class Redaction
{
    /// <summary>A name with only each word's first letter kept: <c>Budi Santoso</c> becomes <c>B*** S******</c>.</summary>
    public static string? Name(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return name;
        }

        var masked = name.Trim().ToCharArray();
        for (var i = 0; i < masked.Length; i++)
        {
            if (!char.IsWhiteSpace(masked[i]) && i > 0 && !char.IsWhiteSpace(masked[i - 1]))
            {
                masked[i] = '*';
            }
        }

        return new string(masked);
    }

    /// <summary>A NIK with only its first and last four characters kept: <c>3275********0001</c>; eight or fewer are all masked.</summary>
    public static string NationalId(string nationalId)
    {
        ArgumentNullException.ThrowIfNull(nationalId);
        var text = nationalId.Trim();
        return text.Length <= 8 ? new string('*', text.Length) : text[..4] + new string('*', text.Length - 8) + text[^4..];
    }
}
