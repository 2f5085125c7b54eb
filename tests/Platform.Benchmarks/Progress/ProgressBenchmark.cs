using System.Diagnostics;
using Dapper;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Benchmarks.Volume;
using Platform.Grains.Donors;
using Platform.Grains.Journal;
using Platform.Grains.Progress;
using Platform.Grains.Storage;
using Platform.Grains.Tests.Storage;
using Platform.Web.Donors;
using Platform.Web.Reports;

namespace Platform.Benchmarks.Progress;

/// <summary>
/// <c>progress [requests] [small] [pg]</c>: generates the volume, then times what the two progress pages do on the server,
/// warm and sequentially: the group summary (its two queries plus rendering its figures, four charts and tables) for
/// groups of the donor's portfolio in turn, and the donor's portfolio of 200 groups (query plus rendering): as viewed
/// again with nothing changed, with one of its groups written (a journal entry) before each view, and cold (a fresh
/// <see cref="ProgressQueries"/>, so every tally is read). Prints p50/p99 with and without rendering, and a bare
/// <c>SELECT count(*) FROM action_item</c> as the base of the ratio.
/// </summary>
internal static class ProgressBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var requests = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var n) ? n : 200;
        var size = args.Contains("small") ? VolumeSize.Small : VolumeSize.Full;
        var folder = Path.Combine(Path.GetTempPath(), "roundtable-progress-" + Guid.NewGuid().ToString("N")[..8]);
        var now = DateTimeOffset.UtcNow;
        // "pg": the volume on PostgreSQL, in the empty database ROUNDTABLE_BENCH_PG names, else in a private server (TestPostgres).
        var postgres = args.Contains("pg") ? Environment.GetEnvironmentVariable("ROUNDTABLE_BENCH_PG") is { Length: > 0 } given ? given : TestPostgres.CreateDatabase(migrated: false) : null;
        Console.WriteLine($"database: {(postgres is null ? "sqlite" : "postgresql")}");
        var database = await VolumeCommand.CreateAsync(folder, postgres);
        var volume = await VolumeData.FillAsync(database, size, now);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"volume: {volume.GroupIds.Count} groups, {volume.Meetings} meetings, {volume.ActionItems} action items, {volume.Commitments} commitments ({volume.Elapsed.TotalSeconds:F1} s)"));

        var progress = new ProgressQueries(database, new FixedClock(now));
        var donors = new DonorQueries(database);
        var filter = new ProgressFilter(ReportPeriod.LastTwelveMonths(now));
        await using var renderer = Renderer();
        var portfolio = await progress.PortfolioAsync(volume.DonorUserId, filter);
        var groups = portfolio.Select(g => g.GroupId).ToList();
        Console.WriteLine($"portfolio: {groups.Count} groups");

        var count = await TimeAsync(requests, _ => CountAsync(database));
        var summaryQuery = await TimeAsync(requests, i => SummaryAsync(progress, donors, groups[i % groups.Count], filter, null));
        var summary = await TimeAsync(requests, i => SummaryAsync(progress, donors, groups[i % groups.Count], filter, renderer));
        var portfolioQuery = await TimeAsync(requests, _ => PortfolioAsync(progress, volume.DonorUserId, filter, null));
        var portfolioPage = await TimeAsync(requests, _ => PortfolioAsync(progress, volume.DonorUserId, filter, renderer));
        var journal = new JournalWriter(new FixedClock(now));
        var oneWritten = await TimeAsync(requests, _ => PortfolioAsync(progress, volume.DonorUserId, filter, renderer), i => JournalAsync(database, journal, groups[i % groups.Count]));
        var cold = await TimeAsync(requests / 4, _ => PortfolioAsync(new ProgressQueries(database, new FixedClock(now)), volume.DonorUserId, filter, renderer));

        Print("count(*) action_item", count);
        Print("group summary, queries", summaryQuery);
        Print("group summary, queries+render", summary, 50);
        Print($"portfolio {groups.Count} groups, queries", portfolioQuery);
        Print($"portfolio {groups.Count} groups, queries+render", portfolioPage, 50);
        Print("portfolio, 1 group written before each", oneWritten, 50);
        Print("portfolio, cold (nothing kept)", cold);
        Directory.Delete(folder, recursive: true);
        return 0;
    }

    private static async Task CountAsync(Database database)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM action_item");
    }

    /// <summary>What every write to a group leaves behind besides its rows: a journal entry with the group's id.</summary>
    private static async Task JournalAsync(Database database, JournalWriter journal, Guid groupId)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await journal.AppendAsync(connection, transaction, new NewJournalEntry(groupId, "benchmark", groupId.ToString(), "touched", null, "Benchmark write"));
        await transaction.CommitAsync();
    }

    private static async Task SummaryAsync(ProgressQueries progress, DonorQueries donors, Guid groupId, ProgressFilter filter, HtmlRenderer? renderer)
    {
        var figures = await donors.AggregatesAsync(groupId) ?? throw new InvalidOperationException("no group");
        var group = await progress.GroupAsync(groupId, filter.Period) ?? throw new InvalidOperationException("no group");
        if (renderer is not null)
        {
            await RenderAsync<GroupReport>(renderer, new() { [nameof(GroupReport.Progress)] = group });
            await RenderAsync<GroupFigures>(renderer, new() { [nameof(GroupFigures.Figures)] = figures });
        }
    }

    private static async Task PortfolioAsync(ProgressQueries progress, string donor, ProgressFilter filter, HtmlRenderer? renderer)
    {
        var groups = await progress.PortfolioAsync(donor, filter);
        if (renderer is not null)
        {
            await RenderAsync<PortfolioReport>(renderer, new() { [nameof(PortfolioReport.Groups)] = groups, [nameof(PortfolioReport.Query)] = "" });
        }
    }

    private static Task<string> RenderAsync<T>(HtmlRenderer renderer, Dictionary<string, object?> parameters)
        where T : IComponent =>
        renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<T>(ParameterView.FromDictionary(parameters))).ToHtmlString());

    private static HtmlRenderer Renderer()
    {
        var services = new ServiceCollection().AddLocalization().AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance).BuildServiceProvider();
        return new HtmlRenderer(services, NullLoggerFactory.Instance);
    }

    /// <summary>
    /// 20 warm-up calls, then <paramref name="requests"/> timed ones: wall-clock and process CPU milliseconds, each sorted.
    /// CPU time is printed too because this 2-core machine is shared: under load, wall time mostly measures waiting.
    /// </summary>
    private static async Task<(List<double> Wall, List<double> Cpu)> TimeAsync(int requests, Func<int, Task> call, Func<int, Task>? untimed = null)
    {
        for (var i = 0; i < 20; i++)
        {
            await call(i);
        }

        var process = Process.GetCurrentProcess();
        var (wall, cpu) = (new List<double>(requests), new List<double>(requests));
        for (var i = 0; i < requests; i++)
        {
            await (untimed?.Invoke(i) ?? Task.CompletedTask);
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            await call(i);
            wall.Add(clock.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        wall.Sort();
        cpu.Sort();
        return (wall, cpu);
    }

    private static void Print(string name, (List<double> Wall, List<double> Cpu) times, double? budget = null)
    {
        static double P(List<double> t, double p) => t[Math.Min(t.Count - 1, (int)Math.Ceiling(p * t.Count) - 1)];
        var (wall, cpu) = times;
        var verdict = budget is { } b ? (P(wall, 0.99) <= b ? $" (budget p99 <= {b} ms: met)" : $" (budget p99 <= {b} ms: MISSED)") : "";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-40} wall p50 {P(wall, 0.5),7:F2} p99 {P(wall, 0.99),7:F2} ms | cpu p50 {P(cpu, 0.5),7:F2} p99 {P(cpu, 0.99),7:F2} ms{verdict}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT progress name=\"{name}\" n={wall.Count} p50_ms={P(wall, 0.5):F3} p99_ms={P(wall, 0.99):F3} cpu_p50_ms={P(cpu, 0.5):F3} cpu_p99_ms={P(cpu, 0.99):F3}"));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
