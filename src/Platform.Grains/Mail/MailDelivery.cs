namespace Platform.Grains.Mail;

/// <summary>
/// Sends due rows of the mail outbox through the transport. Each row is leased just before it is sent (two hosts never
/// send it at once), then marked sent or given its next attempt by <see cref="MailBackoff"/>; after the last attempt it
/// shows on the administrators' failed-mail list.
/// </summary>
/// <remarks>
/// Delivery is at least once, not exactly once: no mail server takes part in the database's transaction. A host killed
/// between handing a mail over and marking it sent leaves that one row leased; when the lease ends another host sends it
/// again, with the same Message-ID (the row's id), by which mail clients and servers recognise the repeat. A host killed
/// before handing it over only delays it by the lease. Either way it concerns the one row in flight, never a batch.
/// </remarks>
public sealed partial class MailDelivery(MailOutboxStore outbox, MailTransport transport, ILogger<MailDelivery> logger, MailOptions? options = null)
{
    /// <summary>The default lease of one row (<see cref="MailOptions.Lease"/>): longer than the SMTP timeout, which is capped to half of it.</summary>
    public static readonly TimeSpan Lease = MailOptions.DefaultLease;

    /// <summary>Most rows one run sends; the next run (30 s later, or kicked by new mail) goes on.</summary>
    private const int RunLimit = 1000;

    /// <summary>
    /// Delivers everything due at <paramref name="now"/>, row by row until none is left; returns how many were sent. Several
    /// runs may go at once, on one host or several: each row is claimed by one of them. A row's lease starts when it is
    /// claimed (<paramref name="now"/> plus the time this run has taken), so a long run never sends on an ended lease.
    /// </summary>
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var sent = 0;
        var lease = options?.Lease ?? Lease;
        var running = System.Diagnostics.Stopwatch.StartNew();
        for (var n = 0; n < RunLimit; n++)
        {
            var claimedAt = now + running.Elapsed;
            if (await outbox.ClaimNextAsync(now, claimedAt, claimedAt + lease, cancellationToken) is not { } mail)
            {
                break;
            }

            try
            {
                await transport.Sender.SendAsync(mail.ToMail(), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var attempts = (int)mail.Attempts + 1;
                var wait = MailBackoff.After(attempts);
                await outbox.MarkAttemptFailedAsync(mail.Id, attempts, now + (wait ?? TimeSpan.Zero), wait is null ? now : null, e.GetType().Name, cancellationToken);
                LogAttemptFailed(logger, attempts, e.GetType().Name);
                continue;
            }

            await outbox.MarkSentAsync(mail.Id, now, cancellationToken);
            sent++;
        }

        return sent;
    }

    // Only the attempt number and exception type: SMTP messages can quote the recipient's address.
    [LoggerMessage(LogLevel.Warning, "Mail delivery attempt {Attempt} failed ({ErrorType}).")]
    private static partial void LogAttemptFailed(ILogger logger, int attempt, string errorType);
}

/// <summary>The real transport (SMTP or the pickup folder); only <see cref="MailDelivery"/> uses it, everyone else queues in the outbox.</summary>
public sealed record MailTransport(IMailSender Sender);
