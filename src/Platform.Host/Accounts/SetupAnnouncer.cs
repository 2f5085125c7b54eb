using Platform.Messages.Accounts;

namespace Platform.Host.Accounts;

/// <summary>
/// Once the server listens and no administrator exists, prints a fresh one-time setup link to the console.
/// The link goes to the console only, never through ILogger, so log shipping never carries a live token.
/// </summary>
internal sealed partial class SetupAnnouncer(
    IHostApplicationLifetime lifetime,
    IServiceScopeFactory scopes,
    PublicUrl urls,
    ILogger<SetupAnnouncer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Announce);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Announce()
    {
        try
        {
            // Blocking on purpose: start-up completes only after the link exists, so nothing races an older one.
            using var scope = scopes.CreateScope();
            var token = scope.ServiceProvider.GetRequiredService<SetupTokenIssuer>().IssueIfNeededAsync().GetAwaiter().GetResult();
            if (token is not null)
            {
                Console.WriteLine($"Setup: open {urls.For("/setup?token=" + token)}");
                LogSetupNeeded(logger);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogSetupFailed(logger, e);
        }
    }

    [LoggerMessage(LogLevel.Warning, "No administrator exists yet; a one-time setup link (valid 24 hours) was printed to the console.")]
    private static partial void LogSetupNeeded(ILogger logger);

    [LoggerMessage(LogLevel.Error, "Could not issue the first-run setup link.")]
    private static partial void LogSetupFailed(ILogger logger, Exception exception);
}
