using System.Collections.Concurrent;
using System.Net.Mail;
using Platform.Grains.Mail;

namespace Platform.Host.Tests.Notifications;

/// <summary>A mail server a test can take down and bring back; it counts every attempt, failed or not.</summary>
internal sealed class FakeMailTransport : IMailSender
{
    private int attempts;

    public bool Down { get; set; }

    public int Attempts => Volatile.Read(ref attempts);

    public ConcurrentQueue<OutgoingMail> Sent { get; } = new();

    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref attempts);
        if (Down)
        {
            throw new SmtpException(SmtpStatusCode.ServiceNotAvailable, "421 service not available");
        }

        Sent.Enqueue(mail);
        return Task.CompletedTask;
    }
}
