using System.Runtime.CompilerServices;
using Kopdes.Shu.Validation;

namespace Kopdes.Shu.Ledger;

/// <summary>
/// The members of one cooperative for one financial year, immutable, stored one array a column. Build it
/// with <see cref="MemberLedgerBuilder"/> or <see cref="From"/>. The row problems found while building
/// are in <see cref="Issues"/>; the calculation refuses a ledger that has errors.
/// </summary>
public sealed class MemberLedger
{
    private readonly Dictionary<string, AmountColumn> _amounts;

    internal MemberLedger(
        Utf8Column ids,
        bool idsAscending,
        Utf8Column names,
        MemberStatus[] statuses,
        DateOnly?[] joined,
        DateOnly?[] exited,
        string[] columns,
        Dictionary<string, AmountColumn> amounts,
        IReadOnlyList<Issue> issues)
    {
        Ids = ids;
        IdsAscending = idsAscending;
        Names = names;
        Statuses = statuses;
        JoinedDates = joined;
        ExitedDates = exited;
        Columns = columns;
        _amounts = amounts;
        Issues = issues;
    }

    /// <summary>The number of members.</summary>
    public int Count => Ids.Count;

    /// <summary>The amount columns, by their <see cref="ColumnNames.Canonical"/> names, in the order first seen.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The problems found in the rows: empty or duplicate ids, negative amounts, exit before join.</summary>
    public IReadOnlyList<Issue> Issues { get; }

    /// <summary>The member at <paramref name="index"/> (0-based, in ledger order), as a new <see cref="Member"/>.</summary>
    public Member this[int index]
    {
        get
        {
            Guard.Index(index, Count);
            var amounts = new Dictionary<string, decimal>(Columns.Count, StringComparer.Ordinal);
            foreach (var column in Columns)
            {
                amounts[column] = _amounts[ColumnNames.Key(column)][index];
            }

            return new Member(Ids[index])
            {
                Name = Names.TextOrNull(index),
                Status = Statuses[index],
                Joined = JoinedDates[index],
                Exited = ExitedDates[index],
                Amounts = amounts,
            };
        }
    }

    /// <summary>The member ids, stored as UTF-8 (see <see cref="LedgerColumns.IdUtf8"/>).</summary>
    internal Utf8Column Ids { get; }

    /// <summary>True when every id comes after the one before it in ordinal order (found once, when the ledger was built).</summary>
    internal bool IdsAscending { get; }

    /// <summary>The names, stored as UTF-8; a member without a name has none.</summary>
    internal Utf8Column Names { get; }

    internal MemberStatus[] Statuses { get; }

    internal DateOnly?[] JoinedDates { get; }

    internal DateOnly?[] ExitedDates { get; }

    /// <summary>Builds a ledger from members, in their order.</summary>
    public static MemberLedger From(IEnumerable<Member> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var builder = new MemberLedgerBuilder();
        foreach (var member in members)
        {
            builder.Add(member);
        }

        return builder.Build();
    }

    /// <summary>True when the ledger has the column (matched loosely, see <see cref="ColumnNames"/>).</summary>
    internal bool HasColumn(string column) => _amounts.ContainsKey(ColumnNames.Key(column));

    /// <summary>The position of the member with this id (ordinal match), or -1.</summary>
    public int IndexOf(string memberId)
    {
        ArgumentNullException.ThrowIfNull(memberId);
        return Ids.IndexOf(memberId);
    }

    /// <summary>The member's amount in a column (matched loosely, as headers are); 0 when the ledger has no such column.</summary>
    /// <param name="index">The member's position in the ledger (0-based).</param>
    /// <param name="column">An amount column, such as <c>simpanan_wajib</c> or <c>transaksi:sembako</c>.</param>
    public decimal Amount(int index, string column)
    {
        Guard.Index(index, Count);
        return Column(column) is { } values ? values[index] : 0m;
    }

    /// <summary>The column's amounts, one a member, or null when the ledger has no such column.</summary>
    internal AmountColumn? Column(string column) => _amounts.GetValueOrDefault(ColumnNames.Key(column));
}
