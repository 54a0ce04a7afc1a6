namespace Kopdes.Shu.IO;

/// <summary>How a writer given a stream writes its table: a path says it by its extension, a stream cannot.</summary>
public enum TableFormat
{
    /// <summary>CSV, UTF-8, <c>,</c>-separated with international numbers.</summary>
    Csv,

    /// <summary>An Excel workbook (<c>.xlsx</c>), numbers as numbers.</summary>
    Workbook,
}
