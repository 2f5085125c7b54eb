namespace Platform.Grains.MeetingRecords;

/// <summary>One member's attendance; the organisation is the one they sit for in the group.</summary>
[GenerateSerializer, Immutable, Alias("rt.MemberAttendance")]
public sealed record MemberAttendance(string UserId, AttendanceStatus Status);

/// <summary>A guest without an account, named as typed.</summary>
[GenerateSerializer, Immutable, Alias("rt.GuestAttendance")]
public sealed record GuestAttendance(string Name, string Organisation, AttendanceStatus Status);

/// <summary>Sets the members' statuses (recording again updates them) and adds <paramref name="NewGuests"/>.</summary>
[GenerateSerializer, Immutable, Alias("rt.RecordAttendance")]
public sealed record RecordAttendance(IReadOnlyList<MemberAttendance> Members, IReadOnlyList<GuestAttendance> NewGuests, string ActorId);

[GenerateSerializer, Immutable, Alias("rt.AddNote")]
public sealed record AddNote(Guid AgendaItemId, string Text, bool Restricted, string ActorId);

[GenerateSerializer, Immutable, Alias("rt.EditNote")]
public sealed record EditNote(Guid NoteId, string Text, bool Restricted, string ActorId);

/// <summary>Adds an outcome; a decision gets the next number within the meeting.</summary>
[GenerateSerializer, Immutable, Alias("rt.AddOutcome")]
public sealed record AddOutcome(Guid AgendaItemId, OutcomeKind Kind, string Text, bool Restricted, string ActorId);

/// <summary>Edits an outcome's text and restriction; its kind (and so a decision's number) stays.</summary>
[GenerateSerializer, Immutable, Alias("rt.EditOutcome")]
public sealed record EditOutcome(Guid OutcomeId, string Text, bool Restricted, string ActorId);

[GenerateSerializer, Immutable, Alias("rt.MarkAgendaItem")]
public sealed record MarkAgendaItem(Guid AgendaItemId, bool Reached, string ActorId);

/// <summary><paramref name="Confirmed"/>: the person saw what publishing does and who is told, and said yes; without it nothing is published.</summary>
[GenerateSerializer, Immutable, Alias("rt.PublishRecord")]
public sealed record PublishRecord(string ActorId, bool Confirmed);

/// <summary>A changed note or outcome in a correction (<paramref name="Id"/> names either).</summary>
[GenerateSerializer, Immutable, Alias("rt.RecordEdit")]
public sealed record RecordEdit(Guid Id, string Text, bool Restricted);

/// <summary>
/// Applies <paramref name="Edits"/> to a published record and publishes them as the next revision.
/// <paramref name="ExpectedVersion"/> is the revision the form showed: acknowledgements move the row's version, not what it says.
/// </summary>
[GenerateSerializer, Immutable, Alias("rt.CorrectRecord")]
public sealed record CorrectRecord(string Reason, IReadOnlyList<RecordEdit> Edits, string ActorId, long? ExpectedVersion = null)
{
    /// <summary>Issue 15: attendance statuses corrected in the same revision (members and guests, by attendance id).</summary>
    [Id(100)]
    public IReadOnlyList<AttendanceEdit> Attendance { get; init; } = [];

    /// <summary>Issue 15: agenda items whose status is corrected in the same revision.</summary>
    [Id(101)]
    public IReadOnlyList<AgendaStatusEdit> AgendaStatuses { get; init; } = [];
}

/// <summary>A corrected attendance status; <paramref name="AttendanceId"/> names a member's or a guest's row.</summary>
[GenerateSerializer, Immutable, Alias("rt.AttendanceEdit")]
public sealed record AttendanceEdit(Guid AttendanceId, AttendanceStatus Status);

/// <summary>A corrected agenda item status: reached or not reached.</summary>
[GenerateSerializer, Immutable, Alias("rt.AgendaStatusEdit")]
public sealed record AgendaStatusEdit(Guid AgendaItemId, bool Reached);

/// <summary>
/// Lifts the restriction of one note or outcome (<paramref name="PartId"/>); on a published record this publishes the
/// next revision and needs a <paramref name="Reason"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("rt.LiftRestriction")]
public sealed record LiftRestriction(Guid PartId, string? Reason, string ActorId);

/// <summary>Acknowledges <paramref name="Revision"/>, the one the person read; refused when a newer one has been published since.</summary>
[GenerateSerializer, Immutable, Alias("rt.AcknowledgeRecord")]
public sealed record AcknowledgeRecord(string UserId, int Revision);
