using System.Runtime.CompilerServices;
namespace Kopdes.Shu.Ledger;

/// <summary>
/// For readers and writers of very large files: members into a <see cref="MemberLedgerBuilder"/> and out of a
/// <see cref="MemberLedger"/> as the UTF-8 bytes a file holds, with no string made a member, and parts of one file
/// read side by side joined in order. Everything here can be done with the builder's and the ledger's own members;
/// this is the same, cheaper a million times over. Most code never needs it.
/// </summary>
internal static class LedgerColumns
{
    /// <summary>
    /// Adds a member whose id and name are UTF-8 bytes. An empty <paramref name="nameUtf8"/> means no name; amounts are
    /// one a column, in the order of <see cref="MemberLedgerBuilder.Columns"/>.
    /// </summary>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The id or the name is not valid UTF-8, or the amounts do not match the columns.</exception>
    public static MemberLedgerBuilder AddUtf8(
        MemberLedgerBuilder builder, ReadOnlySpan<byte> idUtf8, ReadOnlySpan<byte> nameUtf8, MemberStatus status, DateOnly? joined, DateOnly? exited, ReadOnlySpan<decimal> amounts)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddUtf8(idUtf8, nameUtf8, status, joined, exited, amounts);
    }

    /// <summary>The same, with whole-rupiah amounts: each long is the decimal without decimals.</summary>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The id or the name is not valid UTF-8, or the amounts do not match the columns.</exception>
    public static MemberLedgerBuilder AddUtf8(
        MemberLedgerBuilder builder, ReadOnlySpan<byte> idUtf8, ReadOnlySpan<byte> nameUtf8, MemberStatus status, DateOnly? joined, DateOnly? exited, ReadOnlySpan<long> amounts)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddUtf8(idUtf8, nameUtf8, status, joined, exited, amounts);
    }

    /// <summary>
    /// Adds every member of <paramref name="other"/>, in order, after those of <paramref name="builder"/>: parts of one
    /// file read side by side, each into a builder of its own, are joined so. Both must have the same columns.
    /// </summary>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The builders' columns differ, or they are one builder.</exception>
    public static MemberLedgerBuilder Append(MemberLedgerBuilder builder, MemberLedgerBuilder other)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Append(other);
    }

    /// <summary>The member's id as UTF-8 bytes, valid as long as the ledger.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="index">The member's position in the ledger (0-based).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> IdUtf8(MemberLedger ledger, int index)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        Guard.Index(index, ledger.Count);
        return ledger.Ids.Utf8(index);
    }

    /// <summary>The member's name as UTF-8 bytes (empty when the member has no name), valid as long as the ledger.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="index">The member's position in the ledger (0-based).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> NameUtf8(MemberLedger ledger, int index)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        Guard.Index(index, ledger.Count);
        return ledger.Names.Utf8(index);
    }
}
