using Platform.Grains.Events;
using Platform.Grains.MeetingRecords;

namespace Platform.Host.MeetingRecords;

/// <summary>
/// Signs the journal head into the data folder's anchors at start-up, after every published or corrected record, and at
/// shutdown (backups anchor in <see cref="Platform.Grains.Storage.DatabaseBackup"/>). An anchor that cannot be written
/// is logged and never stops the host or undoes a publication.
/// </summary>
internal sealed partial class JournalAnchoring(JournalAnchors anchors, IEventBus events, ILogger<JournalAnchoring> logger) : IHostedService, IDisposable
{
    private IDisposable? subscription;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        subscription = events.Subscribe<RecordPublished>((_, ct) => AnchorAsync("published", ct));
        await AnchorAsync("startup", cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        await AnchorAsync("shutdown", cancellationToken);
    }

    public void Dispose()
    {
        subscription?.Dispose();
        subscription = null;
    }

    private async Task AnchorAsync(string reason, CancellationToken cancellationToken)
    {
        try
        {
            await anchors.WriteAsync(reason, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException or System.Security.Cryptography.CryptographicException)
        {
            LogAnchorFailed(logger, reason, e.GetType().Name);
        }
    }

    [LoggerMessage(LogLevel.Error, "Could not write the journal anchor at {Reason} ({ErrorType}); verify-journal cannot detect a cut after the last anchor until one is written.")]
    private static partial void LogAnchorFailed(ILogger logger, string reason, string errorType);
}
