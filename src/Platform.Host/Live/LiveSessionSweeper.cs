namespace Platform.Host.Live;

/// <summary>Runs <see cref="LiveSessions.SweepAsync"/> every <c>Live:SessionSweep</c> (10 s by default) on the injected clock.</summary>
internal sealed class LiveSessionSweeper(LiveSessions sessions, TimeProvider time, IConfiguration configuration, ILogger<LiveSessionSweeper> logger)
    : BackgroundService
{
    public const string Setting = "Live:SessionSweep";

    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(10);

    // Created with the service, not in ExecuteAsync: a clock advanced right after start must already find the timer.
    private readonly PeriodicTimer timer = new(configuration.GetValue(Setting, DefaultInterval), time);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await sessions.SweepAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A busy or briefly unavailable database must not stop the sweeps; the next tick tries again.
                    logger.LogWarning(e, "Live session sweep failed");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }

    public override void Dispose()
    {
        timer.Dispose();
        base.Dispose();
    }
}
