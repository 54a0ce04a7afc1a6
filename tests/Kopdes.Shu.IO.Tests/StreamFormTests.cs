using Kopdes.Shu.Analysis;
using Kopdes.Shu.Engine;
using Kopdes.Shu.IO.Inputs;
using Kopdes.Shu.IO.Results;
using Kopdes.Shu.IO.Verification;
using Kopdes.Shu.Policies;
using Kopdes.Shu.Results;

namespace Kopdes.Shu.IO.Tests;

/// <summary>
/// Every reader and writer has a path form, a stream form and an async form. The stream forms must give what the path
/// forms give, byte for byte; the async forms must never touch a stream synchronously (as an ASP.NET Core request or
/// response body forbids); the caller's streams stay open; a cancelled token stops the work and writes nothing.
/// </summary>
public sealed class StreamFormTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static (ShuPolicy Policy, Kopdes.Shu.Ledger.MemberLedger Ledger, IReadOnlyList<InputWriter.BalanceRow> Balances) Cooperative() =>
        SyntheticCooperative.Generate(300, seed: 4);

    private static ShuResult Result()
    {
        var (policy, ledger, balances) = Cooperative();
        return ShuCalculator.Calculate(policy, ledger).GetResultOrThrow();
    }

    private static readonly ResultContext Context = new([new InputFile("anggota", "anggota.xlsx", new string('c', 64))]);

    // Readers

    [Theory]
    [InlineData(SavingsBasis.YearEnd)]
    [InlineData(SavingsBasis.MonthlyAverage)]
    public void FilesReadTogether_AreReadAsAFoldersFiles_SaldoOnlyWhenAPoolNeedsIt(SavingsBasis savings)
    {
        var (policy, ledger, balances) = Cooperative();
        policy = policy with { Funds = [.. policy.Funds.Select(f => f with { Funds = [.. f.Funds.Select(c => c.IsPool && !c.PerUnit ? c with { Savings = savings } : c)] })] };
        var members = _folder.File("anggota.csv");
        InputWriter.WriteCsv(members, policy, ledger, 2025, balances);
        var byPath = ShuInputReader.Read(members);

        var together = ShuInputReader.ReadTogether(
            new InputStream("anggota.csv", File.OpenRead(members)),
            new InputStream("kebijakan.json", File.OpenRead(_folder.File("kebijakan.json"))),
            new InputStream("saldo.csv", File.OpenRead(_folder.File("saldo.csv"))));

        Assert.Equal(byPath.Files.Select(f => (f.Role, f.Sha256)), together.Files.Select(f => (f.Role, f.Sha256)));
        Assert.Equal(savings == SavingsBasis.MonthlyAverage, together.Files.Any(f => f.Role == "saldo"));
        Assert.Equal(byPath.Balances is null, together.Balances is null);
    }

    [Fact]
    public async Task AWorkbookRead_FromAStream_OrAsync_IsTheWorkbookReadFromItsFile()
    {
        var (policy, ledger, balances) = Cooperative();
        var path = _folder.File("anggota.xlsx");
        InputWriter.WriteWorkbook(path, policy, ledger, 2025, balances);

        var fromFile = ShuInputReader.Read(path);
        using var stream = File.OpenRead(path);
        var fromStream = ShuInputReader.Read(new InputStream("anggota.xlsx", stream));
        using var asyncOnly = new AsyncOnlyStream(File.ReadAllBytes(path));
        var fromAsync = await ShuInputReader.ReadAsync(new InputStream("anggota.xlsx", asyncOnly), cancellationToken: CancellationToken.None);

        foreach (var read in new[] { fromStream, fromAsync })
        {
            AssertSame(fromFile, read);
            Assert.Equal("anggota.xlsx", read.Files.Single().Path);
        }

        Assert.True(stream.CanRead, "the caller's stream stays open");
    }

    [Fact]
    public async Task CsvFiles_FromStreams_AreTheFilesReadFromTheirPaths()
    {
        var (policy, ledger, balances) = Cooperative();
        var written = InputWriter.WriteCsv(_folder.File("anggota.csv"), policy, ledger, 2025, balances);
        var fromFiles = ShuInputReader.Read(written[0], written[1], written[2]);

        InputStream Open(string path) => new(Path.GetFileName(path), new MemoryStream(File.ReadAllBytes(path)));
        var fromStreams = ShuInputReader.Read(Open(written[0]), Open(written[1]), Open(written[2]));
        var fromAsync = await ShuInputReader.ReadAsync(
            new InputStream("anggota.csv", new AsyncOnlyStream(File.ReadAllBytes(written[0]))),
            new InputStream("kebijakan.json", new AsyncOnlyStream(File.ReadAllBytes(written[1]))),
            new InputStream("saldo.csv", new AsyncOnlyStream(File.ReadAllBytes(written[2]))),
            cancellationToken: CancellationToken.None);

        AssertSame(fromFiles, fromStreams);
        AssertSame(fromFiles, fromAsync);
        Assert.NotNull(fromStreams.Balances);
    }

    [Fact]
    public void AWorkbookNamedAsMembersAndAsBalances_IsRecordedInBothRoles()
    {
        var (policy, ledger, balances) = Cooperative();
        var path = _folder.File("anggota.xlsx");
        InputWriter.WriteWorkbook(path, policy, ledger, 2025, balances);

        var read = ShuInputReader.Read(path, balancesPath: path);

        Assert.Empty(read.Issues);
        Assert.Contains(read.Files, f => f.Role == "anggota");
        Assert.Contains(read.Files, f => f.Role == "saldo");
        Assert.Single(read.Files.Select(f => f.Sha256).Distinct());
    }

    [Fact]
    public void AMembersCsvStream_WithoutAPolicy_SaysSo_InsteadOfReadingAPolicyFromNowhere()
    {
        var csv = new MemoryStream("no_anggota,simpanan_wajib,transaksi\nA1,100,200\n"u8.ToArray());

        var inputs = ShuInputReader.Read(new InputStream("anggota.csv", csv));

        var issue = Assert.Single(inputs.Issues, i => i.IsError);
        Assert.Equal(("anggota.csv", FileIssueCodes.Unreadable), (issue.File, issue.Code));
        Assert.Contains("kebijakan.json", issue.Message(Language.English), StringComparison.Ordinal);
        Assert.Null(inputs.Policy);
        Assert.NotNull(inputs.Ledger);
    }

    [Fact]
    public async Task ACancelledRead_Throws_AndABrokenStreamIsTheCallersException()
    {
        var (policy, ledger, balances) = Cooperative();
        var path = _folder.File("anggota.xlsx");
        InputWriter.WriteWorkbook(path, policy, ledger, 2025, balances);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ShuInputReader.ReadAsync(new InputStream("anggota.xlsx", File.OpenRead(path)), cancellationToken: cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => ShuInputReader.Read(path, cancellationToken: cancelled.Token));
        Assert.Throws<ArgumentException>(() => new InputStream("anggota.xlsx", new WriteOnlyStream()));
    }

    // Writers

    [Fact]
    public async Task TheResultCsv_ToStreams_OrAsync_IsTheBytesOfTheFiles()
    {
        var result = Result();
        ResultWriter.WriteCsv(result, _folder.File("hasil.csv"), Context);
        var files = ResultWriter.CsvPaths(_folder.File("hasil.csv")).Select(File.ReadAllBytes).ToArray();

        MemoryStream[] streams = [new(), new(), new()];
        ResultWriter.WriteCsv(result, streams[0], streams[1], streams[2], Context);
        AsyncOnlyStream[] asyncOnly = [new(), new(), new()];
        await ResultWriter.WriteCsvAsync(result, asyncOnly[0], asyncOnly[1], asyncOnly[2], Context, CancellationToken.None);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(files[i], streams[i].ToArray());
            Assert.Equal(files[i], asyncOnly[i].ToArray());
            Assert.True(streams[i].CanWrite, "the caller's stream stays open");
        }
    }

    [Fact]
    public async Task TheResultWorkbookAndReport_ToAStream_OrAsync_AreTheBytesOfTheFiles()
    {
        var result = Result();
        ResultWriter.WriteWorkbook(result, _folder.File("hasil.xlsx"), Context, _folder.File("laporan.html"));

        await AssertSameBytes(
            _folder.File("hasil.xlsx"),
            s => ResultWriter.WriteWorkbook(result, s, Context),
            s => ResultWriter.WriteWorkbookAsync(result, s, Context, CancellationToken.None));
        await AssertSameBytes(
            _folder.File("laporan.html"),
            s => ResultWriter.WriteReport(result, s, Context),
            s => ResultWriter.WriteReportAsync(result, s, Context, CancellationToken.None));
    }

    [Fact]
    public async Task TheInputWriters_ToStreams_OrAsync_AreTheBytesOfTheFiles()
    {
        var (policy, ledger, balances) = Cooperative();
        InputWriter.WriteWorkbook(_folder.File("anggota.xlsx"), policy, ledger, 2025, balances);
        var written = InputWriter.WriteCsv(_folder.File("anggota.csv"), policy, ledger, 2025, balances, NumberCulture.Indonesian);

        await AssertSameBytes(
            _folder.File("anggota.xlsx"),
            s => InputWriter.WriteWorkbook(s, policy, ledger, 2025, balances),
            s => InputWriter.WriteWorkbookAsync(s, policy, ledger, 2025, balances, CancellationToken.None));

        MemoryStream[] streams = [new(), new(), new()];
        InputWriter.WriteCsv(streams[0], streams[1], streams[2], policy, ledger, 2025, balances, NumberCulture.Indonesian);
        AsyncOnlyStream[] asyncOnly = [new(), new(), new()];
        await InputWriter.WriteCsvAsync(asyncOnly[0], asyncOnly[1], asyncOnly[2], policy, ledger, 2025, balances, NumberCulture.Indonesian, CancellationToken.None);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(File.ReadAllBytes(written[i]), streams[i].ToArray());
            Assert.Equal(File.ReadAllBytes(written[i]), asyncOnly[i].ToArray());
        }

        Assert.Throws<ArgumentException>(() => InputWriter.WriteCsv(new MemoryStream(), new MemoryStream(), null, policy, ledger, 2025, balances));
    }

    [Fact]
    public async Task TheOfficesTables_ToStreams_OrAsync_AreTheBytesOfTheFiles()
    {
        var (policy, ledger, balances) = Cooperative();
        var path = _folder.File("anggota.xlsx");
        InputWriter.WriteWorkbook(path, policy, ledger, 2025, balances);
        var inputs = ShuInputReader.Read(path);
        var result = ShuCalculator.Calculate(inputs.Policy!, inputs.Ledger!).GetResultOrThrow();
        var flags = CooperativeAudit.Run(inputs.Policy, inputs.Ledger!, result);
        var comparison = PolicyComparison.Of([("a", result), ("b", result)]);
        var summaries = new[]
        {
            new CooperativeSummary("kota/b.xlsx", "Kopdes B", 2025, false, 0, 0, 0, 0, 0, 0, 0, 0, 0, "Policy.PercentSum", null),
            new CooperativeSummary("kota/a.xlsx", "Kopdes A", 2025, true, result.Shu, result.Reserve.Amount, 0, 20, 1000, 300, 280, 10, 10, null, "kota/a.hasil.xlsx"),
        };
        var token = CancellationToken.None;

        foreach (var (extension, format) in new[] { ("csv", TableFormat.Csv), ("xlsx", TableFormat.Workbook) })
        {
            AuditTable.Write(_folder.File("periksa." + extension), flags, inputs, Language.Indonesian, redact: true);
            await AssertSameBytes(
                _folder.File("periksa." + extension),
                s => AuditTable.Write(s, format, flags, inputs, Language.Indonesian, redact: true),
                s => AuditTable.WriteAsync(s, format, flags, inputs, Language.Indonesian, redact: true, cancellationToken: token));
        }

        ComparisonWriter.Write(comparison, _folder.File("banding.xlsx"));
        await AssertSameBytes(
            _folder.File("banding.xlsx"),
            s => ComparisonWriter.WriteWorkbook(comparison, s),
            s => ComparisonWriter.WriteWorkbookAsync(comparison, s, cancellationToken: token));
        ComparisonWriter.Write(comparison, _folder.File("banding.csv"));
        var (members, summary) = (new AsyncOnlyStream(), new AsyncOnlyStream());
        await ComparisonWriter.WriteCsvAsync(comparison, members, summary, cancellationToken: token);
        Assert.Equal(File.ReadAllBytes(_folder.File("banding.csv")), members.ToArray());
        Assert.Equal(File.ReadAllBytes(_folder.File("banding.ringkasan.csv")), summary.ToArray());

        var written = BatchSummaryWriter.Write(_folder.Path, summaries);
        await AssertSameBytes(written[0], s => BatchSummaryWriter.Write(s, TableFormat.Workbook, summaries), s => BatchSummaryWriter.WriteAsync(s, TableFormat.Workbook, summaries, cancellationToken: token));
        await AssertSameBytes(written[1], s => BatchSummaryWriter.Write(s, TableFormat.Csv, summaries), s => BatchSummaryWriter.WriteAsync(s, TableFormat.Csv, summaries, cancellationToken: token));
    }

    [Fact]
    public async Task AWriteCancelledWhileFormatting_WritesNothingToAnyStream()
    {
        var result = Result();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        AsyncOnlyStream[] streams = [new(), new(), new()];

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ResultWriter.WriteCsvAsync(result, streams[0], streams[1], streams[2], Context, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ResultWriter.WriteWorkbookAsync(result, streams[0], Context, cancelled.Token));

        Assert.All(streams, s => Assert.Equal(0, s.Length));
        Assert.Throws<ArgumentException>(() => ResultWriter.WriteWorkbook(result, new MemoryStream([], writable: false), Context));
    }

    // Verification

    [Fact]
    public async Task AResult_VerifiedFromStreams_OrAsync_AgreesAsFromItsFiles_AndADifferenceIsFound()
    {
        var result = Result();
        ResultWriter.WriteWorkbook(result, _folder.File("hasil.xlsx"), Context);
        ResultWriter.WriteCsv(result, _folder.File("hasil.csv"), Context);
        var csv = ResultWriter.CsvPaths(_folder.File("hasil.csv"));
        InputStream Open(string path) => new(Path.GetFileName(path), new MemoryStream(File.ReadAllBytes(path)));
        var token = CancellationToken.None;

        Assert.True(ResultVerifier.Verify(result, Context, _folder.File("hasil.xlsx")).Agrees);
        Assert.True(ResultVerifier.Verify(result, Context, Open(_folder.File("hasil.xlsx"))).Agrees);
        Assert.True((await ResultVerifier.VerifyAsync(result, Context, new InputStream("hasil.xlsx", new AsyncOnlyStream(File.ReadAllBytes(_folder.File("hasil.xlsx")))), cancellationToken: token)).Agrees);
        Assert.True(ResultVerifier.Verify(result, Context, Open(csv[0]), Open(csv[1]), Open(csv[2])).Agrees);

        var edited = File.ReadAllText(csv[0]).Split('\n');
        var fields = edited[1].Split(',');
        fields[^3] = "999999999";
        edited[1] = string.Join(',', fields);
        var changed = new InputStream("hasil.csv", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', edited))));
        var verification = await ResultVerifier.VerifyAsync(result, Context, changed, Open(csv[1]), Open(csv[2]), cancellationToken: token);
        Assert.False(verification.Agrees);
        Assert.Contains(verification.Differences, d => d.Key == result.Members[0].Id && d.File == "hasil.csv");

        Assert.Throws<ArgumentException>(() => ResultVerifier.Verify(result, Context, Open(csv[0])));
        var differences = new AsyncOnlyStream();
        await verification.WriteDifferencesAsync(differences, TableFormat.Csv, Language.English, cancellationToken: token);
        verification.WriteDifferences(_folder.File("selisih.csv"), Language.English, cancellationToken: token);
        Assert.Equal(File.ReadAllBytes(_folder.File("selisih.csv")), differences.ToArray());
    }

    private static void AssertSame(ShuInputs expected, ShuInputs actual)
    {
        Assert.Equal(expected.Policy, actual.Policy);
        Assert.Equal(expected.Ledger!.Count, actual.Ledger!.Count);
        for (var i = 0; i < expected.Ledger.Count; i++)
        {
            Assert.Equal(expected.Ledger[i], actual.Ledger[i]);
        }

        Assert.Equal(expected.Balances?.Count, actual.Balances?.Count);
        Assert.Equal(expected.Issues.Select(i => i.Describe(Language.English)), actual.Issues.Select(i => i.Describe(Language.English)));
        Assert.Equal(expected.Files.Select(f => (f.Role, f.Sha256)), actual.Files.Select(f => (f.Role, f.Sha256)));
    }

    // The file a path form wrote, written again by the stream form and the async form (to a stream that refuses
    // synchronous writes): the same bytes.
    private static async Task AssertSameBytes(string path, Action<Stream> write, Func<Stream, Task> writeAsync)
    {
        var stream = new MemoryStream();
        write(stream);
        Assert.Equal(File.ReadAllBytes(path), stream.ToArray());
        var asyncOnly = new AsyncOnlyStream();
        await writeAsync(asyncOnly);
        Assert.Equal(File.ReadAllBytes(path), asyncOnly.ToArray());
    }

    /// <summary>A stream that, like an ASP.NET Core body, refuses synchronous reads and writes (and is no MemoryStream, which others copy to synchronously).</summary>
    private sealed class AsyncOnlyStream(byte[]? content = null) : Stream
    {
        private readonly MemoryStream _bytes = content is null ? new MemoryStream() : new MemoryStream(content, writable: false);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => content is null;

        public override long Length => _bytes.Length;

        public override long Position { get => _bytes.Position; set => throw new NotSupportedException(); }

        public byte[] ToArray() => _bytes.ToArray();

        public override int Read(byte[] buffer, int offset, int count) => throw Synchronous();

        public override void Write(byte[] buffer, int offset, int count) => throw Synchronous();

        public override void Flush() => throw Synchronous();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(_bytes.Read(buffer, offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(_bytes.Read(buffer.Span));

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _bytes.Write(buffer, offset, count);
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _bytes.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        private static InvalidOperationException Synchronous() => new("Synchronous operations are disallowed.");
    }

    private sealed class WriteOnlyStream : MemoryStream
    {
        public override bool CanRead => false;
    }
}
