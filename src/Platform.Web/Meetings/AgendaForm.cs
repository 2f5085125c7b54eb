namespace Platform.Web.Meetings;

/// <summary>Between the agenda form and the grain's <see cref="SetAgenda"/>: lines in the order their positions say.</summary>
public static class AgendaForm
{
    /// <summary>The form for an agenda: one line per item and a blank one to add an item.</summary>
    public static AgendaInput From(IReadOnlyList<AgendaItem> agenda)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        var lines = agenda.Select((item, i) => new AgendaLineInput
        {
            Id = item.Id.ToString(),
            Title = item.Title,
            Presenter = item.PresenterUserId,
            Minutes = item.MinutesAllotted?.ToString(CultureInfo.InvariantCulture),
            Position = (i + 1).ToString(CultureInfo.InvariantCulture),
            Incident = item.IncidentId?.ToString(),
        }).ToList();
        lines.Add(new AgendaLineInput());
        return new AgendaInput { Lines = lines };
    }

    /// <summary>
    /// After a save refused as stale: the lines as the person typed them, then the saved items their form did not know,
    /// so saving again keeps what the other person added. A line naming an item removed meanwhile becomes a new line.
    /// </summary>
    public static AgendaInput Merged(AgendaInput typed, AgendaInput saved)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(saved);
        var savedIds = saved.Lines.Select(l => l.Id).Where(id => !string.IsNullOrEmpty(id)).ToHashSet();
        var kept = (typed.Lines ?? []).Where(l => string.IsNullOrEmpty(l.Id) || savedIds.Contains(l.Id) || !l.Remove).ToList();
        foreach (var line in kept.Where(l => !string.IsNullOrEmpty(l.Id) && !savedIds.Contains(l.Id)))
        {
            line.Id = null;
        }

        var known = kept.Select(l => l.Id).ToHashSet();
        var added = saved.Lines.Where(l => !string.IsNullOrEmpty(l.Id) && !known.Contains(l.Id)).Select(l => { l.Position = null; return l; });
        return new AgendaInput { Lines = [.. kept, .. added], Carry = typed.Carry, Version = saved.Version };
    }

    /// <summary>
    /// The lines kept, ordered by the positions typed (ties keep form order), a filled blank line, then the carried
    /// backlog items. A minutes value that is not a number becomes 0, which the grain refuses with a message.
    /// </summary>
    public static IReadOnlyList<AgendaLine> Lines(AgendaInput input, IReadOnlyList<AgendaLine> carried)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(carried);
        var kept = (input.Lines ?? [])
            .Select((line, index) => (line, index))
            .Where(x => !x.line.Remove && (!string.IsNullOrEmpty(x.line.Id) || !string.IsNullOrWhiteSpace(x.line.Title)))
            .OrderBy(x => int.TryParse(x.line.Position, NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : int.MaxValue)
            .ThenBy(x => x.index)
            .Select(x => new AgendaLine(
                Guid.TryParse(x.line.Id, out var id) ? id : null,
                x.line.Title ?? "",
                string.IsNullOrEmpty(x.line.Presenter) ? null : x.line.Presenter,
                string.IsNullOrWhiteSpace(x.line.Minutes) ? null : int.TryParse(x.line.Minutes, NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) ? m : 0,
                null,
                Guid.TryParse(x.line.Incident, out var incident) ? incident : null));
        return [.. kept, .. carried];
    }
}
