using System.Numerics;
using Kopdes.Shu.Apportionment;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;
using Kopdes.Shu.Results;

namespace Kopdes.Shu.Engine;

/// <summary>Rebuilds one member's quota in each pool from the result's stored totals.</summary>
internal static class Explainer
{
    private const int FractionDigits = 6;

    public static MemberExplanation Explain(ShuResult result, int index)
    {
        var ledger = result.Ledger;
        var share = new MemberShare(result, index);
        var lines = new List<PoolExplanation>();
        foreach (var pool in result.Pools)
        {
            if (!pool.PerUnit)
            {
                // A pool with a stated total divides by it: the quota is the whole business's, as by-laws write it.
                var fund = result.Policy.AllFunds().First(f => f.Code == pool.Code);
                var weight = result.PoolEligible[pool.Index].Of(result.Weights[pool.Index], index);
                var line = Line(pool, null, pool.WholeUnits, weight, fund.Total ?? pool.TotalWeight, pool.Scale, pool.WholeWeight,
                    result.PoolUnits[pool.Index][index], result.RoundingUnit);
                lines.Add(weight > 0 && fund.Savings == SavingsBasis.MonthlyAverage
                    ? line.WithMonths(Months(result.Balances!, fund.Basis, share.Id))
                    : line);
                continue;
            }

            // A per-unit pool's member amounts are not kept by unit: apportion that unit again (same inputs, same units).
            using var apportionment = new MemberApportionment(result.Eligible, new OrdinalKeyOrder<Utf8Column.Keys>(ledger.Ids.AsKeys, ledger.IdsAscending));
            var amounts = new long[ledger.Count];
            foreach (var unit in pool.Units)
            {
                var column = ledger.Column(ColumnNames.UnitTransactions(unit.UnitCode));
                var units = (long)(unit.Amount / result.RoundingUnit);
                var stated = result.Policy.Units.First(u => u.Code == unit.UnitCode).Total;
                apportionment.Apportion(units, column, amounts, stated, result.PoolEligible[pool.Index]);
                var weight = result.PoolEligible[pool.Index].Of(column, index);
                lines.Add(Line(pool, unit.UnitCode, units, weight, stated ?? unit.TotalWeight, unit.Scale, unit.WholeWeight,
                    amounts[index], result.RoundingUnit));
            }
        }

        return new MemberExplanation
        {
            MemberId = share.Id,
            Name = share.Name,
            Status = share.Status,
            Eligible = share.Eligible,
            Pools = lines,
            MinimumPayout = result.Policy.MinimumPayout,
            Payout = share.Payout,
            TaxRate = result.Policy.TaxRate,
            CashUnit = result.CashUnit,
        };
    }

    // The member's month-end balances of the pool's columns, month by month, as EligibleWeights.Basis sums them.
    private static List<(int Month, decimal Balance)> Months(MonthlyBalances balances, IReadOnlyList<string> basis, string memberId)
    {
        var months = new SortedDictionary<int, decimal>();
        var columns = basis.Select(balances.Column).ToArray();
        for (var row = 0; row < balances.Count; row++)
        {
            if (string.Equals(balances.MemberIds[row], memberId, StringComparison.Ordinal))
            {
                months[balances.Months[row]] = months.GetValueOrDefault(balances.Months[row]) + columns.Sum(c => c![row]);
            }
        }

        return [.. months.Select(m => (m.Key, m.Value))];
    }

    private static PoolExplanation Line(
        PoolAllocation pool,
        string? unitCode,
        long poolUnits,
        decimal weight,
        decimal totalWeight,
        int scale,
        UInt128 wholeTotal,
        long amountUnits,
        decimal roundingUnit)
    {
        BigInteger floor = 0, remainder = 0, denominator = 1;
        if (weight > 0 && wholeTotal != UInt128.Zero && WholeWeights.TryScale(weight, scale, out var wholeWeight))
        {
            denominator = (BigInteger)wholeTotal;
            floor = BigInteger.DivRem((BigInteger)poolUnits * (BigInteger)wholeWeight, denominator, out remainder);
        }

        var scaled = BigInteger.DivRem(remainder * BigInteger.Pow(10, FractionDigits), denominator, out var rest);
        return new PoolExplanation
        {
            PoolCode = pool.Code,
            PoolName = pool.Name,
            UnitCode = unitCode,
            Weight = weight,
            TotalWeight = totalWeight,
            PoolAmount = poolUnits * roundingUnit,
            QuotaFloor = (long)floor * roundingUnit,
            QuotaFraction = (decimal)scaled / 1_000_000m,
            FractionIsExact = rest.IsZero,
            ExtraUnit = amountUnits > (long)floor,
            Amount = amountUnits * roundingUnit,
        };
    }
}
