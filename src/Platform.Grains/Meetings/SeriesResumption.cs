namespace Platform.Grains.Meetings;

/// <summary>
/// Finishes every series change a stopped host left half-way (<see cref="IMeetingSeriesGrain.SettleAsync"/>), so the
/// occurrences and the series' invitation do not wait for a command that may never come. Run once when a host starts;
/// a series that still fails is logged by id and tried again at the next start or its next command.
/// </summary>
public sealed partial class SeriesResumption(MeetingSeriesStore store, IGrainFactory grains, ILogger<SeriesResumption> logger)
{
    /// <summary>Returns how many unfinished series were finished.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var finished = 0;
        foreach (var id in await store.UnsettledAsync(cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await grains.GetGrain<IMeetingSeriesGrain>(id).SettleAsync();
                finished++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogNotFinished(logger, id, e.GetType().Name);
            }
        }

        return finished;
    }

    [LoggerMessage(LogLevel.Warning, "Series {SeriesId} could not finish its last change ({ErrorType}); it is tried again at its next command or start.")]
    private static partial void LogNotFinished(ILogger logger, Guid seriesId, string errorType);
}
