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

    // Jasa usaha divided by the whole business's sales (non-members included): a stated total above every member's
    // purchases together (each buys at most Rp50,000,000), so the non-members' part is real.
    [Benchmark]
    public ShuResult AllocateOfTheWholeBusiness() => ShuCalculator.Calculate(WholeBusiness(Members), _ledger).GetResultOrThrow();

    private static ShuPolicy WholeBusiness(int members) => Policy with
    {
        Funds = [.. Policy.Funds.Select(f => f.Code != "anggota" ? f : f with
        {
            Funds = [.. f.Funds.Select(p => p.Code == "jasa_usaha" ? p with { Total = 50_000_000m * members } : p)],
        })],
    };
}
