using System.Runtime.CompilerServices;

namespace Kopdes.Shu.Apportionment;

/// <summary>
/// Keys as UTF-8 bytes (member ids), for <see cref="OrdinalKeyOrder{TKeys}"/>: the apportionment knows no member, only
/// keys. A struct implements it, so that the order's loops call it directly, inlined, not through the interface.
/// </summary>
internal interface IUtf8Keys
{
    int Count { get; }

    ReadOnlySpan<byte> Utf8(int index);
}

/// <summary>
/// Ties go to the party whose key is smaller in ordinal string order (member ids: rule 6 of the spec), compared on
/// the keys' UTF-8 bytes.
/// </summary>
/// <typeparam name="TKeys">The keys' storage.</typeparam>
/// <param name="keys">The parties' keys.</param>
/// <param name="ascending">
/// Whether the keys are in strictly ascending order already (<see cref="OrdinalKeyOrder.IsStrictlyAscending{TKeys}"/>,
/// found once when a ledger is built): ties then go by index, and nothing needs comparing. A member list sorted by id
/// nearly always is.
/// </param>
internal readonly struct OrdinalKeyOrder<TKeys>(TKeys keys, bool ascending) : ITieOrder
    where TKeys : struct, IUtf8Keys
{
    public bool FollowsIndex => ascending;

    public int Compare(int a, int b) => OrdinalKeyOrder.CompareOrdinal(keys.Utf8(a), keys.Utf8(b));
}

/// <summary>The ordinal order of UTF-8 keys: the comparison, and whether keys already follow it.</summary>
internal static class OrdinalKeyOrder
{
    // Called once a member when a ledger is built: compiled optimised from its first call.
    /// <summary>Compares two UTF-8 texts as <see cref="string.CompareOrdinal(string, string)"/> compares their strings.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int CompareOrdinal(ReadOnlySpan<byte> x, ReadOnlySpan<byte> y)
    {
        var common = x.CommonPrefixLength(y);
        if (common == x.Length || common == y.Length)
        {
            return x.Length - y.Length;
        }

        // UTF-8 bytes sort by code point, UTF-16 by code unit: the two orders differ only between characters
        // from U+E000 (lead byte 0xEE) and those above U+FFFF (surrogate pairs in UTF-16). Decide those by the strings.
        return x[common] >= 0xEE && y[common] >= 0xEE
            ? string.CompareOrdinal(System.Text.Encoding.UTF8.GetString(x), System.Text.Encoding.UTF8.GetString(y))
            : x[common] - y[common];
    }

    /// <summary>True when every key comes after the one before it in ordinal order, so no two are equal.</summary>
    public static bool IsStrictlyAscending<TKeys>(TKeys keys)
        where TKeys : struct, IUtf8Keys
    {
        for (var i = 1; i < keys.Count; i++)
        {
            if (CompareOrdinal(keys.Utf8(i - 1), keys.Utf8(i)) >= 0)
            {
                return false;
            }
        }

        return true;
    }
}
