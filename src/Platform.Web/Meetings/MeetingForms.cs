namespace Platform.Web.Meetings;

// Form models bound by [SupplyParameterFromForm]. Everything arrives as text and is checked on the server, so a
// tampered or missing value becomes a message next to its field rather than a binding failure.

public sealed class MeetingInput
{
    [Display(Name = "Meeting.TitleField")]
    public string? Title { get; set; }
    [Display(Name = "Meeting.Date")]
    public string? Date { get; set; }
    [Display(Name = "Edit.StartTime")]
    public string? StartTime { get; set; }
    [Display(Name = "Edit.EndTime")]
    public string? EndTime { get; set; }
    [Display(Name = "Meeting.Place")]
    public string? Place { get; set; }
    [Display(Name = "Meeting.OnlineLink")]
    public string? OnlineLink { get; set; }

    /// <summary><c>once</c>, or a recurrence rule's text (<c>weekly</c>, <c>monthly_nth_weekday</c>, <c>quarterly</c>).</summary>
    public string? Repeat { get; set; }
    public string? Weekday { get; set; }
    public string? WeekOfMonth { get; set; }
    public string? Until { get; set; }

    /// <summary>For a series occurrence: <c>this</c> occurrence only, or <c>following</c> (this and the rest).</summary>
    public string? Scope { get; set; }

    /// <summary>
    /// The first meeting's date the form showed when the rule moved it off the date typed (a hidden field, ISO); the
    /// series is created only when it still matches.
    /// </summary>
    public string? ConfirmFirst { get; set; }

    /// <summary>Set by the second submit after the overlap warning ("schedule anyway"); no JavaScript needed.</summary>
    public bool ConfirmOverlap { get; set; }

    /// <summary>Backlog items ticked to carry to the new meeting's agenda.</summary>
    public List<string> Carry { get; set; } = [];

    /// <summary>
    /// Only when scheduling: <c>now</c> sends the invitations with the meeting (and the agenda carried to it); anything
    /// else leaves them for the facilitator to preview and send, or to plan, from the meeting page.
    /// </summary>
    public string? Invite { get; set; }

    /// <summary>Only when editing: the meeting's edit version the form showed (a hidden field).</summary>
    public long Version { get; set; }
}

public sealed class AgendaInput
{
    public List<AgendaLineInput> Lines { get; set; } = [];

    /// <summary>Backlog items (earlier agenda items not dealt with) ticked to carry to this meeting.</summary>
    public List<string> Carry { get; set; } = [];

    /// <summary>The agenda as a person reads it, one item a line, for comparing with what is saved now.</summary>
    [Display(Name = "Agenda.Title")]
    public IEnumerable<string> Items => (Lines ?? []).Where(l => !l.Remove && !string.IsNullOrWhiteSpace(l.Title))
        .Select(l => string.IsNullOrWhiteSpace(l.Minutes) ? l.Title!.Trim() : $"{l.Title!.Trim()} ({l.Minutes.Trim()} min)");

    /// <summary>The meeting's edit version the agenda form showed (a hidden field).</summary>
    public long Version { get; set; }
}

public sealed class AgendaLineInput
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Presenter { get; set; }
    public string? Minutes { get; set; }
    public string? Position { get; set; }
    /// <summary>The id of the incident the item takes up, or empty.</summary>
    public string? Incident { get; set; }
    public bool Remove { get; set; }
}

public sealed class RsvpInput
{
    public string? Response { get; set; }
    public string? Delegate { get; set; }
}

public sealed class CancelInput
{
    /// <summary><c>this</c> occurrence only, or <c>following</c>.</summary>
    public string? Scope { get; set; }

    /// <summary>Sent only by the confirmation page's "yes" form; the grain refuses a cancellation without it.</summary>
    public bool Confirmed { get; set; }
}

/// <summary>When planned invitations go out: a date and time on the facilitator's own clock.</summary>
public sealed class InvitationPlanInput
{
    public string? Date { get; set; }
    public string? Time { get; set; }
}
