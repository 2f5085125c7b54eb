using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Benchmarks.Volume;
using Platform.Grains.Hosting;
using Platform.Grains.Journal;
using Platform.Grains.Notifications;
using Platform.Grains.Reminders;
using Platform.Grains.Storage;
using Platform.Web.Accounts;
using Platform.Web.Notifications;
using Platform.Web.Reminders;
using Platform.Messages.Reminders;
using Platform.Messages.Accounts;
using Platform.Messages.Notifications;

namespace Platform.Benchmarks.Reminders;

/// <summary>
/// <c>reminders [folder] [small]</c>: generates the volume (100,000 action items, 24,000 meetings) with "now" at the
/// generation time, then times the real scans at that "now": the first run finds everything due (catch-up), the
/// second finds nothing new (the cost of the every-minute scan in steady state). Writes go through the product's
/// <see cref="Notifier"/> (notification + queued mail per reminder); batches of 500, one transaction each.
/// </summary>
internal static class ReminderScanBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var folder = args.Length > 1 && args[1] != "small" ? args[1] : Path.Combine(Path.GetTempPath(), "roundtable-reminders-" + Guid.NewGuid().ToString("N")[..8]);
        var size = args.Contains("small") ? VolumeSize.Small : VolumeSize.Full;
        var database = await VolumeCommand.CreateAsync(folder);
        var now = DateTimeOffset.UtcNow;
        var summary = await VolumeData.FillAsync(database, size, now);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"volume: {summary.Meetings} meetings, {summary.ActionItems} action items, {summary.People} people in {summary.Elapsed.TotalSeconds:F1} s ({folder})"));

        var rules = new ReminderRuleStore(database, new JournalWriter(TimeProvider.System), TimeProvider.System);
        var urls = new PublicUrl(new ConfigurationBuilder().AddInMemoryCollection([new(PublicUrl.Setting, "https://roundtable.example.org")]).Build(), new NoServer());
        var messages = new ReminderMessages(urls);
        var notifier = Notifier(database, urls, now);
        var reminders = new ReminderScanner(new MeetingReminderScan(database, rules), new ActionReminderScan(database, rules), new RecordFollowUpScan(database), messages, notifier);
        var escalations = new EscalationScanner(new EscalationScan(database, rules), notifier);

        await TimeAsync("reminders", "catch-up", () => reminders.RunAsync(now));
        await TimeAsync("reminders", "steady", () => reminders.RunAsync(now.AddMinutes(1)));
        await TimeAsync("escalation", "catch-up", () => escalations.RunAsync(now));
        await TimeAsync("escalation", "steady", () => escalations.RunAsync(now.AddMinutes(15)));
        return 0;
    }

    /// <summary>The product's notifier: deduplicated notification and a mail rendered from resources (preferences read) per reminder.</summary>
    private static INotifier Notifier(Database database, PublicUrl urls, DateTimeOffset now) =>
        new ServiceCollection().AddLogging().AddLocalization().AddGrains().AddSingleton(database).AddSingleton(urls)
            .AddSingleton<TimeProvider>(new FixedClock(now)).AddSingleton<NotificationWriter>().AddSingleton<INotifier, Notifier>()
            .BuildServiceProvider().GetRequiredService<INotifier>();

    private static async Task TimeAsync(string scan, string phase, Func<Task<ScanResult>> run)
    {
        var clock = Stopwatch.StartNew();
        var result = await run();
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{scan} scan, {phase}: {result.Due} due, {result.Created} new notifications (+ queued mails) in {seconds * 1000:F0} ms = {result.Due / seconds:F0} due reminders/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT reminders scan={scan} phase={phase} due={result.Due} created={result.Created} ms={seconds * 1000:F1} per_second={result.Due / seconds:F1}"));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>PublicUrl asks the server for its address only when no public URL is configured; this one never answers.</summary>
    private sealed class NoServer : IServer
    {
        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
