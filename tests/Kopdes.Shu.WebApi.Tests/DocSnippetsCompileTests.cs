using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kopdes.Shu.WebApi.Tests;

/// <summary>
/// The C# examples of the README, the guides and the package pages compile: a document's blocks, in order, make one
/// program, with the namespaces the documents name. (That each example is taken from a sample, word for word, is
/// DocExamplesTests' part.) Here, because this project has every reference an example may use, ASP.NET Core's too.
/// </summary>
public sealed partial class DocSnippetsCompileTests
{
    private const string Usings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Kopdes.Shu;
        global using Kopdes.Shu.Engine;
        global using Kopdes.Shu.IO;
        global using Kopdes.Shu.IO.Results;
        global using Kopdes.Shu.Ledger;
        global using Kopdes.Shu.Policies;
        global using Kopdes.Shu.Results;
        global using Kopdes.Shu.Validation;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.Extensions.Caching.Memory;
        """;

    private static readonly string Root = FindRoot();

    public static TheoryData<string> Documents() =>
    [
        .. new[] { "README.md" }
            .Concat(Directory.GetFiles(Path.Combine(Root, "docs"), "*.md").Select(f => Path.GetRelativePath(Root, f)))
            .Concat(Directory.GetFiles(Path.Combine(Root, "src"), "PACKAGE.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Root, f)))
            .Where(f => CSharpBlock().IsMatch(File.ReadAllText(Path.Combine(Root, f))))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void TheExamplesOfADocument_CompileAsOneProgram(string document)
    {
        var code = string.Join("\n", CSharpBlock().Matches(File.ReadAllText(Path.Combine(Root, document))).Select(m => m.Groups[1].Value));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "DocExamples",
            [CSharpSyntaxTree.ParseText(Usings, options), CSharpSyntaxTree.ParseText(code, options, path: document)],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, $"{document}:\n{string.Join("\n", errors)}");
    }

    [Fact]
    public void AnExampleThatDoesNotCompile_IsCaught()
    {
        var compilation = CSharpCompilation.Create(
            "Broken",
            [CSharpSyntaxTree.ParseText(Usings), CSharpSyntaxTree.ParseText("var result = ShuCalculator.Calculate(policy, ledger);")],
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(path => MetadataReference.CreateFromFile(path)),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));

        Assert.Contains(compilation.GetDiagnostics(), d => d.Id == "CS0103"); // the name 'policy' does not exist
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Kopdes.Shu.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Kopdes.Shu.sln) was not found above the test folder.");
    }

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
