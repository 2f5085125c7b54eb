using System.Collections.Concurrent;
using System.Net.Mail;
using Platform.Grains.Mail;

namespace Platform.Grains.Tests.Mail;

/// <summary>A mail transport that records what it sent, or throws while <see cref="Failing"/> is set.</summary>
internal sealed class FakeTransport : IMailSender
{
    public ConcurrentQueue<OutgoingMail> Sent { get; } = new();

    public bool Failing { get; set; }

    /// <summary>Awaited inside each send, so a test can hold two deliveries in flight at once.</summary>
    public Func<Task>? During { get; set; }

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        if (During is { } during)
        {
            await during();
        }

        if (Failing)
        {
            throw new SmtpException(SmtpStatusCode.ServiceNotAvailable, "451 mailbox of someone@example.org unavailable");
        }

        Sent.Enqueue(mail);
    }
}
