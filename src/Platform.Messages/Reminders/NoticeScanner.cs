namespace Platform.Messages.Reminders;

/// <summary>What a recurring job runs: one scan at <c>now</c>, reporting how much was due and how much was new.</summary>
public interface IScanner
{
    Task<ScanResult> RunAsync(DateTimeOffset now, CancellationToken cancellationToken = default);
}

/// <summary>
/// A scan in which each due row becomes exactly one notification: <paramref name="findDue"/> finds the rows, a subclass says
/// what each one says. Dedupe keys on the rows make a repeated run send nothing twice.
/// </summary>
public abstract class NoticeScanner<TDue>(Func<DateTimeOffset, CancellationToken, Task<IReadOnlyList<TDue>>> findDue, INotifier notifier) : IScanner
{
    public async Task<ScanResult> RunAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var requests = (await findDue(now, cancellationToken)).Select(Request).ToList();
        return await ScanResult.NotifyAsync(notifier, requests, cancellationToken);
    }

    protected abstract NotificationRequest Request(TDue due);
}
