using BenchmarkDotNet.Attributes;
using Kopdes.Shu.Engine;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;
using Kopdes.Shu.Results;

namespace Kopdes.Shu.Benchmarks;

/// <summary>
/// The whole calculation for a cooperative with two member pools (jasa modal by savings, jasa usaha by
/// purchases) under a two-level policy. The ledger is built once; the benchmark measures Calculate only.
/// </summary>
[MemoryDiagnoser]
public class AllocateBenchmarks
{
    internal static readonly ShuPolicy Policy = new()
    {
        Cooperative = "Koperasi Kelurahan Merah Putih Benchmark",
        Shu = 12_345_678_901.23m,
        Funds =
        [
            new FundPolicy("cadangan", 25) { Reserve = true },
            new FundPolicy("desa", 20) { Village = true },
            new FundPolicy("pengurus", 5),
            new FundPolicy("anggota", 50)
            {
                Funds =
                [
                    new FundPolicy("jasa_modal", 40) { Basis = [ColumnNames.SavingsPrincipal, ColumnNames.SavingsMandatory] },
                    new FundPolicy("jasa_usaha", 60) { Basis = [ColumnNames.Transactions] },
                ],
            },
        ],
        CashUnit = 1_000m,
    };

    private MemberLedger _ledger = null!;

    [Params(10_000, 100_000, 1_000_000)]
    public int Members { get; set; }

    [GlobalSetup]
    public void Setup() => _ledger = SyntheticLedger.Create(Members);

    [Benchmark]
    public ShuResult Allocate() => ShuCalculator.Calculate(Policy, _ledger).GetResultOrThrow();
}
