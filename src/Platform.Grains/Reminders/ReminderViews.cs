namespace Platform.Grains.Reminders;

/// <summary>Who is told, and how to write to them: their language and their wall clock.</summary>
public sealed record Recipient(string UserId, string Language, string TimeZone);

/// <summary>A meeting reminder due now for one person; <paramref name="OffsetMinutes"/> is the rule offset it answers.</summary>
public sealed record DueMeetingReminder(
    Guid MeetingId, Guid GroupId, string GroupName, string Title, DateTimeOffset StartsUtc, int OffsetMinutes, Recipient To, string DedupeKey);

/// <summary>Which action-item reminder: a few days before the due date, or the day after it.</summary>
public enum ItemReminderKind
{
    DueSoon,
    Overdue,
}

/// <summary>An action-item reminder due now for one owner (a person, or someone acting for the owning organisation).</summary>
public sealed record DueItemReminder(
    Guid ItemId, Guid GroupId, string GroupName, string Title, LocalDate DueDate, ItemReminderKind Kind, Recipient To, string DedupeKey);

/// <summary>Why the facilitators are told about an item; stored as 'overdue' / 'stale'.</summary>
public enum EscalationReason
{
    Overdue,
    Stale,
}

/// <summary>
/// An item to escalate. <paramref name="Basis"/> is the fact it was computed from (the due date, or the instant of the
/// last update) and <paramref name="Days"/> how many days overdue or without update, for the message.
/// </summary>
public sealed record DueEscalation(
    Guid ItemId, Guid GroupId, string GroupName, string Title, EscalationReason Reason, string Basis, int Days, IReadOnlyList<Recipient> Facilitators)
{
    public string DedupeKey => $"action-escalated:{ItemId:D}:{(Reason == EscalationReason.Overdue ? "overdue" : "stale")}:{Basis}";
}

/// <summary>A participant who has not acknowledged the latest revision of a record three days after it was published.</summary>
public sealed record DueRecordFollowUp(
    Guid MeetingId, Guid GroupId, string GroupName, string Title, int Revision, DateTimeOffset PublishedAt, Recipient To, string DedupeKey);
