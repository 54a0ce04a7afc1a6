using System.IO.Compression;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Kopdes.Shu.Engine;
using Kopdes.Shu.IO.Inputs;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;

namespace Kopdes.Shu.IO.Tests;

/// <summary>
/// Property-based fuzzing of the readers: mutated CSV files and workbooks (bytes of the zip, and text of the
/// sheet XML inside a sound zip) never make the reader or the calculation throw; every problem comes back
/// as an issue naming its file. And a valid file written by the tool reads back to the same members and policy.
/// </summary>
public sealed class ReaderFuzzTests : IDisposable
{
    private static readonly byte[] Interesting = [.. ",;\"\n\r\t .-e0123456789Rp#="u8, 0x00, 0xFF, 0xC3, 0xA9, 0xEF, 0xBB, 0xBF];

    private readonly TempFolder _folder = new();
    private readonly byte[] _csv;
    private readonly byte[] _workbook;
    private readonly string _sheetXml;

    public ReaderFuzzTests()
    {
        var (policy, ledger, balances) = SyntheticCooperative.Generate(12, seed: 7, withBalances: false);
        InputWriter.WriteCsv(_folder.File("asli.csv"), policy, ledger, 2025, balances);
        InputWriter.WriteWorkbook(_folder.File("asli.xlsx"), policy, ledger, 2025, balances);
        File.Copy(_folder.File("kebijakan.json"), _folder.File("kebijakan.json.asli"));
        _csv = File.ReadAllBytes(_folder.File("asli.csv"));
        _workbook = File.ReadAllBytes(_folder.File("asli.xlsx"));
        using var zip = new ZipArchive(new MemoryStream(_workbook));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        _sheetXml = reader.ReadToEnd();
    }

    public void Dispose() => _folder.Dispose();

    // Fixed seeds keep CI repeatable; KOPDES_FUZZ=random explores new cases (a failure prints its replay seed).
    private static Config Fuzz(int tests) =>
        Environment.GetEnvironmentVariable("KOPDES_FUZZ") == "random"
            ? Config.QuickThrowOnFailure.WithMaxTest(tests)
            : Config.QuickThrowOnFailure.WithMaxTest(tests).WithReplay(20261128UL, 7UL);

    /// <summary>One change to a file: flip, insert, delete, duplicate or truncate, at a position given as a fraction of its length.</summary>
    public sealed record Mutation(int Kind, double At, int Length, byte Value);

    private static readonly Gen<Mutation[]> Mutations =
        (from kind in Gen.Choose(0, 4)
         from at in Gen.Choose(0, 10_000).Select(x => x / 10_000.0)
         from length in Gen.Choose(1, 40)
         from value in Gen.Elements(Interesting)
         select new Mutation(kind, at, length, value)).ArrayOf().Select(m => m.Take(6).ToArray());

