using System.Runtime.CompilerServices;
using Kopdes.Shu.Validation;

namespace Kopdes.Shu.Ledger;

/// <summary>
/// Builds a <see cref="MemberLedger"/> row by row, storing it one compact array a column so that a
/// million members cost tens of megabytes, not a million dictionaries. Not thread-safe.
/// </summary>
/// <example>
/// <code>
/// var builder = new MemberLedgerBuilder(["simpanan_wajib", "transaksi"]);
/// builder.Add("A001", "Budi", MemberStatus.Anggota, null, null, [10_000_000m, 50_000_000m]);
/// MemberLedger ledger = builder.Build();
/// </code>
/// </example>
public sealed class MemberLedgerBuilder
{
    // Below this many members appended, starting threads for the copies costs more than it saves.
    private const int ParallelAppendFrom = 1 << 16;

    private readonly AmountColumns _columns = new();
    private readonly Utf8Column.Builder _ids = new();
    private readonly Utf8Column.Builder _names = new();
    private MemberStatus[] _statuses = [];
    private DateOnly?[] _joined = [];
    private DateOnly?[] _exited = [];

    /// <summary>Starts a ledger whose amount columns appear as members bring them.</summary>
    public MemberLedgerBuilder()
    {
    }

    /// <summary>Starts a ledger with these amount columns (a file's header), present even when every value is 0.</summary>
    public MemberLedgerBuilder(IEnumerable<string> amountColumns)
    {
        ArgumentNullException.ThrowIfNull(amountColumns);
        foreach (var column in amountColumns)
        {
            _columns.GetOrAdd(column);
        }
    }

    /// <summary>The number of members added so far.</summary>
    public int Count { get; private set; }

    /// <summary>The amount columns in the order the positional <see cref="Add(string, string?, MemberStatus, DateOnly?, DateOnly?, ReadOnlySpan{decimal})"/> expects.</summary>
    public IReadOnlyList<string> Columns => _columns.Names;

    /// <summary>
    /// Makes room for <paramref name="members"/> members at once, as <see cref="List{T}.EnsureCapacity"/> does: a
    /// reader that knows about how many rows a file has saves the copies of growing a million-row ledger.
    /// </summary>
    /// <returns>This builder.</returns>
    public MemberLedgerBuilder EnsureCapacity(int members)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(members);
        if (members > _statuses.Length)
        {
            Array.Resize(ref _statuses, members);
            Array.Resize(ref _joined, members);
            Array.Resize(ref _exited, members);
            _columns.EnsureCapacity(members);

            // About 12 bytes an id and 16 a name; a longer text grows the block.
            _ids.EnsureCapacity(members, (int)Math.Min(members * 12L, Array.MaxLength));
            _names.EnsureCapacity(members, (int)Math.Min(members * 16L, Array.MaxLength));
        }

