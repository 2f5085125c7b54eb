namespace Platform.Grains.Notifications;

/// <summary>
/// What a notification is about; a person can turn e-mail off per kind. Stored as snake_case text
/// (meeting_record, meeting_reminder, action_due_soon, action_overdue, action_escalated, record_follow_up, digest,
/// incident_follow_up, incident_received).
/// </summary>
public enum NotificationKind
{
    MeetingRecord,
    MeetingReminder,
    ActionDueSoon,
    ActionOverdue,
    ActionEscalated,
    RecordFollowUp,
    Digest,
    IncidentFollowUp,
    IncidentReceived,
}
