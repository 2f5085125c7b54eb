namespace Platform.Grains.Mail;

/// <summary>
/// A mail a grain's change calls for, written with that change (<c>GrainPersistence</c>) and rendered later by the delivery
/// job: <paramref name="Kind"/> is one of <see cref="MailRequestKind"/>, <paramref name="EntityKey"/> the meeting, series or
/// record it is about, <paramref name="Revision"/> the meeting's sequence or the record's revision.
/// </summary>
public sealed record MailRequest(string Kind, Guid GroupId, string EntityKey, long Revision);

/// <summary>A request as stored, named by the journal entry of the change that wrote it.</summary>
public sealed record PendingMailRequest(long JournalSeq, string Kind, Guid GroupId, string EntityKey, long Revision);

/// <summary>The kinds of <see cref="MailRequest"/>; each has one renderer in the web project.</summary>
public static class MailRequestKind
{
    public const string MeetingScheduled = "meeting_scheduled";

    public const string SeriesCreated = "series_created";

    /// <summary>A series changed or was cancelled from a date on: one notice about every meeting the change reached.</summary>
    public const string SeriesChanged = "series_changed";

    public const string SeriesCancelled = "series_cancelled";

    public const string MeetingChanged = "meeting_changed";

    public const string MeetingCancelled = "meeting_cancelled";

    public const string MeetingAgendaChanged = "meeting_agenda_changed";

    public const string RecordPublished = "record_published";

    /// <summary>An action item got a new owner person (or organisation, or both): they are told in-app, and by mail per their preferences.</summary>
    public const string ActionOwnerPerson = "action_owner_person";

    public const string ActionOwnerOrganisation = "action_owner_organisation";

    public const string ActionOwnerBoth = "action_owner_both";
}

/// <summary>One mail a request expands to, for the person it is addressed to.</summary>
public sealed record RenderedMail(string UserId, OutgoingMail Mail);
