using System.Net.Mail;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Platform.Grains.Events;
using Platform.Grains.Journal;
using Platform.Grains.Mail;
using Platform.Grains.MeetingRecords;
using Platform.Web.Accounts;
using Platform.Web.Localization;
using Platform.Web.Notifications;

namespace Platform.Web.MeetingRecords;

/// <summary>
/// E-mails every participant when a record is published or corrected, each in their own language, with a link to it.
/// The in-app notifications were written in the publishing transaction; mail follows the commit, so a mail server
/// that is down never blocks or undoes a publication.
/// </summary>
public sealed partial class RecordMailer(IEventBus events, RecordMailQueries queries, JournalQueries journal, IStringLocalizer<Text> text, PublicUrl urls, IMailSender sender, ILogger<RecordMailer> logger)
    : IHostedService, IDisposable
{
    private IDisposable? subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        subscription = events.Subscribe<RecordPublished>(SendAsync);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        subscription?.Dispose();
        subscription = null;
    }

    /// <summary>Sends one mail per participant; one failed address does not stop the others.</summary>
    public async Task SendAsync(RecordPublished published, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(published);
        var (groupName, title) = await queries.NamesAsync(published.MeetingId, cancellationToken);
        var link = urls.For($"/groups/{published.GroupId:D}/meetings/{published.MeetingId:D}/record");

        // The publishing entry is the journal's head at that moment; each inbox keeps a copy outside the server.
        var head = await journal.HeadAtAsync(published.Seq, cancellationToken);
        foreach (var recipient in await queries.RecipientsAsync(published.Participants, cancellationToken))
        {
            var mail = MailCulture.In(recipient.Language, () => published.Revision == 1
                ? new OutgoingMail(recipient.Email, text["Mail.RecordPublished.Subject", title, groupName], text["Mail.RecordPublished.Body", title, groupName, link] + HeadLine(head) + Footer())
                : new OutgoingMail(recipient.Email, text["Mail.RecordCorrected.Subject", title, groupName], text["Mail.RecordCorrected.Body", title, groupName, published.Revision, link] + HeadLine(head) + Footer()));
            try
            {
                await sender.SendAsync(mail, cancellationToken);
            }
            catch (Exception e) when (e is SmtpException or IOException or UnauthorizedAccessException)
            {
                // Only the exception type: SMTP error messages can quote the recipient's address.
                LogSendFailed(logger, e.GetType().Name);
            }
        }
    }

    private string HeadLine(JournalHead? head) => head is null ? "" : $"\n\n{text["Record.JournalHead", head.Seq, head.HashPrefix]}";

    private string Footer() => $"\n\n-- \n{text["Notifications.MailFooter", urls.For("/account/notifications")]}\n";

    [LoggerMessage(LogLevel.Warning, "Could not send a meeting-record e-mail ({ErrorType}).")]
    private static partial void LogSendFailed(ILogger logger, string errorType);
}
