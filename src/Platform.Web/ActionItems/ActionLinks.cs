namespace Platform.Web.ActionItems;

/// <summary>One step from a follow-up outcome to an action item: the new-item form opens prefilled; the grain checks the ids.</summary>
public static class ActionLinks
{
    private const int TitleMax = 200;

    public static string FromOutcome(Guid groupId, Guid meetingId, Guid outcomeId, Guid agendaItemId, string text) =>
        $"/groups/{groupId}/actions/new?title={Uri.EscapeDataString(text.Length > TitleMax ? text[..TitleMax] : text)}&meeting={meetingId}&outcome={outcomeId}&agendaItem={agendaItemId}";
}
