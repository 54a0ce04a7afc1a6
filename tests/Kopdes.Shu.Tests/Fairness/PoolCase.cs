using System.Numerics;
using Kopdes.Shu.Engine;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Tests.Support;

namespace Kopdes.Shu.Tests.Fairness;

/// <summary>
/// One pool to apportion: the pool in rupiah (rounding unit 1), each member's weight, eligibility and id.
/// <see cref="Allocate"/> runs it through the public engine (a 0% reserve and a single 100% pool), so the
/// properties test what a treasurer gets, not an internal helper.
/// </summary>
public sealed record PoolCase(long Pool, decimal[] Weights, bool[] Eligible, string[] Ids)
{
    public int Count => Weights.Length;

    /// <summary>The exact quota q_i = P x w_i / W as (floor, remainder, W), in BigInteger, computed here independently.</summary>
    public (BigInteger Floor, BigInteger Remainder, BigInteger Denominator) Quota(int i)
    {
        var total = EligibleWeightCents();
        if (total.IsZero || !Eligible[i])
        {
            return (0, 0, 1);
        }

        var floor = BigInteger.DivRem(Pool * Cents(Weights[i]), total, out var remainder);
        return (floor, remainder, total);
    }

    public BigInteger EligibleWeightCents() =>
        Enumerable.Range(0, Count).Where(i => Eligible[i]).Aggregate(BigInteger.Zero, (sum, i) => sum + Cents(Weights[i]));

    public long[] Allocate()
    {
        var members = Enumerable.Range(0, Count)
            .Select(i => Build.Member(Ids[i], Weights[i], Eligible[i] ? MemberStatus.Anggota : MemberStatus.Calon));
        var result = ShuCalculator.Calculate(Build.SinglePool(Pool), MemberLedger.From(members)).GetResultOrThrow();
        return [.. result.Members.Select(m => (long)m.Amount(0))];
    }

    public PoolCase WithPool(long pool) => this with { Pool = pool };

    public override string ToString() =>
        $"P={Pool}; " + string.Join(", ", Enumerable.Range(0, Count).Select(i => $"{Ids[i]}:{Weights[i]}{(Eligible[i] ? string.Empty : "(x)")}"));

    // Weights carry at most two decimal places (sen), so cents are exact whole numbers.
    private static BigInteger Cents(decimal weight) => new(weight * 100m);
}
