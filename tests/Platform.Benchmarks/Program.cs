using System.Globalization;
using Platform.Benchmarks.Grains;

// Usage: dotnet run -c Release --project tests/Platform.Benchmarks -- grains [seconds per run]
if (args.Length == 0 || args[0] != "grains")
{
    Console.Error.WriteLine("usage: Platform.Benchmarks grains [seconds-per-run]");
    return 2;
}

var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var results = await GrainThroughput.RunAsync(TimeSpan.FromSeconds(seconds));

Console.WriteLine("| synchronous | grains | pattern                  | commands | seconds | commands/s |");
Console.WriteLine("| ----------- | -----: | ------------------------ | -------: | ------: | ---------: |");
foreach (var r in results)
{
    var pattern = r.Grains == 1 ? "sequential, one grain" : $"concurrent, {r.Grains} grains";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {r.Synchronous,-11} | {r.Grains,6} | {pattern,-24} | {r.Commands,8} | {r.Elapsed.TotalSeconds,7:F2} | {r.PerSecond,10:F0} |"));
}

// One machine-readable line per run, for scripts that track budgets.
foreach (var r in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT grains synchronous={r.Synchronous} grains={r.Grains} commands={r.Commands} per_second={r.PerSecond:F1}"));
}

return 0;
