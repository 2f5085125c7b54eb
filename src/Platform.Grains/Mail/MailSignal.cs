namespace Platform.Grains.Mail;

/// <summary>
/// "Mail is waiting": set after a commit that queued mail, so delivery runs now instead of at its next interval. Kicks
/// coalesce (one pending at most) and cost nothing when nobody listens; delivery never depends on them.
/// </summary>
public sealed class MailSignal
{
    private readonly Channel<bool> kicks = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Never blocks: safe to call from a grain's turn.</summary>
    public void Kick() => kicks.Writer.TryWrite(true);

    /// <summary>Completes at the next kick, or at once when one is pending.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken) => await kicks.Reader.ReadAsync(cancellationToken);
}
