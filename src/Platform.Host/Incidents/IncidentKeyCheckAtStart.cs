namespace Platform.Host.Incidents;

/// <summary>
/// At start, off the start-up path: says in the log, as an error an operator can act on, when this host's incident key
/// ring cannot open the incidents already stored (a cluster host pointed at a key folder of its own). The host still
/// serves everything else; its incident pages would fail on those incidents.
/// </summary>
internal sealed partial class IncidentKeyCheckAtStart(IncidentKeyCheck check, IncidentOptions options, ILogger<IncidentKeyCheckAtStart> logger) : IHostedService
{
    private Task checking = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        checking = Task.Run(CheckAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => checking.WaitAsync(cancellationToken);

    private async Task CheckAsync()
    {
        try
        {
            if (!await check.OpensStoredKeysAsync())
            {
                LogForeignRing(logger, options.KeyDirectory);
            }
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException)
        {
            LogCheckFailed(logger, e.GetType().Name);
        }
    }

    [LoggerMessage(LogLevel.Error, "This host's incident key ring (Incidents:KeyDirectory '{KeyDirectory}') does not open the incidents already stored: every host must use the same key folder (infra/README.md, \"Several hosts\"); until then incidents recorded elsewhere cannot be read here.")]
    private static partial void LogForeignRing(ILogger logger, string keyDirectory);

    [LoggerMessage(LogLevel.Warning, "The incident key ring could not be checked at start ({ErrorType}).")]
    private static partial void LogCheckFailed(ILogger logger, string errorType);
}