        return this;
    }

    /// <summary>
    /// Adds every member of <paramref name="other"/>, in order, after those added so far: parts of one file read side
    /// by side, each into a builder of its own, are joined so. Both must have the same columns in the same order.
    /// </summary>
    /// <exception cref="ArgumentException">The builders' columns differ, or <paramref name="other"/> is this builder.</exception>
    /// <returns>This builder.</returns>
    internal MemberLedgerBuilder Append(MemberLedgerBuilder other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(other, this) || !Columns.SequenceEqual(other.Columns, StringComparer.Ordinal))
        {
            throw new ArgumentException("Append another builder with the same amount columns.", nameof(other));
        }

        var start = Count;
        var count = other.Count;
        EnsureCapacity(Math.Max(start + count, _statuses.Length));

        // One copy a column (amounts, statuses, dates, ids, names): side by side for half a large file, where each
        // copy first touches tens of megabytes of fresh memory.
        void Copy(int column)
        {
            switch (column - _columns.Count)
            {
                case < 0: _columns.Copy(other._columns, column, count, start); break;
                case 0: other._statuses.AsSpan(0, count).CopyTo(_statuses.AsSpan(start)); break;
                case 1: other._joined.AsSpan(0, count).CopyTo(_joined.AsSpan(start)); break;
                case 2: other._exited.AsSpan(0, count).CopyTo(_exited.AsSpan(start)); break;
                case 3: _ids.Append(other._ids); break;
                default: _names.Append(other._names); break;
            }
        }

        var copies = _columns.Count + 5;
        if (count >= ParallelAppendFrom)
        {
            Parallel.For(0, copies, Copy);
        }
        else
        {
            for (var column = 0; column < copies; column++)
            {
                Copy(column);
            }
        }

        Count = start + count;
        return this;
    }

    /// <summary>Adds a member; its amounts may name new columns (earlier members have 0 there).</summary>
    public MemberLedgerBuilder Add(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var row = AddRow(member.Status, member.Joined, member.Exited);
        _ids.Add(member.Id);
        _names.Add(member.Name);
        foreach (var (column, amount) in member.Amounts)
        {
            var index = _columns.GetOrAdd(column);
            _columns.EnsureCapacity(_statuses.Length);
            _columns.Set(index, row, amount);
        }

        return this;
    }

    /// <summary>Adds a member with one amount a column, in the order of <see cref="Columns"/>.</summary>
    /// <exception cref="ArgumentException">The amounts do not match the columns.</exception>
    public MemberLedgerBuilder Add(
        string id, string? name, MemberStatus status, DateOnly? joined, DateOnly? exited, ReadOnlySpan<decimal> amounts)
    {
        _columns.SetRow(AddText(id, name, status, joined, exited, amounts.Length), amounts);
        return this;
    }

    /// <summary>
    /// Adds a member whose amounts are whole rupiah, as a database or a file nearly always holds them: the same as the
    /// overload with decimals given each long as a decimal without decimals, with no decimal arithmetic on the way.
    /// </summary>
    /// <exception cref="ArgumentException">The amounts do not match the columns.</exception>
    public MemberLedgerBuilder Add(
        string id, string? name, MemberStatus status, DateOnly? joined, DateOnly? exited, ReadOnlySpan<long> amounts)
    {
        _columns.SetRow(AddText(id, name, status, joined, exited, amounts.Length), amounts);
        return this;
    }

    // The bulk forms of LedgerColumns: ids and names as a file reader has them, in UTF-8, with no string a member.
    internal MemberLedgerBuilder AddUtf8(
        ReadOnlySpan<byte> idUtf8, ReadOnlySpan<byte> nameUtf8, MemberStatus status, DateOnly? joined, DateOnly? exited, ReadOnlySpan<decimal> amounts)
    {
        CheckAmounts(amounts.Length);
        _columns.SetRow(AddUtf8(idUtf8, nameUtf8, status, joined, exited), amounts);
        return this;
    }

    internal MemberLedgerBuilder AddUtf8(
        ReadOnlySpan<byte> idUtf8, ReadOnlySpan<byte> nameUtf8, MemberStatus status, DateOnly? joined, DateOnly? exited, ReadOnlySpan<long> amounts)
    {
        CheckAmounts(amounts.Length);
        _columns.SetRow(AddUtf8(idUtf8, nameUtf8, status, joined, exited), amounts);
        return this;
    }

    /// <summary>
    /// Freezes the rows into a ledger and checks each row (empty or duplicate ids, control characters in ids and
    /// names, negative amounts, exit before join): the problems are in <see cref="MemberLedger.Issues"/>, all of them, none thrown.
    /// The builder must not be used afterwards.
    /// </summary>
    /// <param name="options">How the checks may use the machine; null: every core.</param>
    /// <exception cref="ArgumentException">An option is out of its range.</exception>
    public MemberLedger Build(Engine.ShuCalculatorOptions? options = null)
    {
        var parallelism = (options ?? Engine.ShuCalculatorOptions.Default).Parallelism();
        var count = Count;
        Array.Resize(ref _statuses, count);
        Array.Resize(ref _joined, count);
        Array.Resize(ref _exited, count);
        var amounts = _columns.Freeze(count);
        var ids = _ids.Build();
        var names = _names.Build();
        var ascending = Apportionment.OrdinalKeyOrder.IsStrictlyAscending(ids.AsKeys);
        var issues = LedgerRules.Check(ids, ascending, names, _joined, _exited, _columns.Names, amounts, parallelism);
        return new MemberLedger(ids, ascending, names, _statuses, _joined, _exited, [.. _columns.Names], amounts, issues);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CheckAmounts(int count)
    {
        if (count != _columns.Count)
        {
            throw new ArgumentException(
                $"Expected {_columns.Count} amounts, one for each column, but got {count}.", "amounts");
        }
    }

    // The row's fixed fields, id and name of the UTF-8 overloads; the caller sets the amounts.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int AddUtf8(ReadOnlySpan<byte> idUtf8, ReadOnlySpan<byte> nameUtf8, MemberStatus status, DateOnly? joined, DateOnly? exited)
    {
        if (!System.Text.Unicode.Utf8.IsValid(idUtf8) || !System.Text.Unicode.Utf8.IsValid(nameUtf8))
        {
            throw new ArgumentException("A member id or name is not valid UTF-8.", nameof(idUtf8));
        }

        var row = AddRow(status, joined, exited);
        _ids.Add(idUtf8);
        if (nameUtf8.IsEmpty)
        {
            _names.Add((string?)null);
        }
        else
        {
            _names.Add(nameUtf8);
        }

        return row;
    }

    // The row's fixed fields, id and name of the text overloads; the caller sets the amounts.
    private int AddText(string id, string? name, MemberStatus status, DateOnly? joined, DateOnly? exited, int amounts)
    {
        ArgumentNullException.ThrowIfNull(id);
        CheckAmounts(amounts);
        var row = AddRow(status, joined, exited);
        _ids.Add(id);
        _names.Add(name);
        return row;
    }

    // Adds the row's fixed fields; the caller adds its id and name next, before anything can throw.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int AddRow(MemberStatus status, DateOnly? joined, DateOnly? exited)
    {
        if (status > MemberStatus.Penyerta)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Not a member status.");
        }

        var row = Count;
        if (row == _statuses.Length)
        {
            var capacity = Math.Max(16, row * 2);
            Array.Resize(ref _statuses, capacity);
            Array.Resize(ref _joined, capacity);
            Array.Resize(ref _exited, capacity);
        }

        _columns.EnsureCapacity(_statuses.Length);
        _statuses[row] = status;
        _joined[row] = joined;
        _exited[row] = exited;
        Count = row + 1;
        return row;
    }
}
