using System.Globalization;
using Platform.Benchmarks.Cluster;
using Platform.Benchmarks.GroupPage;
using Platform.Benchmarks.Grains;
using Platform.Benchmarks.Incidents;
using Platform.Benchmarks.Live;
using Platform.Benchmarks.Progress;
using Platform.Benchmarks.Reminders;
using Platform.Benchmarks.Volume;

// Usage: dotnet run -c Release --project tests/Platform.Benchmarks -- grains [seconds per run]
//        dotnet run -c Release --project tests/Platform.Benchmarks -- group-page [requests] [members]
//        dotnet run -c Release --project tests/Platform.Benchmarks -- volume [folder] [small]
//        dotnet run -c Release --project tests/Platform.Benchmarks -- reminders [folder] [small]
//        dotnet run -c Release --project tests/Platform.Benchmarks -- progress [requests] [small]
//        dotnet run -c Release --project tests/Platform.Benchmarks -- sign-in-timing [posts]
//        dotnet run -c Release --project tests/Platform.Benchmarks -- receipt-check [checks]
//        dotnet run -c Release --project tests/Platform.Benchmarks -- host-to-host [count] [rate] [redis-port]
//        dotnet run -c Release --project tests/Platform.Benchmarks -- raw-insert|grain-write <data-directory> [count]   (run by tests/live-bench/run.sh)
//        dotnet run -c Release --project tests/Platform.Benchmarks -- pg-database create|drop <server-connection> <name>   (run by tests/live-bench/run.sh)
//        dotnet run -c Release --project tests/Platform.Benchmarks -- seed-live <cookie-file> [groups] [members] [items] [--Key=Value host settings]   (run by tests/live-bench/run.sh)
if (args is ["host-to-host", ..])
{
    return await HostToHost.RunAsync(args);
}

if (args is ["receipt-check", ..])
{
    return ReceiptCodeTiming.Run(args);
}

if (args is ["sign-in-timing", ..])
{
    return await SignInTiming.RunAsync(args);
}

if (args is ["progress", ..])
{
    return await ProgressBenchmark.RunAsync(args);
}

if (args is ["volume", ..])
{
    return await VolumeCommand.RunAsync(args);
}

if (args is ["reminders", ..])
{
    return await ReminderScanBenchmark.RunAsync(args);
}

if (args is ["seed-live", ..])
{
    return await LiveSeedHost.RunAsync(args);
}

if (args is ["pg-database", ..])
{
    return await BenchDatabase.RunAsync(args);
}

if (args is ["raw-insert" or "grain-write", var dataDirectory, ..])
{
    var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 500;
    var writes = (await (args[0] == "raw-insert" ? RawInsert.RunAsync(dataDirectory, count) : GrainWrite.RunAsync(dataDirectory, count))).Order().ToList();
    double At(double p) => writes[Math.Min(writes.Count - 1, (int)Math.Ceiling(p * writes.Count) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"RESULT {args[0]} count={count} p50_ms={At(0.5):F3} p99_ms={At(0.99):F3} mean_ms={writes.Average():F3}"));
    return 0;
}

if (args is ["group-page", ..])
{
    var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
    var members = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 60;
    var times = (await GroupPageLoad.RunAsync(members, requests)).Order().ToList();
    double Percentile(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"group page, {members} members, {requests} sequential GETs as a signed-in member: median {Percentile(0.5):F1} ms, p95 {Percentile(0.95):F1} ms, max {times[^1]:F1} ms"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"RESULT group-page members={members} requests={requests} median_ms={Percentile(0.5):F2} p95_ms={Percentile(0.95):F2}"));
    return 0;
}

if (args.Length == 0 || args[0] != "grains")
{
    Console.Error.WriteLine("usage: Platform.Benchmarks grains [seconds-per-run] | group-page [requests] [members] | volume [folder] [small] | reminders [folder] [small] | progress [requests] [small] | sign-in-timing [posts] | raw-insert|grain-write <data-directory> [count] | seed-live <cookie-file> [groups] [members] [items] [--Key=Value]");
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

var latency = await GrainThroughput.CallLatencyAsync();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"in-process grain call without I/O: {latency:F2} µs (median of 20 rounds of 10,000 sequential calls)"));

// One machine-readable line per run, for scripts that track budgets.
foreach (var r in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT grains synchronous={r.Synchronous} grains={r.Grains} commands={r.Commands} per_second={r.PerSecond:F1}"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT grain-call microseconds={latency:F2}"));

return 0;
