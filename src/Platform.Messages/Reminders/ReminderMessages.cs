using Platform.Grains.Reminders;

namespace Platform.Messages.Reminders;

/// <summary>
/// Turns what the scans found into notification requests, with arguments written in each recipient's language and on
/// their wall clock. Message keys K have three resources: K (in-app line), K.Subject and K.Body (mail).
/// </summary>
public sealed class ReminderMessages(PublicUrl urls)
{
    public NotificationRequest Meeting(DueMeetingReminder due)
    {
        ArgumentNullException.ThrowIfNull(due);
        var page = $"/groups/{due.GroupId:D}/meetings/{due.MeetingId:D}";
        var clock = ViewerClock.In(due.To.TimeZone);
        var args = In(due.To.Language, () => [due.GroupName, due.Title, clock.Full(due.StartsUtc), clock.ZoneName, urls.For(page + "/ics")]);
        return new(due.To.UserId, due.GroupId, NotificationKind.MeetingReminder, "Reminder.Meeting", args, page, due.DedupeKey);
    }

    public static NotificationRequest Item(DueItemReminder due)
    {
        ArgumentNullException.ThrowIfNull(due);
        var key = due.Kind == ItemReminderKind.DueSoon ? "Reminder.ActionDueSoon" : "Reminder.ActionOverdue";
        var kind = due.Kind == ItemReminderKind.DueSoon ? NotificationKind.ActionDueSoon : NotificationKind.ActionOverdue;
        var args = In(due.To.Language, () => [due.GroupName, due.Title, ViewerClock.LongDate(due.DueDate)]);
        return new(due.To.UserId, due.GroupId, kind, key, args, $"/groups/{due.GroupId:D}/actions/{due.ItemId:D}", due.DedupeKey);
    }

    public static IEnumerable<NotificationRequest> Escalation(DueEscalation due)
    {
        ArgumentNullException.ThrowIfNull(due);
        var key = due.Reason == EscalationReason.Overdue ? "Reminder.EscalatedOverdue" : "Reminder.EscalatedStale";
        var link = $"/groups/{due.GroupId:D}/actions/{due.ItemId:D}";
        return due.Facilitators.Select(f => new NotificationRequest(f.UserId, due.GroupId, NotificationKind.ActionEscalated, key,
            In(f.Language, () => [due.GroupName, due.Title, due.Days.ToString("N0", CultureInfo.CurrentCulture)]), link, due.DedupeKey));
    }

    public static NotificationRequest RecordFollowUp(DueRecordFollowUp due)
    {
        ArgumentNullException.ThrowIfNull(due);
        var clock = ViewerClock.In(due.To.TimeZone);
        var args = In(due.To.Language, () =>
            [due.GroupName, due.Title, clock.Full(due.PublishedAt), due.Revision.ToString(CultureInfo.CurrentCulture)]);
        return new(due.To.UserId, due.GroupId, NotificationKind.RecordFollowUp, "Reminder.RecordFollowUp", args,
            $"/groups/{due.GroupId:D}/meetings/{due.MeetingId:D}/record", due.DedupeKey);
    }

    private static string[] In(string language, Func<string[]> format)
    {
        // Both cultures: dates read the formatting culture. Async-local, so only this flow changes.
        var (ui, formatting) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        var culture = CultureInfo.GetCultureInfo(SupportedCultures.Match(language) ?? SupportedCultures.Default);
        (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (culture, culture);
        try
        {
            return format();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formatting);
        }
    }
}
