namespace Platform.Grains.Notifications;

/// <summary>
/// What a notification is about; a person can turn e-mail off per kind. Stored as snake_case text
/// (meeting_record, meeting_reminder, action_due_soon, action_overdue, action_escalated, record_follow_up, digest,
/// incident_follow_up, incident_received, meeting_changed, action_assigned).
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

    /// <summary>A meeting one is invited to was moved, cancelled or got a new agenda (its mail carries the calendar file).</summary>
    MeetingChanged,

    /// <summary>An action item became one's own, or one's organisation's.</summary>
    ActionAssigned,
}
