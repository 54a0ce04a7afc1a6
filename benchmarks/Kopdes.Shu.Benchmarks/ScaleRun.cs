using System.Diagnostics;
using Kopdes.Shu.Engine;

namespace Kopdes.Shu.Benchmarks;

/// <summary>The library on N members in one process: how long and how much memory, for numbers beyond BenchmarkDotNet's reach.</summary>
public static class ScaleRun
{
    public static int Run(int members)
    {
        var clock = Stopwatch.StartNew();
        var ledger = SyntheticLedger.Create(members);
        var built = clock.Elapsed;
        clock.Restart();
        var result = ShuCalculator.Calculate(AllocateBenchmarks.Policy, ledger).GetResultOrThrow();
        var calculated = clock.Elapsed;
        Console.WriteLine(
            $"members {members:N0}: ledger built {built.TotalSeconds:F2} s, calculated {calculated.TotalSeconds:F2} s, "
            + $"checks {result.Checks.Count(c => c.Passed)}/{result.Checks.Count}, managed heap {GC.GetTotalMemory(false) / 1_048_576:N0} MB, "
            + $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576:N0} MB");
        return 0;
    }
}
