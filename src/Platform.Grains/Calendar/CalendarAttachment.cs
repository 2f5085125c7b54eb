namespace Platform.Grains.Calendar;

/// <summary>
/// The calendar entry a meeting mail carries as a file the mail program offers to apply: REQUEST with the meeting's
/// SEQUENCE (raised by every change) or CANCEL, so the event already in the reader's calendar moves or goes; a series'
/// invitation (several meetings) as PUBLISH. Machine text (UTC stamps, TZID local times), never read as such by a person.
/// </summary>
public static class CalendarAttachment
{
    /// <summary>The file for a mail to <paramref name="attendee"/>; null when there is no meeting to put in it.</summary>
    public static MailAttachment? For(IReadOnlyList<CalendarEvent> events, string siteUrl, DateTimeOffset stamp, string organizer, string attendee)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return null;
        }

        var method = events is [var one] ? IcsWriter.MailMethod(one) : "PUBLISH";
        var content = IcsWriter.ForMail(events, siteUrl, stamp, organizer, attendee);
        return new MailAttachment(method == "CANCEL" ? "cancel.ics" : "invite.ics", $"text/calendar; method={method}; charset=utf-8", content);
    }
}
