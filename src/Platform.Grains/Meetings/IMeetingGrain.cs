namespace Platform.Grains.Meetings;

/// <summary>One meeting: its time, place, agenda and answers. Refusals throw <see cref="RuleException"/>.</summary>
public interface IMeetingGrain : IGrainWithGuidKey
{
    /// <summary>Schedules a single meeting in the group's time zone; an overlap is the page's warning, not a refusal.</summary>
    Task<MeetingState> ScheduleAsync(ScheduleMeeting command);

    /// <summary>Changes this meeting alone; a series occurrence becomes detached so series edits leave it be.</summary>
    Task<MeetingState> EditAsync(EditMeeting command);

    /// <summary>Cancels the meeting; it stays listed as cancelled.</summary>
    Task<MeetingState> CancelAsync(CancelMeeting command);

    /// <summary>Replaces the agenda with the given lines, in order.</summary>
    Task<MeetingState> SetAgendaAsync(SetAgenda command);

    /// <summary>Records a person's answer; a delegate must act for the same organisation in this group.</summary>
    Task<MeetingResponse> RespondAsync(RespondToMeeting command);

    /// <summary>Creates this meeting as its series' occurrence; asked again for the same series and slot, it changes nothing.</summary>
    Task<MeetingState> CreateOccurrenceAsync(CreateOccurrence command);

    /// <summary>Takes a series edit unless detached, started or already at that series version; true when it changed.</summary>
    Task<bool> ApplySeriesChangeAsync(ApplySeriesChange command);

    /// <summary>Cancels this occurrence with the rest of its series unless cancelled, started or already at that version; true when it changed.</summary>
    Task<bool> CancelFromSeriesAsync(CancelFromSeries command);

    /// <summary>Invites everyone seated now (an occurrence: to its whole series); refused once they were invited.</summary>
    Task<MeetingState> SendInvitationsAsync(SendInvitations command);

    /// <summary>Plans when the invitations go out by themselves (before the start), or calls that off.</summary>
    Task<MeetingState> PlanInvitationsAsync(PlanInvitations command);

    /// <summary>The meeting, or null when it does not exist.</summary>
    Task<MeetingState?> GetAsync();
}
