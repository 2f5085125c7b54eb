namespace Platform.Web.MeetingRecords;

/// <summary>
/// Issue 15: agenda items are numbered from 1 in agenda order on every page and mail. Stored positions are sort keys (the
/// meeting grain writes them from 0, imports may start anywhere), never shown.
/// </summary>
public static class AgendaNumbers
{
    /// <summary>Each item of <paramref name="agenda"/> with its number, in agenda order.</summary>
    public static IEnumerable<(AgendaEntry Item, int Number)> Of(IEnumerable<AgendaEntry> agenda) =>
        agenda.OrderBy(a => a.Position).Select((item, index) => (item, index + 1));

    /// <summary>Each item of a published revision with its number, in agenda order.</summary>
    public static IEnumerable<(SnapshotItem Item, int Number)> Of(IEnumerable<SnapshotItem> items) =>
        items.OrderBy(i => i.Position).Select((item, index) => (item, index + 1));

    /// <summary>The number of agenda item <paramref name="itemId"/>, or null when it is not on the agenda.</summary>
    public static int? Of(IEnumerable<AgendaEntry> agenda, Guid itemId) =>
        Of(agenda).Where(n => n.Item.Id == itemId).Select(n => (int?)n.Number).FirstOrDefault();
}
