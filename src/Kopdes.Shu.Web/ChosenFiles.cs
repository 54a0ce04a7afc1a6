using Kopdes.Shu.IO;

namespace Kopdes.Shu.Web;

/// <summary>A file the treasurer chose, held in this page's memory: it is never sent anywhere.</summary>
public sealed class ChosenFile(string name, byte[] content)
{
    /// <summary>The file's name, as the results record it (the tool records the name too, never the folder).</summary>
    public string Name { get; } = name;

    /// <summary>The file's bytes.</summary>
    public byte[] Content { get; } = content;

    /// <summary>The file as the readers take it.</summary>
    public InputStream Open() => new(Name, new MemoryStream(Content, writable: false));

    /// <summary>True for an Excel workbook.</summary>
    public bool IsWorkbook => ShuInputReader.IsWorkbook(Name);

    /// <summary>True when the name ends with <paramref name="suffix"/>, in any case.</summary>
    public bool EndsWith(string suffix) => Name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
}

/// <summary>The chosen files in their roles, as the command line would be given them.</summary>
public static class ChosenFiles
{
    /// <summary>
    /// The inputs among the files: a workbook holds the members, the policy and the balances (a <c>.json</c> beside
    /// it is the policy instead); otherwise the members CSV, <c>kebijakan.json</c> (any <c>.json</c>) and <c>saldo.csv</c>
    /// (a CSV whose name starts with <c>saldo</c> or <c>balances</c>). Null members: none was chosen.
    /// </summary>
    public static (ChosenFile? Members, ChosenFile? Policy, ChosenFile? Balances) Inputs(IReadOnlyList<ChosenFile> files)
    {
        var balances = files.FirstOrDefault(f => f.EndsWith(".csv") && IsBalances(f.Name));
        var members = files.FirstOrDefault(f => f.IsWorkbook) ?? files.FirstOrDefault(f => f.EndsWith(".csv") && f != balances);
        return (members, files.FirstOrDefault(f => f.EndsWith(".json")), balances);
    }

    /// <summary>
    /// A result among the files: the workbook, or the members CSV with its <c>.dana.csv</c> and <c>.ringkasan.csv</c>
    /// (and <c>.penyerta.csv</c> when the result has capital partners).
    /// </summary>
    public static (ChosenFile? Result, ChosenFile? Funds, ChosenFile? Summary, ChosenFile? Partners) Result(IReadOnlyList<ChosenFile> files)
    {
        var funds = files.FirstOrDefault(f => f.EndsWith(".dana.csv"));
        var summary = files.FirstOrDefault(f => f.EndsWith(".ringkasan.csv"));
        var partners = files.FirstOrDefault(f => f.EndsWith(".penyerta.csv"));
        var result = files.FirstOrDefault(f => f.IsWorkbook)
            ?? files.FirstOrDefault(f => f.EndsWith(".csv") && f != funds && f != summary && f != partners);
        return (result, funds, summary, partners);
    }

    /// <summary>The name of a result file beside the members file: <c>anggota.xlsx</c> gives <c>anggota.hasil.xlsx</c>.</summary>
    public static string Beside(string members, string suffix) => Path.GetFileNameWithoutExtension(members) + suffix;

    private static bool IsBalances(string name) =>
        name.StartsWith("saldo", StringComparison.OrdinalIgnoreCase) || name.StartsWith("balances", StringComparison.OrdinalIgnoreCase);
}
