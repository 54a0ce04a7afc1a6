using System.Runtime.CompilerServices;

namespace Kopdes.Shu.Ledger;

/// <summary>
/// One amount a member (or a balance row). Whole rupiah, as nearly every ledger has, are kept as longs: half the
/// memory of decimals, and sums, checks and weights with no decimal arithmetic. A column with any value that is not
/// a whole number written without decimals (sen, a trailing <c>.00</c>, beyond a long, -0) keeps decimals, so every
/// value reads back exactly as it was given, scale and all.
/// </summary>
internal sealed class AmountColumn
{
    private AmountColumn(long[]? whole, decimal[]? exact)
    {
        Whole = whole;
        Exact = exact;
    }

    /// <summary>The values as longs, or null when the column keeps decimals.</summary>
    public long[]? Whole { get; }

    /// <summary>The values as decimals, or null when they are all whole (see <see cref="Whole"/>).</summary>
    public decimal[]? Exact { get; }

    public int Length => Whole?.Length ?? Exact!.Length;

    public decimal this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Whole is { } whole ? whole[index] : Exact![index];
    }

    public static AmountColumn OfWhole(long[] values) => new(values, null);

    public static AmountColumn OfExact(decimal[] values) => new(null, values);

    /// <summary>
    /// The value as a long when the long gives back the very same decimal: no scale (12.00 keeps its decimals),
    /// a magnitude within <see cref="long.MaxValue"/>, and not -0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryWhole(decimal value, out long whole)
    {
        // Into a field of four ints, not stackalloc: a method with stackalloc is never inlined, and this runs for
        // every amount of every row.
        var bits = default(Bits);
        decimal.GetBits(value, bits);
        var magnitude = unchecked(((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
        var negative = bits[3] < 0;
        if ((bits[3] & 0x00FF_0000) != 0 || bits[2] != 0 || magnitude > long.MaxValue || (negative && magnitude == 0))
        {
            whole = 0;
            return false;
        }

        whole = negative ? -(long)magnitude : (long)magnitude;
        return true;
    }

    [InlineArray(4)]
    private struct Bits
    {
        private int _first;
    }
}
