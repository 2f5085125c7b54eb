namespace Platform.Grains.MeetingRecords;

/// <summary>
/// Why a meeting-record command was refused (<see cref="RuleException{TCode}"/>); forms check some of the same rules before they send.
/// Each code has its words under <c>RecordRule.&lt;Code&gt;</c> in every language. New codes go at the end: hosts of a cluster
/// being upgraded exchange them by number.
/// </summary>
[GenerateSerializer, Alias("rt.RecordRule")]
public enum RecordRule
{
    AgendaItemUnknown,
    AttendanceUnknown,
    Conflict,
    GuestNameRequired,
    GuestOrganisationRequired,
    KindInvalid,
    MeetingNotFound,
    NotConfirmed,
    NotParticipant,
    NotPublished,
    NotRestricted,
    NotStarted,
    NoteUnknown,
    NothingToCorrect,
    OutcomeUnknown,
    PartUnknown,
    PersonNotInvited,
    Published,
    ReasonRequired,
    RevisionOutdated,
    StatusInvalid,
    TextRequired,
    TextTooLong,
}
