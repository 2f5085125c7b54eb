namespace Platform.Grains.Meetings;

/// <summary>
/// Why a meeting or series command was refused (<see cref="RuleException{TCode}"/>); forms check some of the same rules before they send.
/// Each code has its words under <c>MeetingRule.&lt;Code&gt;</c> in every language. New codes go at the end: hosts of a cluster
/// being upgraded exchange them by number.
/// </summary>
[GenerateSerializer, Alias("rt.MeetingRule")]
public enum MeetingRule
{
    AgendaIncidentUnknown,
    AgendaItemHasRecord,
    AgendaItemRepeated,
    AgendaItemUnknown,
    AgendaTitleRequired,
    AgendaTitleTooLong,
    AlreadyCancelled,
    AlreadyExists,
    Conflict,
    DateInvalid,
    DelegateOtherOrganisation,
    DurationInvalid,
    EndBeforeStart,
    FirstDateMoved,
    GroupNotFound,
    InvitationsAlreadySent,
    InvitationsDueAfterStart,
    InvitationsDuePast,
    InvitationsTooLate,
    MeetingNotFound,
    MinutesInvalid,
    NoOccurrences,
    NotConfirmed,
    NotInSeries,
    NotInvited,
    OnlineLinkInvalid,
    PlaceTooLong,
    PresenterNotMember,
    ResponseInvalid,
    RuleInvalid,
    SeriesNotFound,
    TimeInvalid,
    TimeZoneUnknown,
    TitleRequired,
    TitleTooLong,
    UntilBeforeFirst,
    WeekOfMonthInvalid,
    WeekdayInvalid,
}
