namespace Platform.Host.Jobs;

/// <summary>
/// Starts <paramref name="inner"/> once the host answers, on the thread pool: the job server and the recurring-job
/// schedule cost ≈0.3 s at start-up, and nothing a person asks for waits on them (the scans catch up from the database).
/// </summary>
internal sealed class AfterStartup(IHostedService inner, IHostApplicationLifetime lifetime) : IHostedService
{
    private Task? started;
    private readonly TaskCompletionSource running = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the inner service has started (tests wait on it).</summary>
    public Task Running => running.Task;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => started = Task.Run(
            async () =>
            {
                await inner.StartAsync(CancellationToken.None);
                running.TrySetResult();
            },
            CancellationToken.None));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (started is null)
        {
            return; // the host never answered, so this never started
        }

        await started;
        await inner.StopAsync(cancellationToken);
    }
}
