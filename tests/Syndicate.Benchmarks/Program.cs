using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Syndicate.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
