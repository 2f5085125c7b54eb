using System.Text;

namespace Platform.Messages.Notifications;

/// <summary>The digest's plain-text body in the person's language and zone: what changed, what they owe, what is coming.</summary>
public sealed class DigestComposer(IStringLocalizer<Text> text)
{
    public string Body(DigestSubscriber subscriber, DigestContent content)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(content);
        return MailCulture.In(subscriber.Language, () =>
        {
            var body = new StringBuilder();
            body.AppendLine(text["Digest.Intro"]);
            Section(body, text["Digest.Changes"], content.Changes.Count == 0);
            foreach (var group in content.Changes.GroupBy(c => (c.GroupId, c.GroupName)))
            {
                body.AppendLine(CultureInfo.CurrentCulture, $"{group.Key.GroupName}:");
                foreach (var change in group)
                {
                    body.AppendLine(CultureInfo.CurrentCulture, $"  - {text["Digest.ChangeLine", change.Count, Word("Activity", change.Action), Word("EntityKind", change.EntityKind)]}");
                }
            }

            Section(body, text["Digest.Owed"], content.Owed.Count == 0);
            foreach (var item in content.Owed)
            {
                var due = item.Due is { } d ? text["Digest.DueOn", ViewerClock.Date(d)].Value : text["Digest.NoDueDate"].Value;
                body.AppendLine(CultureInfo.CurrentCulture, $"  - {item.Title} ({item.GroupName}) · {due}");
            }

            var clock = ViewerClock.In(subscriber.TimeZone);
            Section(body, text["Digest.Coming", clock.ZoneName], content.Coming.Count == 0);
            foreach (var meeting in content.Coming)
            {
                body.AppendLine(CultureInfo.CurrentCulture, $"  - {clock.Brief(meeting.StartsUtc)} · {meeting.Title} ({meeting.GroupName})");
            }

            if (content.JournalHead is { } head)
            {
                body.AppendLine().AppendLine(text["Digest.JournalHead", head.Seq, head.HashPrefix]);
            }

            return body.ToString().TrimEnd();
        });
    }

    private void Section(StringBuilder body, string heading, bool empty)
    {
        body.AppendLine().AppendLine(heading);
        if (empty)
        {
            body.AppendLine(CultureInfo.CurrentCulture, $"  {text["Digest.Nothing"]}");
        }
    }

    // Later features journal their own actions; until they add a translation the stored word is shown.
    private string Word(string prefix, string value)
    {
        var word = text[$"{prefix}.{value}"];
        return word.ResourceNotFound ? value.Replace('_', ' ') : word.Value;
    }
}
