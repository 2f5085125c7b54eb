namespace Platform.Web.ActionItems;

/// <summary>Links to action items; one step from a follow-up outcome opens the new-item form prefilled (the grain checks the ids).</summary>
public static class ActionLinks
{
    private const int TitleMax = 200;

    /// <summary>The item's own page.</summary>
    public static string Item(Guid groupId, Guid itemId) => $"/groups/{groupId}/actions/{itemId}";

    public static string FromOutcome(Guid groupId, Guid meetingId, Guid outcomeId, Guid agendaItemId, string text) =>
        $"/groups/{groupId}/actions/new?title={Uri.EscapeDataString(text.Length > TitleMax ? text[..TitleMax] : text)}&meeting={meetingId}&outcome={outcomeId}&agendaItem={agendaItemId}";
}
