using Microsoft.Extensions.Logging;

namespace Platform.Grains.Mail;

/// <summary>
/// The <see cref="IMailSender"/> the application uses: it sends at once through the transport and, when that fails,
/// queues the message in the outbox for <see cref="MailDelivery"/> to retry with back-off. The caller never sees a
/// mail-server failure, and no message is dropped.
/// </summary>
public sealed partial class RetryingMailSender(MailTransport transport, MailOutboxStore outbox, TimeProvider time, ILogger<RetryingMailSender> logger)
    : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        try
        {
            await transport.Sender.SendAsync(mail, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var now = time.GetUtcNow();
            LogQueued(logger, e.GetType().Name);
            await outbox.QueueAsync(new QueuedMail(null, null, mail, now, now + MailBackoff.After(1)!.Value, 1, e.GetType().Name), CancellationToken.None);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Immediate mail failed ({ErrorType}); queued for retry.")]
    private static partial void LogQueued(ILogger logger, string errorType);
}
