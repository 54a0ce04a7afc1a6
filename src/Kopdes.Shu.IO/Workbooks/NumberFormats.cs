using System.Globalization;
using System.Xml;
using Kopdes.Shu.IO.Tables;

namespace Kopdes.Shu.IO.Workbooks;

/// <summary>
/// What each cell style's number format says a number is: a percentage, a date, or a plain number. Read from the
/// styles part once a workbook, for the readers to tell 10 % (stored 0.1) and a date (stored as days) from an amount.
/// </summary>
internal static class NumberFormats
{
    /// <summary>The format of each cell style (<c>cellXfs</c>, by index); empty when the workbook has no styles.</summary>
    public static CellFormat[] Read(XlsxPackage package)
    {
        if (package.Styles is not { } part)
        {
            return [];
        }

        var custom = new Dictionary<int, CellFormat>();
        var styles = new List<CellFormat>();
        var inCellXfs = false;
        using var reader = package.Read(part);
        while (reader.Read())
        {
            if (!XlsxPackage.IsMain(reader))
            {
                continue;
            }

            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
            {
                inCellXfs = false;
                continue;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "numFmt" when Id(reader) is { } id:
                    custom[id] = Classify(reader.GetAttribute("formatCode") ?? string.Empty);
                    break;
                case "cellXfs":
                    inCellXfs = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    var format = Id(reader) ?? 0;
                    styles.Add(custom.TryGetValue(format, out var kind) ? kind : BuiltIn(format));
                    break;
            }
        }

        return [.. styles];
    }

    /// <summary>The built-in formats: 9 and 10 are percentages; 14-22, 27-36, 45-47 and 50-58 dates and times.</summary>
    public static CellFormat BuiltIn(int id) => id switch
    {
        9 or 10 => CellFormat.Percent,
        >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47 or >= 50 and <= 58 => CellFormat.Date,
        _ => CellFormat.None,
    };

    /// <summary>
    /// A format code's kind, from its first section: a <c>%</c> makes a percentage; a day, month, year, hour or second
    /// makes a date. Quoted text (<c>"Rp"</c>), escaped characters, padding (<c>_</c>), fill (<c>*</c>) and brackets
    /// (<c>[Red]</c>, <c>[$Rp-421]</c>) say nothing about the number.
    /// </summary>
    public static CellFormat Classify(string code)
    {
        var section = code.Replace("General", string.Empty, StringComparison.OrdinalIgnoreCase);
        for (var i = 0; i < section.Length; i++)
        {
            switch (section[i])
            {
                case ';':
                    return CellFormat.None;
                case '"':
                    i = section.IndexOf('"', i + 1) is var close and >= 0 ? close : section.Length;
                    break;
                case '[':
                    i = section.IndexOf(']', i + 1) is var end and >= 0 ? end : section.Length;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case '%':
                    return CellFormat.Percent;
                case 'd' or 'D' or 'm' or 'M' or 'y' or 'Y' or 'h' or 'H' or 's' or 'S':
                    return CellFormat.Date;
            }
        }

        return CellFormat.None;
    }

    private static int? Id(XmlReader reader) =>
        int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
