using Platform.Grains.Meetings;

namespace Platform.Host.Extensions;

/// <summary>
/// Once the host answers, finishes the series changes a stopped host left half-way (<see cref="SeriesResumption"/>),
/// in the background so start-up does not wait for it.
/// </summary>
internal sealed class SeriesResumptionOnStart(IHostApplicationLifetime lifetime, SeriesResumption resumption) : BackgroundService
{
    /// <summary>Completes when the pass after start-up has finished (tests wait on it).</summary>
    public Task<int> Finished => finished.Task;

    private readonly TaskCompletionSource<int> finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            await using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
            {
                await started.Task;
            }

            finished.TrySetResult(await resumption.RunAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
            finished.TrySetCanceled(stoppingToken);
        }
    }
}
