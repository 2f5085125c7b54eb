namespace Platform.Web.WorkingGroups;

/// <summary>
/// One activity entry as a sentence: the text before what it names, that name (<see cref="Subject"/>) with the page it links
/// to, and the text after. The sentence is one resource per entity kind and action (<c>Feed.meeting.cancelled</c>: "{0}
/// cancelled the meeting {1}."), so each language orders its own words; an action no sentence covers yet reads "{0} made a
/// change to {1}." rather than a stored key.
/// </summary>
public sealed record ActivitySentence(string Before, string? Subject, string? Link, string After)
{
    private const string Placeholder = "{1}";

    public static ActivitySentence Of(IStringLocalizer<Text> text, Guid groupId, ActivityView entry)
    {
        var actor = entry.ActorName ?? text["Activity.Someone"];
        var format = text[$"Feed.{entry.EntityKind}.{entry.Action}"];
        if (format.ResourceNotFound)
        {
            format = text[Named(entry.EntityKind) ? "Feed.Other" : "Feed.OtherNoSubject"];
        }

        // The actor's name is data, never part of the format: it is put in after the format is split.
        var at = format.Value.IndexOf(Placeholder, StringComparison.Ordinal);
        if (at < 0)
        {
            return new ActivitySentence(Fill(format.Value, actor), null, null, "");
        }

        var subject = entry.Subject is { Length: > 0 } named ? Short(named) : text["Feed.Unnamed"].Value;
        return new ActivitySentence(
            Fill(format.Value[..at], actor), subject, entry.Subject is null ? null : PageOf(groupId, entry), Fill(format.Value[(at + Placeholder.Length)..], actor));
    }

    /// <summary>Where the entry's subject is read, for the kinds that have a page of their own.</summary>
    private static string? PageOf(Guid groupId, ActivityView entry) => entry.EntityKind switch
    {
        "working_group" => $"/groups/{groupId}",
        "meeting" or "agenda_item" => $"/groups/{groupId}/meetings/{entry.EntityKey}",
        "meeting_record" => $"/groups/{groupId}/meetings/{entry.EntityKey}/record",
        "meeting_series" => $"/groups/{groupId}/meetings",
        "action_item" => $"/groups/{groupId}/actions/{entry.EntityKey}",
        "commitment" => $"/groups/{groupId}/commitments/{entry.EntityKey}",
        _ => null,
    };

    private static bool Named(string kind) =>
        kind is "working_group" or "meeting" or "agenda_item" or "meeting_record" or "meeting_series" or "action_item" or "commitment" or "membership";

    private static string Fill(string part, string actor) => part.Replace("{0}", actor, StringComparison.Ordinal);

    private static string Short(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 79), "…");
}
