using Microsoft.Extensions.Logging;
using Platform.Messages.MeetingRecords;
using Platform.Messages.Meetings;

namespace Platform.Messages.Notifications;

/// <summary>
/// The delivery job's body: each pending mail request (written by a grain with its change) becomes one rendered mail per
/// recipient in the outbox, in the transaction that marks it done; then the due outbox rows go out with back-off
/// (<see cref="MailDelivery"/>). A request expanded twice, by a second run or a second host, queues its mails once.
/// </summary>
public sealed partial class MailDispatch(MailRequestStore requests, MeetingInvitations invitations, MeetingNotices notices, SeriesNotices seriesNotices, ActionItems.ActionOwnerNotices actionOwners, RecordMailer records, MailDelivery delivery, ILogger<MailDispatch> logger)
{
    private const int BatchSize = 50;

    /// <summary>Expands pending requests and delivers what is due at <paramref name="now"/>; returns how many mails were sent.</summary>
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        foreach (var request in await requests.PendingAsync(BatchSize, cancellationToken))
        {
            try
            {
                if (await RenderAsync(request, cancellationToken) is { } mails)
                {
                    await requests.CompleteAsync(request.JournalSeq, mails, now, cancellationToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Only the type: a message could quote data. The request stays pending and the next run tries again.
                LogExpandFailed(logger, request.Kind, request.JournalSeq, e.GetType().Name);
            }
        }

        return await delivery.RunAsync(now, cancellationToken);
    }

    /// <summary>
    /// The request's mails, or null when they cannot be written yet (a series whose occurrences are not all there) or
    /// the kind is one this version does not know (a newer host's): the request stays pending.
    /// </summary>
    private async Task<IReadOnlyList<RenderedMail>?> RenderAsync(PendingMailRequest request, CancellationToken cancellationToken)
    {
        var entity = Guid.Parse(request.EntityKey);
        switch (request.Kind)
        {
            case MailRequestKind.MeetingScheduled:
                return await invitations.RenderAsync(request.GroupId, entity, cancellationToken);
            case MailRequestKind.MeetingChanged or MailRequestKind.MeetingCancelled or MailRequestKind.MeetingAgendaChanged:
                // In-app first (idempotent by person and sequence): a failure after it leaves the request pending, and the
                // retry writes no second notification.
                await notices.NotifyAsync(request, cancellationToken);
                return await invitations.RenderUpdateAsync(request.GroupId, entity, request.Revision, Notice(request.Kind), cancellationToken);
            case MailRequestKind.SeriesCreated:
                return await invitations.RenderSeriesAsync(request.GroupId, entity, cancellationToken);
            case MailRequestKind.SeriesChanged or MailRequestKind.SeriesCancelled:
                return await seriesNotices.RenderAsync(request, cancellationToken);
            case MailRequestKind.ActionOwnerPerson or MailRequestKind.ActionOwnerOrganisation or MailRequestKind.ActionOwnerBoth:
                // The notifier writes the notifications and their mails (per each person's preferences) in its own transaction.
                await actionOwners.NotifyAsync(request, cancellationToken);
                return [];
            case MailRequestKind.RecordPublished:
                return await records.RenderAsync(request.GroupId, entity, checked((int)request.Revision), request.JournalSeq, cancellationToken);
            default:
                LogUnknownKind(logger, request.Kind, request.JournalSeq);
                return null;
        }
    }

    private static MeetingNotice Notice(string kind) => kind switch
    {
        MailRequestKind.MeetingCancelled => MeetingNotice.Cancelled,
        MailRequestKind.MeetingAgendaChanged => MeetingNotice.AgendaChanged,
        _ => MeetingNotice.Changed,
    };

    [LoggerMessage(LogLevel.Error, "Mail request {Kind} at seq {Seq} could not be expanded ({ErrorType}); the next run retries.")]
    private static partial void LogExpandFailed(ILogger logger, string kind, long seq, string errorType);

    [LoggerMessage(LogLevel.Warning, "Mail request kind {Kind} at seq {Seq} is unknown to this version; left pending.")]
    private static partial void LogUnknownKind(ILogger logger, string kind, long seq);
}
