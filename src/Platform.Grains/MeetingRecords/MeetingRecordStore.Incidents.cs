namespace Platform.Grains.MeetingRecords;

public sealed partial class MeetingRecordStore
{
    private const string SelectTakesUpIncident = "SELECT COUNT(*) FROM agenda_item WHERE id = @id AND incident_id IS NOT NULL";

    /// <summary>
    /// Whether the agenda item takes up an incident: what is said about it falls under the group's confidentiality rule,
    /// so its notes and outcomes start restricted (the facilitator may lift a part through the record's own lift).
    /// </summary>
    public async Task<bool> TakesUpIncidentAsync(Guid agendaItemId, CancellationToken cancellationToken = default)
    {
        return await database.ExecuteScalarAsync<long>(SelectTakesUpIncident, new { id = agendaItemId }, cancellationToken) > 0;
    }
}
