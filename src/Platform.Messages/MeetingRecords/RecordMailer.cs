using Platform.Grains.MeetingRecords;

namespace Platform.Messages.MeetingRecords;

/// <summary>
/// Writes the mail every participant gets when a record is published or corrected, each in their own language, with a
/// link to it. The grain's publishing transaction wrote the in-app notifications and a mail request; the delivery job
/// renders the request here (<see cref="MailDispatch"/>), so a mail server that is down never blocks or undoes a publication.
/// </summary>
public sealed class RecordMailer(RecordMailQueries queries, MeetingRecordStore records, JournalQueries journal, IStringLocalizer<Text> text, PublicUrl urls)
{
    /// <summary>One mail per participant of <paramref name="revision"/>, published by journal entry <paramref name="seq"/>.</summary>
    public async Task<IReadOnlyList<RenderedMail>> RenderAsync(Guid groupId, Guid meetingId, int revision, long seq, CancellationToken cancellationToken = default)
    {
        if (await records.SnapshotAsync(meetingId, revision, cancellationToken) is not { } snapshot)
        {
            return [];
        }

        var (groupName, title) = await queries.NamesAsync(meetingId, cancellationToken);
        var link = urls.For($"/groups/{groupId:D}/meetings/{meetingId:D}/record");

        // The publishing entry is the journal's head at that moment; each inbox keeps a copy outside the server.
        var head = await journal.HeadAtAsync(seq, cancellationToken);
        var recipients = await queries.RecipientsAsync([.. snapshot.Participants.Select(p => p.UserId)], cancellationToken);
        return [.. recipients.Select(recipient => new RenderedMail(recipient.UserId, MailCulture.In(recipient.Language, () => revision == 1
            ? new OutgoingMail(recipient.Email, text["Mail.RecordPublished.Subject", title, groupName], text["Mail.RecordPublished.Body", title, groupName, link] + HeadLine(head) + Footer())
            : new OutgoingMail(recipient.Email, text["Mail.RecordCorrected.Subject", title, groupName], text["Mail.RecordCorrected.Body", title, groupName, revision, link] + HeadLine(head) + Footer()))))];
    }

    private string HeadLine(JournalHead? head) => head is null ? "" : $"\n\n{text["Record.JournalHead", head.Seq, head.HashPrefix]}";

    private string Footer() => $"\n\n-- \n{text["Notifications.MailFooter", urls.For("/account/notifications")]}\n";
}
