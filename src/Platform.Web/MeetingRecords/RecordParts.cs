namespace Platform.Web.MeetingRecords;

/// <summary>
/// Labels for choosing one note or outcome in an edit or correction form: the agenda number (or General), the kind and the whole text
/// (issue 15: two parts that begin alike must not look the same).
/// </summary>
public static class RecordParts
{
    public static IReadOnlyList<(Guid Id, string Label)> Of(MeetingRecordState record, IStringLocalizer<Text> text)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Of(RecordSnapshot.Of(record, []), text);
    }

    public static IReadOnlyList<(Guid Id, string Label)> Of(RecordSnapshot snapshot, IStringLocalizer<Text> text) =>
        [.. Labelled(snapshot, text).Select(p => (p.Id, $"{p.Label}: {p.Text}"))];

    /// <summary>
    /// Every note and outcome in record order, labelled by where it is ("2. Note", "General / other business · Decision 3"):
    /// agenda items by number, then the General section (issue 15), which has no number.
    /// </summary>
    public static IEnumerable<(Guid Id, string Label, string Text, bool Restricted)> Labelled(RecordSnapshot snapshot, IStringLocalizer<Text> text)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(text);
        var sections = AgendaNumbers.Of(snapshot.Items).Select(n => ($"{n.Number}.", n.Item.Notes, n.Item.Outcomes))
            .Append(($"{text["Record.General"]} ·", snapshot.GeneralSection.Notes, snapshot.GeneralSection.Outcomes));
        foreach (var (prefix, notes, outcomes) in sections)
        {
            foreach (var note in notes)
            {
                yield return (note.Id, $"{prefix} {text["Record.Note"]}", note.Text, note.Restricted);
            }

            foreach (var o in outcomes)
            {
                yield return (o.Id, $"{prefix} {(o.DecisionNumber is { } d ? text["Record.DecisionNumbered", d] : text[$"OutcomeKind.{o.Kind}"])}", o.Text, o.Restricted);
            }
        }
    }

    /// <summary>The note or outcome <paramref name="id"/> as <paramref name="snapshot"/> has it, or null.</summary>
    public static (Guid Id, string Text, bool Restricted)? Find(RecordSnapshot snapshot, Guid id)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var sections = snapshot.Items.Select(i => (i.Notes, i.Outcomes)).Append((snapshot.GeneralSection.Notes, snapshot.GeneralSection.Outcomes));
        return sections.SelectMany(i => i.Notes.Select(n => (n.Id, n.Text, n.Restricted)).Concat(i.Outcomes.Select(o => (o.Id, o.Text, o.Restricted))))
            .Where(p => p.Id == id)
            .Select(p => ((Guid, string, bool)?)p)
            .FirstOrDefault();
    }
}
