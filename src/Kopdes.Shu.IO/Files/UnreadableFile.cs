namespace Kopdes.Shu.IO.Files;

/// <summary>
/// The exceptions that mean "this file is not what its name says, or cannot be read": each becomes an
/// <c>Input.Unreadable</c> issue naming the file, never a crash. Anything else is a defect and is not caught.
/// Found by fuzzing: a damaged sheet's XML raises <see cref="System.Xml.XmlException"/>, a damaged zip
/// <see cref="InvalidDataException"/>.
/// </summary>
internal static class UnreadableFile
{
    public static bool Is(Exception e) =>
        e is IOException or InvalidDataException or UnauthorizedAccessException or FormatException or ArgumentException
            or InvalidOperationException or System.Xml.XmlException or CsvHelper.CsvFormatException
            or System.Text.DecoderFallbackException;
}
