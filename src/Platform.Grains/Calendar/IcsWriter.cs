namespace Platform.Grains.Calendar;

/// <summary>
/// Writes meetings as an RFC 5545 calendar, by hand so every line is ours to explain: METHOD:PUBLISH for downloads and
/// feeds, and for a mail to one person (<see cref="ForMail"/>) an iTIP (RFC 5546) REQUEST or CANCEL that their calendar
/// applies to the event it already has (same UID, higher SEQUENCE).
/// </summary>
public static class IcsWriter
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>How often subscribed clients are asked to poll (honoured by Outlook and Apple; Google polls on its own).</summary>
    private const string RefreshInterval = "PT1H";

    /// <param name="siteUrl">Base of meeting links, e.g. <c>https://roundtable.example.org</c>.</param>
    /// <param name="feedName">Set for a subscription feed: X-WR-CALNAME and a refresh interval are written.</param>
    public static string Write(IReadOnlyList<CalendarEvent> events, string siteUrl, DateTimeOffset stamp, string? feedName = null) =>
        Write(events, siteUrl, stamp, feedName, "PUBLISH", null);

    /// <summary>
    /// The calendar file a mail to <paramref name="attendee"/> carries: one meeting as METHOD:REQUEST (an invitation or a
    /// change), or METHOD:CANCEL once it is cancelled, with the organizer and attendee iTIP asks for; several meetings (a
    /// series' invitation) as PUBLISH, since one iTIP message is about one event.
    /// </summary>
    public static string ForMail(IReadOnlyList<CalendarEvent> events, string siteUrl, DateTimeOffset stamp, string organizer, string attendee)
    {
        ArgumentNullException.ThrowIfNull(events);
        return events is [var one]
            ? Write(events, siteUrl, stamp, null, MailMethod(one), (organizer, attendee))
            : Write(events, siteUrl, stamp, null, "PUBLISH", null);
    }

    /// <summary>The METHOD <see cref="ForMail"/> writes for one meeting.</summary>
    public static string MailMethod(CalendarEvent meeting) => meeting?.Cancelled == true ? "CANCEL" : "REQUEST";

    private static string Write(IReadOnlyList<CalendarEvent> events, string siteUrl, DateTimeOffset stamp, string? feedName, string method, (string Organizer, string Attendee)? people)
    {
        var lines = new IcsLines()
            .Raw("BEGIN", "VCALENDAR")
            .Raw("PRODID", "-//Roundtable//Meetings//EN")
            .Raw("VERSION", "2.0")
            .Raw("CALSCALE", "GREGORIAN")
            .Raw("METHOD", method);
        if (feedName is not null)
        {
            lines.Text("X-WR-CALNAME", feedName)
                .Raw("REFRESH-INTERVAL;VALUE=DURATION", RefreshInterval)
                .Raw("X-PUBLISHED-TTL", RefreshInterval);
        }

        foreach (var zone in events.GroupBy(e => e.TimeZone, StringComparer.Ordinal))
        {
            if (IcsTimeZone.Find(zone.Key) is { } known)
            {
                IcsTimeZone.Write(lines, known, Instant.FromDateTimeOffset(zone.Min(e => e.Start)), Instant.FromDateTimeOffset(zone.Max(e => e.End)));
            }
        }

        foreach (var meeting in events)
        {
            Event(lines, meeting, siteUrl.TrimEnd('/'), Instant.FromDateTimeOffset(stamp), people);
        }

        return lines.Raw("END", "VCALENDAR").ToString();
    }

    public static string Uid(Guid meetingId) => $"{meetingId:D}@roundtable";

    public static string MeetingPath(Guid groupId, Guid meetingId) => $"/groups/{groupId:D}/meetings/{meetingId:D}";

    private static void Event(IcsLines lines, CalendarEvent meeting, string siteUrl, Instant stamp, (string Organizer, string Attendee)? people)
    {
        var url = siteUrl + MeetingPath(meeting.GroupId, meeting.MeetingId);
        lines.Raw("BEGIN", "VEVENT")
            .Raw("UID", Uid(meeting.MeetingId))
            .Raw("DTSTAMP", IcsTimeZone.UtcText(stamp));
        DateTime(lines, "DTSTART", meeting.Start, meeting.TimeZone);
        DateTime(lines, "DTEND", meeting.End, meeting.TimeZone);
        lines.Text("SUMMARY", meeting.Title);
        if (Location(meeting) is { } location)
        {
            lines.Text("LOCATION", location);
        }

        if (people is var (organizer, attendee))
        {
            // The organizer is the platform's sender address: answers go through the meeting page, not by mail.
            lines.Raw("ORGANIZER", "mailto:" + organizer)
                .Raw("ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE", "mailto:" + attendee);
        }

        lines.Raw("URL", url)
            .Text("DESCRIPTION", Description(meeting, url))
            .Raw("SEQUENCE", meeting.Sequence.ToString(CultureInfo.InvariantCulture))
            .Raw("STATUS", meeting.Cancelled ? "CANCELLED" : "CONFIRMED")
            .Raw("LAST-MODIFIED", IcsTimeZone.UtcText(Instant.FromDateTimeOffset(meeting.LastModified)))
            .Raw("END", "VEVENT");
    }

    /// <summary>
    /// Local time in the group's zone with TZID. The local time is derived from the stored UTC instant, so it is always
    /// a time that exists in the zone (never one skipped by a daylight-saving jump) and names the same instant.
    /// </summary>
    private static void DateTime(IcsLines lines, string name, DateTimeOffset value, string timeZone)
    {
        var instant = Instant.FromDateTimeOffset(value);
        if (IcsTimeZone.Find(timeZone) is { } zone)
        {
            lines.Raw($"{name};TZID={zone.Id}", IcsTimeZone.LocalText(instant.InZone(zone).LocalDateTime));
        }
        else
        {
            // A zone id tzdb does not know cannot get a VTIMEZONE; UTC is still the right instant.
            lines.Raw(name, IcsTimeZone.UtcText(instant));
        }
    }

    private static string? Location(CalendarEvent meeting) =>
        (meeting.Place?.Trim(), meeting.OnlineLink?.Trim()) switch
        {
            ({ Length: > 0 } place, { Length: > 0 } link) => $"{place}, {link}",
            ({ Length: > 0 } place, _) => place,
            (_, { Length: > 0 } link) => link,
            _ => null,
        };

    private static string Description(CalendarEvent meeting, string url)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(meeting.Description))
        {
            parts.Add(meeting.Description.Trim());
        }

        if (!string.IsNullOrWhiteSpace(meeting.OnlineLink))
        {
            parts.Add(meeting.OnlineLink.Trim());
        }

        parts.Add(url);
        return string.Join("\n\n", parts);
    }
}
