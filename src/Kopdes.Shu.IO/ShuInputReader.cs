using System.Security.Cryptography;
using Kopdes.Shu.IO.Csv;
using Kopdes.Shu.IO.Files;
using Kopdes.Shu.IO.Tables;
using Kopdes.Shu.IO.Workbooks;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;
using Kopdes.Shu.Validation;

namespace Kopdes.Shu.IO;

/// <summary>
/// Reads a cooperative's inputs: a workbook whose sheets <c>Anggota</c>, <c>Kebijakan</c> (and <c>Unit</c>,
/// <c>Saldo</c>, read when a pool weighs monthly balances) hold everything, or a members CSV with a policy file (<c>kebijakan.json</c> beside it by
/// default) and an optional balances CSV. Never throws for a treasurer's data: every problem is an issue.
/// </summary>
/// <example>
/// <code>
/// ShuInputs inputs = ShuInputReader.Read("anggota.xlsx");
/// if (!inputs.HasErrors) { var outcome = ShuCalculator.Calculate(inputs.Policy!, inputs.Ledger!, inputs.Balances); }
/// </code>
/// </example>
public static class ShuInputReader
{
    /// <summary>The members sheet of a workbook.</summary>
    public const string MembersSheet = "Anggota";

    /// <summary>The monthly balances sheet of a workbook.</summary>
    public const string BalancesSheet = "Saldo";

    /// <summary>The policy file looked for beside a members CSV when none is named.</summary>
    public const string DefaultPolicyFile = "kebijakan.json";

    /// <summary>The monthly balances looked for beside a members CSV when none are named and a pool needs them.</summary>
    public const string DefaultBalancesFile = "saldo.csv";

