namespace Kopdes.Shu.Cli.Tests;

/// <summary>
/// The treasurer with no terminal: a workbook dropped on kopdes-shu.exe is computed with its report, and the window
/// waits for Enter so the summary can be read; started with nothing, a short guide waits the same way.
/// </summary>
public sealed class DropTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void AWorkbookDroppedOnTheTool_IsComputedWithItsReport_AndTheWindowWaitsForEnter()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var enter = new StringReader("\n");

        var exit = CliApp.Run([_cli["anggota.xlsx"]], output, error, ownWindow: true, input: enter);

        Assert.Equal(0, exit);
        Assert.True(File.Exists(_cli["anggota.hasil.xlsx"]));
        Assert.True(File.Exists(_cli["anggota.laporan.html"]));
        Assert.Contains("SHU dibagi: Rp9.000.000", output.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("Tekan Enter untuk menutup jendela ini.", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(-1, enter.Peek());
    }

    [Fact]
    public void StartedWithNothing_OutsideATerminal_ShowsAGuideAndWaits()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var enter = new StringReader("\n");

        Assert.Equal(0, CliApp.Run([], output, error, ownWindow: true, input: enter));

        Assert.Contains("Seret buku kerja anggota (.xlsx) ke kopdes-shu.exe.", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("kopdes-shu templat", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(-1, enter.Peek());
        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public void AnInputErrorInADroppedWorkbook_IsShown_AndTheWindowStillWaits()
    {
        File.WriteAllText(_cli["rusak.xlsx"], "bukan buku kerja");
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var enter = new StringReader("\n");

        Assert.Equal(1, CliApp.Run([_cli["rusak.xlsx"]], output, error, ownWindow: true, input: enter));

        Assert.Contains("rusak.xlsx", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(-1, enter.Peek());
    }

    [Fact]
    public void InATerminal_NothingWaits_AndNoArgumentsIsStillAUsageError()
    {
        Assert.Equal(2, _cli.Run());
        Assert.Contains("Sebutkan perintahnya", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(0, _cli.Run(_cli["anggota.xlsx"]));
        Assert.True(File.Exists(_cli["anggota.laporan.html"]));
        Assert.DoesNotContain("Tekan Enter", _cli.Out, StringComparison.Ordinal);
    }
}
