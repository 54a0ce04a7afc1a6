using System.Text.RegularExpressions;

namespace Kopdes.Shu.Tests;

/// <summary>Every C# example in the documentation is code that CI compiles and runs: each piece of it appears in a sample.</summary>
public sealed partial class DocExamplesTests
{
    private static readonly string Root = FindRoot();

    public static TheoryData<string> Documents() =>
    [
        .. new[] { "README.md" }
            .Concat(Directory.GetFiles(Path.Combine(Root, "docs"), "*.md").Select(f => Path.GetRelativePath(Root, f)))
            .Concat(Directory.GetFiles(Path.Combine(Root, "src"), "PACKAGE.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Root, f)))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void CSharpExamples_AreTakenFromTheSamples(string document)
    {
        var samples = Normalize(string.Concat(Directory.GetFiles(Path.Combine(Root, "samples"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)));

        // An example may join pieces of a sample: each piece (between blank lines) must be there word for word.
        var pieces = CSharpBlock().Matches(File.ReadAllText(Path.Combine(Root, document)))
            .SelectMany(block => block.Groups[1].Value.ReplaceLineEndings("\n").Split("\n\n"))
            .Where(piece => piece.Trim().Length > 0);
        foreach (var piece in pieces)
        {
            Assert.True(samples.Contains(Normalize(piece), StringComparison.Ordinal), $"{document}: this example is not in samples/:\n{piece}");
        }
    }

    private static string Normalize(string code) => WhiteSpace().Replace(code, " ").Trim();

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

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
