namespace Platform.Grains.MeetingRecords;

/// <summary>One meeting's record, keyed by the meeting id. Refusals throw <see cref="RuleException"/>.</summary>
public interface IMeetingRecordGrain : IGrainWithGuidKey
{
    /// <summary>Sets members' attendance and adds guests; refused before the meeting starts and once published.</summary>
    Task<MeetingRecordState> RecordAttendanceAsync(RecordAttendance command);

    /// <summary>Adds a note to an agenda item; refused once published.</summary>
    Task<MeetingRecordState> AddNoteAsync(AddNote command);

    /// <summary>Changes a note's text or restricts it (never lifts a restriction); refused once published (use a correction).</summary>
    Task<MeetingRecordState> EditNoteAsync(EditNote command);

    /// <summary>Adds an outcome; decisions are numbered 1..n within the meeting.</summary>
    Task<MeetingRecordState> AddOutcomeAsync(AddOutcome command);

    /// <summary>Changes an outcome's text or restricts it (never lifts a restriction); refused once published (use a correction).</summary>
    Task<MeetingRecordState> EditOutcomeAsync(EditOutcome command);

    /// <summary>Marks an agenda item reached or not reached (not reached items go to the series backlog).</summary>
    Task<MeetingRecordState> MarkAgendaItemAsync(MarkAgendaItem command);

    /// <summary>Publishes revision 1 (confirmed, once the meeting has started) and notifies every participant; the record becomes read-only.</summary>
    Task<MeetingRecordState> PublishAsync(PublishRecord command);

    /// <summary>Applies edits to a published record as revision n+1 with a reason; a restricted part stays restricted.</summary>
    Task<MeetingRecordState> CorrectAsync(CorrectRecord command);

    /// <summary>Makes a restricted part readable by observers; once published, as revision n+1 with a reason.</summary>
    Task<MeetingRecordState> LiftRestrictionAsync(LiftRestriction command);

    /// <summary>Records that a participant acknowledged the latest revision; repeating it changes nothing.</summary>
    Task<MeetingRecordState> AcknowledgeAsync(AcknowledgeRecord command);

    /// <summary>The record, or null when the meeting does not exist.</summary>
    Task<MeetingRecordState?> GetAsync();
}
