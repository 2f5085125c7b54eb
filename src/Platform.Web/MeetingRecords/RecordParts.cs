using Microsoft.Extensions.Localization;
using Platform.Grains.MeetingRecords;
using Platform.Web.Localization;

namespace Platform.Web.MeetingRecords;

/// <summary>
/// Labels for choosing one note or outcome in an edit or correction form: the agenda number, the kind and the whole text
/// (issue 15: two parts that begin alike must not look the same).
/// </summary>
public static class RecordParts
{
    public static IReadOnlyList<(Guid Id, string Label)> Of(MeetingRecordState record, IStringLocalizer<Text> text)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Of(RecordSnapshot.Of(record, []), text);
    }

    public static IReadOnlyList<(Guid Id, string Label)> Of(RecordSnapshot snapshot, IStringLocalizer<Text> text)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<(Guid, string)>();
        foreach (var (item, number) in AgendaNumbers.Of(snapshot.Items))
        {
            parts.AddRange(item.Notes.Select(n => (n.Id, $"{number}. {text["Record.Note"]}: {n.Text}")));
            parts.AddRange(item.Outcomes.Select(o => (o.Id,
                $"{number}. {(o.DecisionNumber is { } d ? text["Record.DecisionNumbered", d] : text[$"OutcomeKind.{o.Kind}"])}: {o.Text}")));
        }

        return parts;
    }

    /// <summary>The note or outcome <paramref name="id"/> as <paramref name="snapshot"/> has it, or null.</summary>
    public static (Guid Id, string Text, bool Restricted)? Find(RecordSnapshot snapshot, Guid id)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Items.SelectMany(i => i.Notes.Select(n => (n.Id, n.Text, n.Restricted)).Concat(i.Outcomes.Select(o => (o.Id, o.Text, o.Restricted))))
            .Where(p => p.Id == id)
            .Select(p => ((Guid, string, bool)?)p)
            .FirstOrDefault();
    }
}
