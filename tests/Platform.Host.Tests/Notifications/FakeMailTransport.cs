using System.Collections.Concurrent;
using System.Net.Mail;
using Platform.Grains.Mail;

namespace Platform.Host.Tests.Notifications;

/// <summary>A mail server a test can take down and bring back; it counts every attempt, failed or not.</summary>
internal sealed class FakeMailTransport : IMailSender
{
    private readonly TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private int attempts;

    /// <summary>How many sent mails complete <see cref="Arrived"/>.</summary>
    public int Expected { get; init; } = int.MaxValue;

    public Task Arrived => arrived.Task;

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
        if (Sent.Count >= Expected)
        {
            arrived.TrySetResult();
        }

        return Task.CompletedTask;
    }
}
