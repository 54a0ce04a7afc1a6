namespace Kopdes.Shu.Ledger;

/// <summary>
/// One member as a ledger row: id, name, status, dates and named amounts (savings by type, transactions,
/// per-unit transactions, any column a policy may name). Amounts are in rupiah. Two members are equal when every field
/// is, the amounts holding the same columns with the same numbers (1 equals 1.00).
/// </summary>
/// <example>
/// <code>
/// var budi = new Member("A001")
/// {
///     Name = "Budi",
///     Amounts = new Dictionary&lt;string, decimal&gt; { ["simpanan_wajib"] = 10_000_000m, ["transaksi"] = 50_000_000m },
/// };
/// </code>
/// </example>
public sealed record Member
{
    /// <summary>A member with this id, a full member (<see cref="MemberStatus.Anggota"/>) without amounts until given.</summary>
    /// <param name="id">The member id (<c>no_anggota</c>), unique in the ledger.</param>
    public Member(string id) => Id = id;

    /// <summary>The member id (<c>no_anggota</c>), unique in the ledger.</summary>
    public string Id { get; init; }

    /// <summary>The member's name (<c>nama</c>), or null.</summary>
    public string? Name { get; init; }

    /// <summary>The member's status; <see cref="MemberStatus.Anggota"/> unless set.</summary>
    public MemberStatus Status { get; init; }

    /// <summary>The date the member joined (<c>tanggal_masuk</c>), or null.</summary>
    public DateOnly? Joined { get; init; }

    /// <summary>The date the member left (<c>tanggal_keluar</c>), or null.</summary>
    public DateOnly? Exited { get; init; }

    /// <summary>Amounts by column name; names are matched loosely (see <see cref="ColumnNames"/>). A missing column is 0.</summary>
    public IReadOnlyDictionary<string, decimal> Amounts { get; init; } = new Dictionary<string, decimal>();

    /// <inheritdoc />
    public bool Equals(Member? other) =>
        ReferenceEquals(this, other) || (other is not null
            && Id == other.Id && Name == other.Name && Status == other.Status && Joined == other.Joined && Exited == other.Exited
            && Amounts.Count == other.Amounts.Count
            && Amounts.All(amount => other.Amounts.TryGetValue(amount.Key, out var value) && value == amount.Value));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Status, Amounts.Count);
}
