namespace Platform.Grains.Meetings;

public sealed partial class MeetingStore
{
    private const string SelectIncidentOpen = """
        SELECT COUNT(*)
        FROM incident
        WHERE id = @incidentId
          AND working_group_id = @groupId
          AND status <> 'closed'
        """;

    /// <summary>Whether <paramref name="incidentId"/> is an open incident of the group (an agenda item may take it up).</summary>
    public async Task<bool> IncidentOpenInGroupAsync(Guid groupId, Guid incidentId, CancellationToken cancellationToken = default)
    {
        return await database.ExecuteScalarAsync<long>(SelectIncidentOpen, new { incidentId, groupId }, cancellationToken) > 0;
    }
}