    private static byte[] Mutate(byte[] original, Mutation[] mutations)
    {
        var bytes = new List<byte>(original);
        foreach (var m in mutations)
        {
            var at = Math.Min(bytes.Count, (int)(m.At * bytes.Count));
            switch (m.Kind)
            {
                case 0 when at < bytes.Count:
                    bytes[at] = m.Value;
                    break;
                case 1:
                    bytes.InsertRange(at, Enumerable.Repeat(m.Value, 1 + (m.Length % 3)));
                    break;
                case 2:
                    bytes.RemoveRange(at, Math.Min(m.Length, bytes.Count - at));
                    break;
                case 3:
                    bytes.InsertRange(at, bytes.Skip(at).Take(m.Length).ToArray());
                    break;
                case 4:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return [.. bytes];
    }

    private void ReadsWithoutThrowing(string members)
    {
        var inputs = ShuInputReader.Read(members);
        Assert.All(inputs.Issues, issue => Assert.NotNull(issue.File ?? issue.Column));
        if (!inputs.HasErrors)
        {
            var outcome = ShuCalculator.Calculate(inputs.Policy!, inputs.Ledger!, inputs.Balances);
            Assert.True(outcome.Succeeded || outcome.Errors.Count > 0);
        }
    }

    [Fact]
    public void MutatedCsv_NeverThrows()
    {
        var property = Prop.ForAll(Mutations.ToArbitrary(), mutations =>
        {
            File.WriteAllBytes(_folder.File("anggota.csv"), Mutate(_csv, mutations));
            File.Copy(_folder.File("kebijakan.json.asli"), _folder.File("kebijakan.json"), overwrite: true);
            ReadsWithoutThrowing(_folder.File("anggota.csv"));
        });

        property.Check(Fuzz(300));
    }

    [Fact]
    public void MutatedPolicyJson_NeverThrows()
    {
        var policy = File.ReadAllBytes(_folder.File("kebijakan.json.asli"));
        var property = Prop.ForAll(Mutations.ToArbitrary(), mutations =>
        {
            File.WriteAllBytes(_folder.File("anggota.csv"), _csv);
            File.WriteAllBytes(_folder.File("kebijakan.json"), Mutate(policy, mutations));
            ReadsWithoutThrowing(_folder.File("anggota.csv"));
        });

        property.Check(Fuzz(300));
    }

    [Fact]
    public void MutatedWorkbookBytes_NeverThrow()
    {
        var property = Prop.ForAll(Mutations.ToArbitrary(), mutations =>
        {
            File.WriteAllBytes(_folder.File("anggota.xlsx"), Mutate(_workbook, mutations));
            ReadsWithoutThrowing(_folder.File("anggota.xlsx"));
        });

        property.Check(Fuzz(200));
    }

    [Fact]
    public void MutatedSheetXml_InASoundZip_NeverThrows()
    {
        var xml = Encoding.UTF8.GetBytes(_sheetXml);
        var property = Prop.ForAll(Mutations.ToArbitrary(), mutations =>
        {
            var path = _folder.File("anggota.xlsx");
            File.WriteAllBytes(path, _workbook);
            using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
            {
                zip.GetEntry("xl/worksheets/sheet1.xml")!.Delete();
                using var stream = zip.CreateEntry("xl/worksheets/sheet1.xml").Open();
                stream.Write(Mutate(xml, mutations));
            }

            ReadsWithoutThrowing(path);
        });

        property.Check(Fuzz(200));
    }

    [Fact]
    public void ValidFilesWrittenByTheTool_ReadBackIdentically()
    {
        var property = Prop.ForAll(Gen.Choose(1, 60).ToArbitrary(), Gen.Choose(0, 100_000).ToArbitrary(), (members, seed) =>
        {
            using var folder = new TempFolder();
            var (policy, ledger, balances) = SyntheticCooperative.Generate(members, seed, withBalances: seed % 2 == 0);
            InputWriter.WriteWorkbook(folder.File("anggota.xlsx"), policy, ledger, 2025, balances);
            InputWriter.WriteCsv(folder.File("anggota.csv"), policy, ledger, 2025, balances);
            foreach (var file in new[] { "anggota.xlsx", "anggota.csv" })
            {
                var inputs = ShuInputReader.Read(folder.File(file), balancesPath: file.EndsWith(".csv", StringComparison.Ordinal) && File.Exists(folder.File("saldo.csv")) ? folder.File("saldo.csv") : null);
                Assert.False(inputs.HasErrors, string.Join("\n", inputs.Issues));
                Assert.Equal(ShuPolicyJson.Write(policy), ShuPolicyJson.Write(inputs.Policy!));
                Assert.Equal(Rows(ledger), Rows(inputs.Ledger!));
            }
        });

        property.Check(Fuzz(25));
    }

    private static List<string> Rows(MemberLedger ledger) =>
        [.. Enumerable.Range(0, ledger.Count).Select(i => ledger[i]).Select(m =>
            $"{m.Id}|{m.Name}|{m.Status}|{m.Joined}|{m.Exited}|{string.Join(";", m.Amounts.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}"))}")];
}
