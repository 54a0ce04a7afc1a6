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

    /// <summary>Reads the inputs; see the type's remarks for which file holds what.</summary>
    /// <param name="membersPath">The members file: <c>.xlsx</c> or <c>.csv</c>.</param>
    /// <param name="policyPath">The policy (<c>.json</c> or a workbook with a <c>Kebijakan</c> sheet); null: from the workbook, or <c>kebijakan.json</c> beside a CSV.</param>
    /// <param name="balancesPath">Monthly balances (<c>.csv</c> or a workbook with a <c>Saldo</c> sheet); null: the workbook's <c>Saldo</c> sheet, when a pool needs it.</param>
    /// <param name="culture">How text numbers are written; <see cref="NumberCulture.Auto"/> decides from the file.</param>
    public static ShuInputs Read(string membersPath, string? policyPath = null, string? balancesPath = null, NumberCulture culture = NumberCulture.Auto)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(membersPath);
        var issues = new List<Issue>();
        var files = new InputHashes();
        using var books = new OpenWorkbooks();
        var isWorkbook = IsWorkbook(membersPath);
        policyPath ??= isWorkbook ? null : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(membersPath))!, DefaultPolicyFile);

        // The policy first: its pools say which extra columns are amounts.
        var membersExist = Exists(membersPath, "anggota", issues, files);
        ShuPolicy? policy = null;
        if (policyPath is null)
        {
            if (!membersExist)
            {
                return new ShuInputs(null, null, null, issues, files.Finish(issues), issue => issue) { MemberRows = [] };
            }

            policy = Guard(membersPath, issues, () => books.With(membersPath, w => PolicySheet.Read(w, Path.GetFileName(membersPath), culture, issues)));
        }
        else if (Exists(policyPath, "kebijakan", issues, files))
        {
            policy = IsWorkbook(policyPath)
                ? Guard(policyPath, issues, () => books.With(policyPath, w => PolicySheet.Read(w, Path.GetFileName(policyPath), culture, issues)))
                : Guard(policyPath, issues, () => ReadJson(policyPath, issues));
        }

        var basis = policy?.AllFunds().SelectMany(f => f.Basis).ToArray() ?? [];
        MemberLedger? ledger = null;
        Table? membersTable = null;
        var memberRows = Array.Empty<int>();
        var nationalIds = new List<string?>();
        if (membersExist)
        {
            (ledger, memberRows, membersTable) = Guard(membersPath, issues, () => ReadTable(books, membersPath, MembersSheet, culture, issues, t => MemberTableReader.Read(t, basis, issues, nationalIds)));
        }

        MonthlyBalances? balances = null;
        Table? balancesTable = null;
        var balanceRows = Array.Empty<int>();
        // The workbook's own Saldo sheet is read only when a pool weighs monthly balances: a sheet of twelve rows
        // a member is the largest part of a workbook, and nobody needs it otherwise. A named file is always read.
        var needsBalances = policy?.AllFunds().Any(f => f.IsPool && f.Savings == SavingsBasis.MonthlyAverage) ?? false;
        var balancesSource = balancesPath ?? (isWorkbook && needsBalances && HasSheet(books, membersPath, BalancesSheet) ? membersPath : null);
        if (balancesSource is not null && (balancesPath is null || Exists(balancesPath, "saldo", issues, files)))
        {
            (balances, balanceRows, balancesTable) = Guard(balancesSource, issues, () => ReadTable(books, balancesSource, BalancesSheet, culture, issues, t => BalanceTableReader.Read(t, basis, policy?.Year, issues)));
        }

        // The calculation's own checks of the policy (105%, no reserve, duplicate codes) name the policy file too.
        var policyFile = Path.GetFileName(policyPath ?? membersPath);
        var policySheet = policyPath is null || IsWorkbook(policyPath) ? PolicySheet.SheetName : null;
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
            MemberRows = memberRows,
            NationalIds = ledger is not null && nationalIds.Count == ledger.Count && nationalIds.Count > 0 ? nationalIds : null,
        };
    }

    /// <summary>True for a path ending in <c>.xlsx</c> (case-insensitive).</summary>
    public static bool IsWorkbook(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>The lower-case hex SHA-256 of a file.</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static ShuPolicy? ReadJson(string path, List<Issue> issues)
    {
        var read = ShuPolicyJson.Read(File.ReadAllText(path));
        issues.AddRange(read.Issues.Select(i => i.At(file: Path.GetFileName(path))));
        return read.Policy;
    }

    private static (T? Value, int[] Rows, Table? Table) ReadTable<T>(OpenWorkbooks books, string path, string sheet, NumberCulture culture, List<Issue> issues, Func<Table, (T?, int[])> read)
        where T : class
    {
        if (IsWorkbook(path))
        {
            return books.With(path, w =>
            {
                var table = w.Table(sheet, culture);
                if (table is null)
                {
                    issues.Add(FileIssues.MissingSheet(Path.GetFileName(path), sheet));
                    return ((T?)null, Array.Empty<int>(), (Table?)null);
                }

                var (value, rows) = read(table);
                return (value, rows, (Table?)table);
            });
        }

        using var source = CsvTableSource.Open(path, culture);
        var (csvValue, csvRows) = read(source.Table);
        issues.AddRange(source.Problems);
        return (csvValue, csvRows, (Table?)(source.Table with { Rows = CellRows.None }));
    }

    private static bool HasSheet(OpenWorkbooks books, string path, string sheet)
    {
        try
        {
            return books.With(path, w => w.HasSheet(sheet));
        }
        catch (Exception e) when (UnreadableFile.Is(e) || e is ReportedException)
        {
            return false;
        }
    }

    private static bool Exists(string path, string role, List<Issue> issues, InputHashes files)
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

        files.Start(role, path);
        return true;
    }

    // A file that is not what its name says (a zip that is not a workbook, a binary "CSV") is one issue, not a crash.
    private static T Guard<T>(string path, List<Issue> issues, Func<T> read)
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
            issues.Add(FileIssues.Unreadable(Path.GetFileName(path), e));
            return default!;
        }
    }

    /// <summary>
    /// Each input's SHA-256, computed on another core while the file is parsed: hashing an 85 MB members file
    /// takes a third of a second, which would otherwise come on top of reading it.
    /// </summary>
    private sealed class InputHashes
    {
        private readonly List<(string Role, string Path, Task<string> Hash)> _started = [];

        public void Start(string role, string path) => _started.Add((role, path, Task.Run(() => Sha256(path))));

        public IReadOnlyList<InputFile> Finish(List<Issue> issues)
        {
            var files = new List<InputFile>(_started.Count);
            foreach (var (role, path, hash) in _started)
            {
                try
                {
                    files.Add(new InputFile(role, path, hash.GetAwaiter().GetResult()));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Reading the file failed already (and said so) unless this is the only problem.
                    if (!issues.Any(i => i.Code == FileIssueCodes.Unreadable && i.File == Path.GetFileName(path)))
                    {
                        issues.Add(FileIssues.Unreadable(Path.GetFileName(path), e));
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
        private readonly Dictionary<string, WorkbookSource> _open = new(StringComparer.Ordinal);
        private readonly HashSet<string> _failed = new(StringComparer.Ordinal);

        public T With<T>(string path, Func<WorkbookSource, T> read)
        {
            var key = Path.GetFullPath(path);
            if (_failed.Contains(key))
            {
                throw new ReportedException();
            }

            if (!_open.TryGetValue(key, out var workbook))
            {
                try
                {
                    workbook = WorkbookSource.Open(path);
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
