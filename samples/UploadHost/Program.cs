using Kopdes.Shu;
using Kopdes.Shu.Engine;
using Kopdes.Shu.IO;
using Kopdes.Shu.IO.Results;

// What a web or desktop host does with a treasurer's uploaded workbook: keep the upload in a private
// folder, read it (every problem located, none thrown), compute, and hand back the result workbook and
// the members' meeting report. A web endpoint would take the stream from the request and return the bytes.
var upload = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "anggota.xlsx");
var response = Handle(File.OpenRead(upload), Language.Indonesian);
Console.WriteLine(response.Message);
foreach (var (name, bytes) in response.Files)
{
    Console.WriteLine($"{name}: {bytes.Length:N0} bytes");
}

return response.Files.Count > 0 ? 0 : 1;

static (string Message, List<(string Name, byte[] Bytes)> Files) Handle(Stream uploaded, Language language)
{
    var folder = Directory.CreateTempSubdirectory("kopdes-shu-upload-");
    try
    {
        var workbook = Path.Combine(folder.FullName, "anggota.xlsx");
        using (var file = File.Create(workbook))
        using (uploaded)
        {
            uploaded.CopyTo(file);
        }

        var inputs = ShuInputReader.Read(workbook);
        if (inputs.HasErrors)
        {
            // A 400 response: every problem, in the treasurer's language, with sheet, row, column and member.
            return (string.Join(Environment.NewLine, inputs.Issues.Where(i => i.IsError).Select(i => i.Describe(language))), []);
        }

        var outcome = ShuCalculator.Calculate(inputs.Policy!, inputs.Ledger!, inputs.Balances);
        if (!outcome.Succeeded)
        {
            return (string.Join(Environment.NewLine, outcome.Errors.Select(inputs.Locate).Select(i => i.Describe(language))), []);
        }

        var result = outcome.Result!;
        var output = Path.Combine(folder.FullName, "anggota.hasil.xlsx");
        var report = Path.Combine(folder.FullName, "laporan.html");
        ResultWriter.WriteWorkbook(result, output, new ResultContext(inputs.Files, language), report);
        var message = $"{result.Policy.Cooperative}: SHU Rp{result.Shu.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("id-ID"))}, {result.MembersPaid} anggota dibayar, {result.Checks.Count(c => c.Passed)}/{result.Checks.Count} pemeriksaan lulus.";
        return (message, [("anggota.hasil.xlsx", File.ReadAllBytes(output)), ("laporan.html", File.ReadAllBytes(report))]);
    }
    finally
    {
        folder.Delete(recursive: true);
    }
}
