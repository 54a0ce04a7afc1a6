using System.Runtime.CompilerServices;

namespace Kopdes.Shu.Apportionment;

/// <summary>
/// Turns non-negative decimals into whole numbers with the same ratios, by scaling all of them to the
/// largest number of decimal places among them. Exact: 12.5 and 7 become 125 and 70.
/// </summary>
internal static class WholeWeights
{
    private static readonly UInt128[] PowersOfTen = BuildPowers();

    // UInt128.MaxValue / 10^k, so the overflow check in the hot loop is a comparison, not a division.
    private static readonly UInt128[] MaxBeforeScaling = [.. PowersOfTen.Select(power => UInt128.MaxValue / power)];

    /// <summary>Decimal places needed to write <paramref name="value"/> without trailing zeros.</summary>
    public static int Scale(decimal value)
    {
        var scale = value.Scale;
        if (scale == 0)
        {
            return 0;
        }

        var mantissa = Mantissa(value);
        while (scale > 0 && mantissa % 10 == UInt128.Zero)
        {
            mantissa /= 10;
            scale--;
        }

        return scale;
    }

    /// <summary>
    /// <paramref name="value"/> x 10^<paramref name="scale"/> as a whole number; false when the value has
    /// more places than <paramref name="scale"/> or the result does not fit 128 bits.
    /// </summary>
    public static bool TryScale(decimal value, int scale, out UInt128 whole)
    {
        whole = UInt128.Zero;
        if (decimal.IsNegative(value) && value != 0m)
        {
            return false;
        }

        var mantissa = Mantissa(value);
        var shift = scale - value.Scale;
        if (shift == 0)
        {
            whole = mantissa;
            return true;
        }

        while (shift < 0)
        {
            var (quotient, remainder) = UInt128.DivRem(mantissa, 10);
            if (remainder != UInt128.Zero)
            {
                return false;
            }

            mantissa = quotient;
            shift++;
        }

        if (shift >= PowersOfTen.Length || mantissa > MaxBeforeScaling[shift])
        {
            return false;
        }

        whole = mantissa * PowersOfTen[shift];
        return true;
    }

    /// <summary>Scales every value to the largest scale among them; false when one does not fit 128 bits.</summary>
    public static bool TryConvert(ReadOnlySpan<decimal> values, Span<UInt128> wholes)
    {
        var scale = 0;
        foreach (var value in values)
        {
            scale = Math.Max(scale, Scale(value));
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (!TryScale(values[i], scale, out wholes[i]))
            {
                return false;
            }
        }

        return true;
    }


    /// <summary>whole / 10^scale as a decimal; false when whole needs more than the 96 bits a decimal holds.</summary>
    public static bool TryToDecimal(UInt128 whole, int scale, out decimal value)
    {
        value = 0m;
        if (whole >> 96 != UInt128.Zero || scale > 28)
        {
            return false;
        }

        var low = (ulong)(whole & ulong.MaxValue);
        var high = (uint)(whole >> 64);
        value = new decimal(unchecked((int)(uint)low), unchecked((int)(uint)(low >> 32)), unchecked((int)high), false, (byte)scale);
        return true;
    }

    /// <summary>
    /// The parts of <paramref name="value"/> read straight from its bits, with no decimal arithmetic: the 96-bit
    /// mantissa (the result), the scale, and whether it is above 0. <paramref name="bits"/> is four ints of
    /// scratch the caller keeps for a whole loop (so this can be inlined into it).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt128 Parts(decimal value, Span<int> bits, out int scale, out bool positive)
    {
        decimal.GetBits(value, bits);
        // The 96-bit mantissa's words are stored as ints; reinterpret them, do not range-check them.
        var mantissa = unchecked(new UInt128((uint)bits[2], ((ulong)(uint)bits[1] << 32) | (uint)bits[0]));
        scale = (bits[3] >> 16) & 0xFF;
        positive = bits[3] >= 0 && mantissa != UInt128.Zero;
        return mantissa;
    }

    private static UInt128 Mantissa(decimal value) => Parts(value, stackalloc int[4], out _, out _);

    private static UInt128[] BuildPowers()
    {
        var powers = new UInt128[39];
        powers[0] = UInt128.One;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
