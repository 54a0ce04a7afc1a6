using System.IO.Compression;
using System.Xml;

namespace Kopdes.Shu.IO.Workbooks;

/// <summary>
/// The parts of an .xlsx package as a reader needs them: the workbook's sheets (name and part), its shared strings
/// and its styles, found through the package's relationships as Excel, LibreOffice and Google Sheets write them
/// (transitional and strict namespaces alike). Zip bombs are refused before a part is expanded.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    /// <summary>The main namespaces of SpreadsheetML: transitional, then strict.</summary>
    public static readonly string[] MainNamespaces =
        ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"];

    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static readonly string[] RelationshipNamespaces =
        ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"];

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);

    private XlsxPackage(ZipArchive zip, string file)
    {
        _zip = zip;
        File = file;
        foreach (var entry in zip.Entries)
        {
            // A bomb declares (or, lying, expands to) far more than any workbook holds: refused before it fills memory.
            if (entry.Length > WorkbookSource.MaxPartBytes)
            {
                throw new WorkbookRefusedException(FileIssues.PartTooLarge(file, entry.FullName, entry.Length, WorkbookSource.MaxPartBytes));
            }

            if (entry.Length > (16 << 20) && entry.Length > WorkbookSource.MaxRatio * Math.Max(1, entry.CompressedLength))
            {
                throw new WorkbookRefusedException(FileIssues.PartTooCompressed(file, entry.FullName, entry.Length / Math.Max(1, entry.CompressedLength), WorkbookSource.MaxRatio));
            }

            _entries.TryAdd(entry.FullName.TrimStart('/'), entry);
        }

        var workbook = Target(string.Empty, Relationships(string.Empty), "/officeDocument")
            ?? throw new InvalidDataException("The package has no workbook.");
        var folder = workbook.Contains('/', StringComparison.Ordinal) ? workbook[..(workbook.LastIndexOf('/') + 1)] : string.Empty;
        var relationships = Relationships(workbook);
        SharedStrings = Target(folder, relationships, "/sharedStrings");
        Styles = Target(folder, relationships, "/styles");
        Sheets = ReadSheets(workbook, folder, relationships);
    }

    /// <summary>The file's name, for messages.</summary>
    public string File { get; }

    /// <summary>The sheets in workbook order: their names and part names.</summary>
    public IReadOnlyList<(string Name, string Part)> Sheets { get; }

    /// <summary>The shared strings part, if the workbook has one.</summary>
    public string? SharedStrings { get; }

    /// <summary>The styles part, if the workbook has one.</summary>
    public string? Styles { get; }

    /// <summary>Opens the package in <paramref name="stream"/>, which it then owns.</summary>
    public static XlsxPackage Open(Stream stream, string file)
    {
        var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        try
        {
            return new XlsxPackage(zip, file);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>A part's XML, read with DTDs prohibited and stopped at <see cref="WorkbookSource.MaxPartBytes"/>.</summary>
    public XmlReader Read(string part) =>
        _entries.TryGetValue(part, out var entry)
            ? XmlReader.Create(new LimitedStream(entry.Open(), File, part), XmlSettings)
            : throw new InvalidDataException($"The package has no part {part}.");

    public void Dispose() => _zip.Dispose();

    /// <summary>True when the element is in one of SpreadsheetML's main namespaces.</summary>
    public static bool IsMain(XmlReader reader) => reader.NamespaceURI == MainNamespaces[0] || reader.NamespaceURI == MainNamespaces[1];

    private static string? Target(string folder, IEnumerable<(string Id, string Type, string Target)> relationships, string typeEnding) =>
        relationships.FirstOrDefault(r => r.Type.EndsWith(typeEnding, StringComparison.Ordinal)) is { Target: { } target } ? Resolve(folder, target) : null;

    // A relationship's target is relative to the source part's folder, or absolute from the package root.
    private static string Resolve(string folder, string target)
    {
        var path = target.StartsWith('/') ? target[1..] : folder + target;
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (segment is not ("." or ""))
            {
                parts.Add(segment);
            }
        }

        return string.Join('/', parts);
    }

    private List<(string Id, string Type, string Target)> Relationships(string part)
    {
        var slash = part.LastIndexOf('/');
        var rels = (slash < 0 ? string.Empty : part[..(slash + 1)]) + "_rels/" + part[(slash + 1)..] + ".rels";
        var found = new List<(string, string, string)>();
        if (!_entries.ContainsKey(rels))
        {
            return found;
        }

        using var reader = Read(rels);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.NamespaceURI == PackageRelationships
                && reader.GetAttribute("TargetMode") is null or "Internal"
                && reader.GetAttribute("Id") is { } id && reader.GetAttribute("Type") is { } type && reader.GetAttribute("Target") is { } target)
            {
                found.Add((id, type, target));
            }
        }

        return found;
    }

    private List<(string Name, string Part)> ReadSheets(string workbook, string folder, List<(string Id, string Type, string Target)> relationships)
    {
        var sheets = new List<(string, string)>();
        using var reader = Read(workbook);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "sheet" || !IsMain(reader))
            {
                continue;
            }

            var id = reader.GetAttribute("id", RelationshipNamespaces[0]) ?? reader.GetAttribute("id", RelationshipNamespaces[1]);
            var target = relationships.FirstOrDefault(r => r.Id == id).Target;
            if (reader.GetAttribute("name") is { } name && target is not null)
            {
                sheets.Add((name, Resolve(folder, target)));
            }
        }

        return sheets;
    }
}
