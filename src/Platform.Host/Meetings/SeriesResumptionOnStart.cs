namespace Platform.Host.Meetings;

/// <summary>
/// Finishes the series changes a stopped host left half-way (<see cref="SeriesResumption"/>); registered through
/// <see cref="AfterStartup"/>, so it runs once the host answers and start-up does not wait for it.
/// </summary>
internal sealed class SeriesResumptionOnStart(SeriesResumption resumption) : IHostedService
{
    private readonly TaskCompletionSource<int> finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How many unfinished series the pass finished, once it has run (tests wait on it).</summary>
    public Task<int> Finished => finished.Task;

    public async Task StartAsync(CancellationToken cancellationToken) =>
        finished.TrySetResult(await resumption.RunAsync(cancellationToken));

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
