namespace Platform.Host.Jobs;

/// <summary>Invitations a facilitator planned for a time now come: every minute, and once at start (the catch-up).</summary>
internal sealed partial class InvitationScanJob(InvitationScan scan, TimeProvider time, ILogger<InvitationScanJob> logger) : ExclusiveJob(time, logger)
{
    public const string Id = "invitation-scan";

    public const string Cron = "* * * * *";

    protected override string Name => "Invitation scan";

    protected override async Task RunAtAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (due, sent) = await scan.RunAsync(now, cancellationToken);
        if (due > 0)
        {
            LogScanned(Logger, due, sent);
        }
    }

    [LoggerMessage(LogLevel.Information, "Invitation scan: {Due} due, {Sent} sent.")]
    private static partial void LogScanned(ILogger logger, int due, int sent);
}
