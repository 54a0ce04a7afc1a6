using System.Diagnostics;
using Kopdes.Shu.Engine;
using Kopdes.Shu.IO;
using Kopdes.Shu.IO.Results;

namespace Kopdes.Shu.Benchmarks;

/// <summary>Where the CLI's time goes: read, calculate and write (CSV, or a workbook for an .xlsx output) timed apart, in one process, as <c>hitung</c> runs them.</summary>
public static class Phases
{
    public static int Run(string input, string output)
    {
        var clock = Stopwatch.StartNew();
        var inputs = ShuInputReader.Read(input);
        var read = clock.Elapsed;
        if (inputs.HasErrors)
        {
            Console.Error.WriteLine(string.Join(Environment.NewLine, inputs.Issues.Take(5)));
            return 1;
        }

        var outcome = ShuCalculator.Calculate(inputs.Policy!, inputs.Ledger!, inputs.Balances);
        var calculated = clock.Elapsed;
        if (ShuInputReader.IsWorkbook(output))
        {
            ResultWriter.WriteWorkbook(outcome.Result!, output, new ResultContext(inputs.Files));
        }
        else
        {
            ResultWriter.WriteCsv(outcome.Result!, output, new ResultContext(inputs.Files));
        }

        var written = clock.Elapsed;
        Console.WriteLine($"read {read.TotalSeconds:F2} s, calculate {(calculated - read).TotalSeconds:F2} s, write {(written - calculated).TotalSeconds:F2} s"
            + $" (JIT so far: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:F2} s)");
        return 0;
    }
}
