namespace Platform.Grains.MeetingRecords;

/// <summary>
/// One meeting's record as its grain holds it. <see cref="Revision"/> 0 is a draft; from 1 on it is published and
/// read-only except through corrections. <see cref="Version"/> is the meeting_record row's version (0: no row yet).
/// </summary>
[GenerateSerializer, Immutable, Alias("rt.MeetingRecordState")]
public sealed record MeetingRecordState(
    Guid MeetingId,
    Guid GroupId,
    string Title,
    MeetingStart When,
    bool NonAttribution,
    IReadOnlyList<AgendaEntry> Agenda,
    IReadOnlyList<AttendanceEntry> Attendance,
    IReadOnlyList<NoteEntry> Notes,
    IReadOnlyList<OutcomeEntry> Outcomes,
    int Revision,
    long Version)
{
    public bool IsPublished => Revision > 0;

    public int NextDecisionNumber => Outcomes.Select(o => o.DecisionNumber ?? 0).DefaultIfEmpty(0).Max() + 1;

    /// <summary>
    /// Issue 15: whether the General section's row exists yet (migration 0027). Its id is <see cref="GeneralId"/>; notes
    /// and outcomes recorded under it carry that id as their agenda item, and it is never in <see cref="Agenda"/>.
    /// </summary>
    [Id(100)]
    public bool HasGeneralSection { get; init; }

    /// <summary>The General section's id: the meeting's own, so a form or a link names it without a lookup.</summary>
    public Guid GeneralId => MeetingId;

    /// <summary>True when <paramref name="agendaItemId"/> names the General section rather than an agenda item.</summary>
    public bool IsGeneral(Guid agendaItemId) => agendaItemId == MeetingId;
}

/// <summary>When the meeting was held: local time in the group's zone (what people agreed) and the UTC instant.</summary>
[GenerateSerializer, Immutable, Alias("rt.MeetingStart")]
public sealed record MeetingStart(string StartsLocal, string TimeZone, DateTimeOffset StartsUtc);

[GenerateSerializer, Immutable, Alias("rt.AgendaEntry")]
public sealed record AgendaEntry(Guid Id, int Position, string Title, AgendaItemStatus Status);

/// <summary>A member (UserId set) or a guest (UserId null), with the names as recorded.</summary>
[GenerateSerializer, Immutable, Alias("rt.AttendanceEntry")]
public sealed record AttendanceEntry(Guid Id, string? UserId, Guid? OrganisationId, string Name, string Organisation, AttendanceStatus Status);

[GenerateSerializer, Immutable, Alias("rt.NoteEntry")]
public sealed record NoteEntry(Guid Id, Guid AgendaItemId, string Text, bool Restricted, DateTimeOffset CreatedAt);

[GenerateSerializer, Immutable, Alias("rt.OutcomeEntry")]
public sealed record OutcomeEntry(Guid Id, Guid AgendaItemId, OutcomeKind Kind, int? DecisionNumber, string Text, bool Restricted, DateTimeOffset CreatedAt);
