using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Kopdes.Shu.Benchmarks.AllocateBenchmarks).Assembly).Run(args);
