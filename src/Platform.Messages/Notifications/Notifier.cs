using Platform.Grains.Events;
using Platform.Grains.Storage;

namespace Platform.Messages.Notifications;

/// <summary>
/// The one <see cref="INotifier"/>: notifications and their mails in one transaction (<see cref="NotificationWriter"/>),
/// each mail in the recipient's language with an absolute link and a footer pointing at the preferences page; after
/// the commit, one <see cref="NotificationsCreated"/> naming who got something new.
/// </summary>
public sealed class Notifier(NotificationWriter writer, IStringLocalizer<Text> text, PublicUrl urls, IEventBus events, TimeProvider time) : INotifier
{
    public const string PreferencesPath = "/account/notifications";

    public async Task<int> NotifyAsync(IReadOnlyList<NotificationRequest> requests, CancellationToken cancellationToken = default)
    {
        var created = await writer.WriteAsync(requests, Compose, time.GetUtcNow(), cancellationToken);
        if (created.Count > 0)
        {
            await events.PublishAsync(new NotificationsCreated([.. created.Select(r => r.UserId).Distinct(StringComparer.Ordinal)]), cancellationToken);
        }

        return created.Count;
    }

    /// <summary>
    /// One notification: subject and body from <c>{K}.Subject</c> and <c>{K}.Body</c> (or the pre-composed body). Several
    /// of one kind at once: one mail listing each in-app line with its link. Always in the recipient's language.
    /// </summary>
    public OutgoingMail Compose(NotificationRecipient recipient, IReadOnlyList<NotificationRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(requests);
        return MailCulture.In(recipient.PreferredLanguage, () =>
        {
            var footer = $"\n\n-- \n{text["Notifications.MailFooter", urls.For(PreferencesPath)].Value}\n";
            if (requests is [var request])
            {
                var args = request.Arguments.ToArray<object>();
                var body = request.MailBody ?? text[$"{request.MessageKey}.Body", args].Value;
                var link = request.Link is null ? "" : $"\n\n{Absolute(request.Link)}";
                return new OutgoingMail(recipient.Email, text[$"{request.MessageKey}.Subject", args], body + link + footer);
            }

            var lines = requests.Select(r => $"- {text[r.MessageKey, [.. r.Arguments]].Value}{(r.Link is null ? "" : $"\n  {Absolute(r.Link)}")}");
            var kind = text[$"Notifications.Kind.{EnumText.ToText(requests[0].Kind)}"].Value;
            return new OutgoingMail(
                recipient.Email,
                text["Notifications.Many.Subject", requests.Count, kind],
                text["Notifications.Many.Body", requests.Count, kind] + "\n\n" + string.Join('\n', lines) + footer);
        });
    }

    private string Absolute(string link) =>
        link.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || link.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? link : urls.For(link);
}