    /// <summary>Reads the inputs; see the type's remarks for which file holds what.</summary>
    /// <param name="membersPath">The members file: <c>.xlsx</c> or <c>.csv</c>.</param>
    /// <param name="policyPath">The policy (<c>.json</c> or a workbook with a <c>Kebijakan</c> sheet); null: from the workbook, or <c>kebijakan.json</c> beside a CSV.</param>
    /// <param name="balancesPath">
    /// Monthly balances (<c>.csv</c> or a workbook with a <c>Saldo</c> sheet); null: when a pool needs them, the workbook's
    /// <c>Saldo</c> sheet, or <c>saldo.csv</c> beside a members CSV.
    /// </param>
    /// <param name="culture">How text numbers are written; <see cref="NumberCulture.Auto"/> decides from the file.</param>
    /// <param name="cancellationToken">Stops the reading with <see cref="OperationCanceledException"/>.</param>
    public static ShuInputs Read(
        string membersPath, string? policyPath = null, string? balancesPath = null, NumberCulture culture = NumberCulture.Auto,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(membersPath);
        var issues = new List<Issue>();
        var files = new InputHashes();

        // One file named twice (a workbook as members and as policy) is one source, opened once, recorded in each role.
        var sources = new Dictionary<string, InputSource>(StringComparer.Ordinal);
        InputSource? Source(string path, string role)
        {
            var key = Path.GetFullPath(path);
            if (!sources.TryGetValue(key, out var source))
            {
                if (!Exists(path, issues))
                {
                    return null;
                }

                source = InputSource.File(path);
                sources.Add(key, source);
            }

            files.Start(role, source);
            return source;
        }

        var members = Source(membersPath, "anggota");
        var policyInMembers = policyPath is null && IsWorkbook(membersPath);
        policyPath ??= policyInMembers ? null : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(membersPath))!, DefaultPolicyFile);
        var policy = policyPath is null ? null : Source(policyPath, "kebijakan");
        var balances = balancesPath is null ? null : Source(balancesPath, "saldo");
        var beside = balancesPath is null && !IsWorkbook(membersPath) ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(membersPath))!, DefaultBalancesFile) : null;
        return Read(
            new Sources(members, policy, policyInMembers, balances, balancesPath is not null) { Beside = beside is not null && File.Exists(beside) ? InputSource.File(beside) : null },
            culture, issues, files, cancellationToken);
    }

    /// <summary>
    /// Reads the inputs from streams (an upload, a blob): each is read to its end into memory first, then read as the
    /// file its name says it is. The caller keeps and disposes the streams.
    /// </summary>
    /// <param name="members">The members: a workbook (which may hold the policy and balances too) or a CSV.</param>
    /// <param name="policy">The policy (<c>.json</c>, or a workbook); null: from the members workbook (a members CSV needs one).</param>
    /// <param name="balances">Monthly balances (<c>.csv</c> or a workbook); null: the members workbook's <c>Saldo</c> sheet, when a pool needs it.</param>
    /// <param name="culture">How text numbers are written; <see cref="NumberCulture.Auto"/> decides from the file.</param>
    /// <param name="cancellationToken">Stops the reading with <see cref="OperationCanceledException"/>.</param>
    public static ShuInputs Read(
        InputStream members, InputStream? policy = null, InputStream? balances = null, NumberCulture culture = NumberCulture.Auto,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(members);
        return Read(
            InputSource.Read(members, cancellationToken),
            policy is null ? null : InputSource.Read(policy, cancellationToken),
            balances is null ? null : InputSource.Read(balances, cancellationToken),
            culture,
            cancellationToken);
    }

    /// <summary>
    /// <see cref="Read(InputStream, InputStream?, InputStream?, NumberCulture, CancellationToken)"/> without blocking on
    /// the streams: they are copied into memory asynchronously, then read.
    /// </summary>
    /// <param name="members">The members: a workbook (which may hold the policy and balances too) or a CSV.</param>
    /// <param name="policy">The policy (<c>.json</c>, or a workbook); null: from the members workbook (a members CSV needs one).</param>
    /// <param name="balances">Monthly balances (<c>.csv</c> or a workbook); null: the members workbook's <c>Saldo</c> sheet, when a pool needs it.</param>
    /// <param name="culture">How text numbers are written; <see cref="NumberCulture.Auto"/> decides from the file.</param>
    /// <param name="cancellationToken">Stops the reading with <see cref="OperationCanceledException"/>.</param>
    public static async Task<ShuInputs> ReadAsync(
        InputStream members, InputStream? policy = null, InputStream? balances = null, NumberCulture culture = NumberCulture.Auto,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(members);
        var membersSource = await InputSource.ReadAsync(members, cancellationToken).ConfigureAwait(false);
        var policySource = policy is null ? null : await InputSource.ReadAsync(policy, cancellationToken).ConfigureAwait(false);
        var balancesSource = balances is null ? null : await InputSource.ReadAsync(balances, cancellationToken).ConfigureAwait(false);
        return Read(membersSource, policySource, balancesSource, culture, cancellationToken);
    }

    /// <summary>
    /// Reads the inputs as the files of one folder, the way <c>hitung anggota.csv</c> finds them: <paramref name="balances"/>
    /// is the <c>saldo.csv</c> beside the members, read (and recorded) only when a pool needs monthly balances. The web
    /// page reads the files a treasurer chose together so, for the tool's own results.
    /// </summary>
    internal static ShuInputs ReadTogether(InputStream members, InputStream? policy, InputStream? balances, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(members);
        return Read(
            InputSource.Read(members, cancellationToken),
            policy is null ? null : InputSource.Read(policy, cancellationToken),
            balances is null ? null : InputSource.Read(balances, cancellationToken),
            NumberCulture.Auto,
            cancellationToken,
            balancesBeside: true);
    }

    // Balances beside the members are a members CSV's saldo.csv: read only when a pool needs them, as a folder's are.
    private static ShuInputs Read(
        InputSource members, InputSource? policy, InputSource? balances, NumberCulture culture, CancellationToken cancellationToken, bool balancesBeside = false)
    {
        var issues = new List<Issue>();
        var files = new InputHashes();
        files.Start("anggota", members);
        if (policy is not null)
        {
            files.Start("kebijakan", policy);
        }
        else if (!members.IsWorkbook)
        {
            issues.Add(FileIssues.PolicyNotGiven(members.Name));
        }

        if (balancesBeside)
        {
            var sources = new Sources(members, policy, policy is null && members.IsWorkbook, null, false) { Beside = members.IsWorkbook ? null : balances };
            return Read(sources, culture, issues, files, cancellationToken);
        }

        if (balances is not null)
        {
            files.Start("saldo", balances);
        }

        return Read(new Sources(members, policy, policy is null && members.IsWorkbook, balances, balances is not null), culture, issues, files, cancellationToken);
    }

    /// <summary>
    /// The inputs to read: a missing one is null (and already an issue). The policy is in the members workbook, or its
    /// own source; balances given but missing are not looked for in the workbook instead.
    /// </summary>
    private sealed record Sources(InputSource? Members, InputSource? Policy, bool PolicyInMembers, InputSource? Balances, bool BalancesGiven)
    {
        /// <summary><c>saldo.csv</c> beside a members CSV, read (and recorded) only when a pool needs monthly balances.</summary>
        public InputSource? Beside { get; init; }
    }

    private static ShuInputs Read(Sources sources, NumberCulture culture, List<Issue> issues, InputHashes files, CancellationToken cancellationToken)
    {
        using var books = new OpenWorkbooks();
        var members = sources.Members;

        // The policy first: its pools say which extra columns are amounts.
        ShuPolicy? policy = null;
        if (sources.PolicyInMembers)
        {
            if (members is null)
            {
                return new ShuInputs(null, null, null, issues, files.Finish(issues), issue => issue) { MemberRows = [] };
            }

            policy = Guard(members, issues, () => books.With(members, w => PolicySheet.Read(w, members.Name, culture, issues)));
        }
        else if (sources.Policy is { } policySource)
        {
            policy = policySource.IsWorkbook
                ? Guard(policySource, issues, () => books.With(policySource, w => PolicySheet.Read(w, policySource.Name, culture, issues)))
                : Guard(policySource, issues, () => ReadJson(policySource, issues));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var basis = policy?.AllFunds().SelectMany(f => f.Basis).ToArray() ?? [];
        MemberLedger? ledger = null;
        Table? membersTable = null;
        var memberRows = Array.Empty<int>();
        var nationalIds = new List<string?>();
        if (members is not null)
        {
            (ledger, memberRows, membersTable) = Guard(members, issues, () => ReadTable(
                books, members, MembersSheet, culture, issues, t => MemberTableReader.Read(t, basis, issues, nationalIds, cancellationToken), cancellationToken));
        }

        MonthlyBalances? balances = null;
        Table? balancesTable = null;
        var balanceRows = Array.Empty<int>();
        // The workbook's own Saldo sheet is read only when a pool weighs monthly balances: a sheet of twelve rows
        // a member is the largest part of a workbook, and nobody needs it otherwise. A named file is always read.
        var needsBalances = policy?.AllFunds().Any(f => f.IsPool && f.Savings == SavingsBasis.MonthlyAverage) ?? false;
        var balancesSource = sources.BalancesGiven
            ? sources.Balances
            : members is { IsWorkbook: true } && needsBalances && HasSheet(books, members, BalancesSheet) ? members
            : needsBalances ? sources.Beside : null;
        if (balancesSource is not null && balancesSource == sources.Beside)
        {
            files.Start("saldo", balancesSource);
        }
        if (balancesSource is not null)
        {
            (balances, balanceRows, balancesTable) = Guard(balancesSource, issues, () => ReadTable(
                books, balancesSource, BalancesSheet, culture, issues, t => BalanceTableReader.Read(t, basis, policy?.Year, issues, cancellationToken), cancellationToken));
        }

        // The calculation's own checks of the policy (105%, no reserve, duplicate codes) name the policy file too.
        var policyFile = (sources.PolicyInMembers ? members : sources.Policy)?.Name;
        var policySheet = sources.PolicyInMembers || sources.Policy?.IsWorkbook == true ? PolicySheet.SheetName : null;
        Issue Locate(Issue issue)
        {
            if (issue.File is null && issue.Code.StartsWith("Policy.", StringComparison.Ordinal))
            {
                return issue.At(file: policyFile, sheet: policySheet);
            }

            if (issue.File is not null || issue.LedgerIndex is null)
            {
                return issue;
            }

            var isBalance = issue.Code.StartsWith("Balances.", StringComparison.Ordinal);
            var table = isBalance ? balancesTable : membersTable;
            return table is null ? issue : MemberTableReader.Locate(issue, table, isBalance ? balanceRows : memberRows);
        }

        return new ShuInputs(policy, ledger, balances, issues, files.Finish(issues), Locate)
        {
            // The dialect of the members CSV (or the one asked for) is the dialect of the CSV results.
            Culture = culture != NumberCulture.Auto ? culture
                : membersTable is { Sheet: null, Culture: NumberCulture.Indonesian } ? NumberCulture.Indonesian : NumberCulture.International,
            MemberRows = memberRows,
            NationalIds = ledger is not null && nationalIds.Count == ledger.Count && nationalIds.Count > 0 ? nationalIds : null,
        };
    }

    /// <summary>True for a path ending in <c>.xlsx</c> (case-insensitive).</summary>
    public static bool IsWorkbook(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>The lower-case hex SHA-256 of a file.</summary>
    public static string Sha256(string path) => InputSource.File(path).Sha256();

    private static ShuPolicy? ReadJson(InputSource source, List<Issue> issues)
    {
        using var reader = new StreamReader(source.Open(), detectEncodingFromByteOrderMarks: true);
        var read = ShuPolicyJson.Read(reader.ReadToEnd());
        issues.AddRange(read.Issues.Select(i => i.At(file: source.Name)));
        return read.Policy;
    }

    private static (T? Value, int[] Rows, Table? Table) ReadTable<T>(
        OpenWorkbooks books, InputSource source, string sheet, NumberCulture culture, List<Issue> issues, Func<Table, (T?, int[])> read, CancellationToken cancellationToken)
        where T : class
    {
        if (source.IsWorkbook)
        {
            return books.With(source, w =>
            {
                var table = w.Table(sheet, culture);
                if (table is null)
                {
                    issues.Add(FileIssues.MissingSheet(source.Name, sheet));
                    return ((T?)null, Array.Empty<int>(), (Table?)null);
                }

                var (value, rows) = read(table);
                return (value, rows, (Table?)table);
            });
        }

        using var csv = CsvTableSource.Open(source, culture, cancellationToken);
        var (csvValue, csvRows) = read(csv.Table);
        issues.AddRange(csv.Problems);
        return (csvValue, csvRows, (Table?)(csv.Table with { Rows = CellRows.None }));
    }

    private static bool HasSheet(OpenWorkbooks books, InputSource source, string sheet)
    {
        try
        {
            return books.With(source, w => w.HasSheet(sheet));
        }
        catch (Exception e) when (UnreadableFile.Is(e) || e is ReportedException)
        {
            return false;
        }
    }

    // A path that is missing, or not a regular file, is an issue; the file is not opened.
    private static bool Exists(string path, List<Issue> issues)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            issues.Add(FileIssues.NotFound(path));
            return false;
        }

        if (FileKinds.IsSpecial(path))
        {
            issues.Add(FileIssues.NotARegularFile(path));
            return false;
        }

        return true;
    }

    // A file that is not what its name says (a zip that is not a workbook, a binary "CSV") is one issue, not a crash.
    private static T Guard<T>(InputSource source, List<Issue> issues, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (ReportedException)
        {
            return default!;
        }
        catch (WorkbookRefusedException refused)
        {
            issues.Add(refused.Issue);
            return default!;
        }
        catch (Exception e) when (UnreadableFile.Is(e))
        {
            issues.Add(FileIssues.Unreadable(source.Name, e));
            return default!;
        }
    }

    /// <summary>
    /// Each input's SHA-256, computed on another core while the file is parsed: hashing an 85 MB members file
    /// takes a third of a second, which would otherwise come on top of reading it.
    /// </summary>
    private sealed class InputHashes
    {
        private readonly List<(string Role, InputSource Source, Task<string> Hash)> _started = [];

        // In a browser there is one thread, which may not block on another's task: the hash is computed in place.
        public void Start(string role, InputSource source) =>
            _started.Add((role, source, OperatingSystem.IsBrowser() ? Task.FromResult(source.Sha256()) : Task.Run(source.Sha256)));

        public IReadOnlyList<InputFile> Finish(List<Issue> issues)
        {
            var files = new List<InputFile>(_started.Count);
            foreach (var (role, source, hash) in _started)
            {
                try
                {
                    files.Add(new InputFile(role, source.Path, hash.GetAwaiter().GetResult()));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Reading the file failed already (and said so) unless this is the only problem.
                    if (!issues.Any(i => i.Code == FileIssueCodes.Unreadable && i.File == source.Name))
                    {
                        issues.Add(FileIssues.Unreadable(source.Name, e));
                    }
                }
            }

            return files;
        }
    }

    /// <summary>
    /// The workbooks one read has opened: a workbook holding policy, members and balances is opened once, and one that
    /// could not be opened is reported once, not again for each sheet asked of it.
    /// </summary>
    private sealed class OpenWorkbooks : IDisposable
    {
        private readonly Dictionary<InputSource, WorkbookSource> _open = [];
        private readonly HashSet<InputSource> _failed = [];

        public T With<T>(InputSource key, Func<WorkbookSource, T> read)
        {
            if (_failed.Contains(key))
            {
                throw new ReportedException();
            }

            if (!_open.TryGetValue(key, out var workbook))
            {
                try
                {
                    workbook = WorkbookSource.Open(key);
                }
                catch (Exception e) when (UnreadableFile.Is(e))
                {
                    _failed.Add(key);
                    throw;
                }

                _open.Add(key, workbook);
            }

            return read(workbook);
        }

        public void Dispose()
        {
            foreach (var workbook in _open.Values)
            {
                workbook.Dispose();
            }
        }
    }

    /// <summary>A workbook that could not be opened, asked for again: its problem is already among the issues.</summary>
    private sealed class ReportedException : Exception;
}
