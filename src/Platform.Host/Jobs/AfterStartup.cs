namespace Platform.Host.Jobs;

/// <summary>
/// Starts <paramref name="inner"/> once the host answers, on the thread pool, so start-up to the first answer does not
/// wait for it: the job server and schedule (≈0.3 s) and the pass that finishes series changes left half-way. A start
/// still running when the host stops is cancelled, then awaited.
/// </summary>
internal sealed class AfterStartup(IHostedService inner, IHostApplicationLifetime lifetime) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private readonly TaskCompletionSource running = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? started;

    /// <summary>Completes once the inner service has started (tests wait on it).</summary>
    public Task Running => running.Task;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => started = Task.Run(
            async () =>
            {
                await inner.StartAsync(stopping.Token);
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

        try
        {
            await stopping.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            return; // the container already disposed this service, and with it the host it started
        }

        try
        {
            await started;
        }
        catch (OperationCanceledException)
        {
            return; // cut short while starting: there is nothing to stop
        }

        await inner.StopAsync(cancellationToken);
    }

    public void Dispose() => stopping.Dispose();
}
