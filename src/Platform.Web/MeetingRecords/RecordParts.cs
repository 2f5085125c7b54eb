using Microsoft.Extensions.Localization;
using Platform.Grains.MeetingRecords;
using Platform.Web.Localization;

namespace Platform.Web.MeetingRecords;

/// <summary>Short labels for choosing one note or outcome in an edit or correction form.</summary>
public static class RecordParts
{
    private const int Shown = 60;

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
        foreach (var item in snapshot.Items)
        {
            parts.AddRange(item.Notes.Select(n => (n.Id, $"{item.Position}. {text["Record.Note"]}: {Short(n.Text)}")));
            parts.AddRange(item.Outcomes.Select(o => (o.Id,
                $"{item.Position}. {(o.DecisionNumber is { } d ? text["Record.DecisionNumbered", d] : text[$"OutcomeKind.{o.Kind}"])}: {Short(o.Text)}")));
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

    private static string Short(string value) => value.Length <= Shown ? value : string.Concat(value.AsSpan(0, Shown), "…");
}
