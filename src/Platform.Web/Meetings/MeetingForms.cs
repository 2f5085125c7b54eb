namespace Platform.Web.Meetings;

// Form models bound by [SupplyParameterFromForm]. Everything arrives as text and is checked on the server, so a
// tampered or missing value becomes a message next to its field rather than a binding failure.

public sealed class MeetingInput
{
    public string? Title { get; set; }
    public string? Date { get; set; }
    public string? StartTime { get; set; }
    public string? EndTime { get; set; }
    public string? Place { get; set; }
    public string? OnlineLink { get; set; }

    /// <summary><c>once</c>, or a recurrence rule's text (<c>weekly</c>, <c>monthly_nth_weekday</c>, <c>quarterly</c>).</summary>
    public string? Repeat { get; set; }
    public string? Weekday { get; set; }
    public string? WeekOfMonth { get; set; }
    public string? Until { get; set; }

    /// <summary>For a series occurrence: <c>this</c> occurrence only, or <c>following</c> (this and the rest).</summary>
    public string? Scope { get; set; }

    /// <summary>Set by the second submit after the overlap warning ("schedule anyway"); no JavaScript needed.</summary>
    public bool ConfirmOverlap { get; set; }

    /// <summary>Backlog items ticked to carry to the new meeting's agenda.</summary>
    public List<string> Carry { get; set; } = [];
}

public sealed class AgendaInput
{
    public List<AgendaLineInput> Lines { get; set; } = [];

    /// <summary>Backlog items (earlier agenda items not dealt with) ticked to carry to this meeting.</summary>
    public List<string> Carry { get; set; } = [];
}

public sealed class AgendaLineInput
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Presenter { get; set; }
    public string? Minutes { get; set; }
    public string? Position { get; set; }
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
}
