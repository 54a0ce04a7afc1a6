using BenchmarkDotNet.Running;
using Kopdes.Shu.Benchmarks;

// Two whole-process measurements sit beside the BenchmarkDotNet suite (see benchmarks/cli/run.sh):
//   csv-floor IN OUT   CsvHelper alone reading every field of IN and writing it to OUT: the floor the CLI is held to.
//   phases IN OUT [N]  hitung in one process with read, calculate and write timed apart (OUT .csv or .xlsx);
//                      N runs in a row tell the first (as the CLI runs it, with the JIT warming up) from the warm ones.
//   scale N            the library on N synthetic members: build, calculate, report time and managed memory.
return args switch
{
    ["csv-floor", var input, var output] => CsvFloor.Run(input, output),
    ["phases", var input, var output] => Phases.Run(input, output),
    ["phases", var input, var output, var runs] => Enumerable.Range(0, int.Parse(runs, System.Globalization.CultureInfo.InvariantCulture)).Max(_ => Phases.Run(input, output)),
    ["scale", var count] => ScaleRun.Run(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(AllocateBenchmarks).Assembly).Run(args);
    return 0;
}
