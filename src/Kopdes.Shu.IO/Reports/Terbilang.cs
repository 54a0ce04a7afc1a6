using System.Text;

namespace Kopdes.Shu.IO.Reports;

/// <summary>
/// An amount in Indonesian words, as receipts and slips write it (<i>terbilang</i>): 1,200,000 is "satu juta dua
/// ratus ribu rupiah". Exact for any amount a decimal holds in whole sen up to 10^18 rupiah.
/// </summary>
internal static class Terbilang
{
    private static readonly string[] Ones = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];

    // Each group of three digits has its name, from the lowest: ribu, juta, miliar, triliun, kuadriliun.
    private static readonly string[] Groups = [string.Empty, "ribu", "juta", "miliar", "triliun", "kuadriliun"];

    /// <summary>"satu juta dua ratus ribu rupiah"; sen after the rupiah ("... rupiah lima puluh sen"); "minus" before a negative.</summary>
    public static string Rupiah(decimal amount)
    {
        var negative = amount < 0;
        var magnitude = Math.Abs(amount);
        var whole = decimal.Truncate(magnitude);
        if (whole >= 1_000_000_000_000_000_000m)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "An amount up to 10^18 rupiah is written in words.");
        }

        var sen = decimal.Round((magnitude - whole) * 100m, MidpointRounding.ToEven);
        var words = new StringBuilder();
        if (negative)
        {
            words.Append("minus ");
        }

        words.Append(Words((long)whole)).Append(" rupiah");
        if (sen > 0)
        {
            words.Append(' ').Append(Words((long)sen)).Append(" sen");
        }

        return words.ToString();
    }

    /// <summary>A whole number from 0 in words: 11 "sebelas", 1,000 "seribu", 1,001,000 "satu juta seribu".</summary>
    public static string Words(long number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        if (number == 0)
        {
            return Ones[0];
        }

        var parts = new List<string>();
        for (var group = 0; number > 0; group++, number /= 1000)
        {
            var hundreds = (int)(number % 1000);
            if (hundreds == 0)
            {
                continue;
            }

            // One thousand is "seribu"; one of every other group is "satu juta", "satu miliar".
            parts.Add(group == 1 && hundreds == 1 ? "seribu"
                : group == 0 ? BelowThousand(hundreds)
                : BelowThousand(hundreds) + " " + Groups[group]);
        }

        parts.Reverse();
        return string.Join(' ', parts);
    }

    private static string BelowThousand(int number)
    {
        var hundreds = number / 100;
        var rest = number % 100;
        var head = hundreds switch
        {
            0 => null,
            1 => "seratus",
            _ => Ones[hundreds] + " ratus",
        };
        var tail = rest switch
        {
            0 => null,
            < 10 => Ones[rest],
            10 => "sepuluh",
            11 => "sebelas",
            < 20 => Ones[rest - 10] + " belas",
            _ => Ones[rest / 10] + " puluh" + (rest % 10 == 0 ? string.Empty : " " + Ones[rest % 10]),
        };
        return head is null ? tail! : tail is null ? head : head + " " + tail;
    }
}
