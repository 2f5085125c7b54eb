namespace Platform.Grains.Meetings;

public sealed partial class MeetingStore
{
    private const string SelectSeriesInvitedAt = "SELECT MIN(invitations_sent_at) FROM meeting WHERE series_id = @seriesId";

    /// <summary>When the series' invitation went out (from whichever occurrence), or null.</summary>
    public async Task<DateTimeOffset?> SeriesInvitedAtAsync(Guid seriesId, CancellationToken cancellationToken = default)
    {
        var sent = await database.ExecuteScalarAsync<string?>(SelectSeriesInvitedAt, new { seriesId }, cancellationToken);
        return StoredTime.ReadOptional(sent);
    }

    /// <summary>
    /// When <paramref name="meeting"/>'s invitations went out: its own, or for an occurrence its series' (sent from
    /// another occurrence, perhaps after the meeting was loaded, so asked of the database when the meeting has none).
    /// </summary>
    public async Task<DateTimeOffset?> InvitedAtAsync(MeetingState meeting, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return meeting.InvitationsSentAt ?? (meeting.SeriesId is { } series ? await SeriesInvitedAtAsync(series, cancellationToken) : null);
    }

    // Served by ix_meeting_invitations_due; a series already invited from another occurrence is not due any more.
    private const string SelectDueInvitations = """
        SELECT m.id AS Id,
               m.invitations_due_by AS DueBy
        FROM meeting m
        WHERE m.invitations_due_at <= @now
          AND m.invitations_sent_at IS NULL
          AND m.status = 'scheduled'
          AND m.ends_utc > @now
          AND NOT EXISTS (
              SELECT 1
              FROM meeting o
              WHERE o.series_id = m.series_id
                AND o.invitations_sent_at IS NOT NULL)
        ORDER BY m.invitations_due_at
        LIMIT @limit
        """;

    /// <summary>Meetings whose planned invitations are due at <paramref name="now"/>, and who planned them, oldest first.</summary>
    public async Task<IReadOnlyList<(Guid Id, string? DueBy)>> DueInvitationsAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(Guid Id, string? DueBy)>(new CommandDefinition(
            SelectDueInvitations, new { now = StoredTime.Write(now), limit }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => (r.Id, r.DueBy))];
    }
}
