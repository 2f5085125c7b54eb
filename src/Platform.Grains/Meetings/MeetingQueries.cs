using Platform.Grains.Storage;

namespace Platform.Grains.Meetings;

/// <summary>Lists behind the calendar, "upcoming meetings", the overlap warning and the backlog; SQL, not grain fan-outs.</summary>
public sealed partial class MeetingQueries(Database database)
{
    private const string SelectBetween = """
        SELECT m.id AS Id,
               m.working_group_id AS GroupId,
               g.name AS GroupName,
               m.title AS Title,
               m.starts_utc AS StartsUtc,
               m.ends_utc AS EndsUtc,
               m.time_zone AS TimeZone,
               m.status AS Status
        FROM meeting m
        JOIN working_group g ON g.id = m.working_group_id
        WHERE m.working_group_id = @groupId
          AND m.starts_utc >= @from
          AND m.starts_utc < @to
        ORDER BY m.starts_utc, m.title
        """;

    /// <summary>The group's meetings starting in [from, to), cancelled ones included.</summary>
    public async Task<IReadOnlyList<MeetingListItem>> BetweenAsync(Guid groupId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ListRow>(new CommandDefinition(SelectBetween, new { groupId, from = StoredTime.Write(from), to = StoredTime.Write(to) }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToView())];
    }

    private const string SelectUpcoming = """
        SELECT m.id AS Id,
               m.working_group_id AS GroupId,
               g.name AS GroupName,
               m.title AS Title,
               m.starts_utc AS StartsUtc,
               m.ends_utc AS EndsUtc,
               m.time_zone AS TimeZone,
               m.status AS Status
        FROM meeting m
        JOIN working_group g ON g.id = m.working_group_id
        JOIN membership s ON s.working_group_id = m.working_group_id
        WHERE s.user_id = @userId
          AND m.ends_utc > @now
          AND m.status = 'scheduled'
        ORDER BY m.starts_utc, m.title
        LIMIT @count
        """;

    /// <summary>The next meetings across the groups the person sits in, not yet ended, cancelled ones left out.</summary>
    public async Task<IReadOnlyList<MeetingListItem>> UpcomingAsync(string userId, DateTimeOffset now, int count, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ListRow>(new CommandDefinition(SelectUpcoming, new { userId, now = StoredTime.Write(now), count }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToView())];
    }

    private const string SelectOverlapping = """
        SELECT m.id AS Id,
               m.working_group_id AS GroupId,
               g.name AS GroupName,
               m.title AS Title,
               m.starts_utc AS StartsUtc,
               m.ends_utc AS EndsUtc,
               m.time_zone AS TimeZone,
               m.status AS Status
        FROM meeting m
        JOIN working_group g ON g.id = m.working_group_id
        WHERE m.working_group_id = @groupId
          AND m.status = 'scheduled'
          AND m.starts_utc < @endsUtc
          AND m.ends_utc > @startsUtc
          AND m.id <> @exceptId
        ORDER BY m.starts_utc
        """;

    /// <summary>Scheduled meetings of the group that overlap [starts, ends): a warning, never a refusal.</summary>
    public async Task<IReadOnlyList<MeetingListItem>> OverlappingAsync(Guid groupId, DateTimeOffset startsUtc, DateTimeOffset endsUtc, Guid? exceptId = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ListRow>(new CommandDefinition(SelectOverlapping, new
        {
            groupId,
            startsUtc = StoredTime.Write(startsUtc),
            endsUtc = StoredTime.Write(endsUtc),
            exceptId = exceptId is { } e ? e.ToString("D") : "",
        }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToView())];
    }

    private sealed class ListRow
    {
        public string Id { get; set; } = "";
        public string GroupId { get; set; } = "";
        public string GroupName { get; set; } = "";
        public string Title { get; set; } = "";
        public string StartsUtc { get; set; } = "";
        public string EndsUtc { get; set; } = "";
        public string TimeZone { get; set; } = "";
        public string Status { get; set; } = "";

        public MeetingListItem ToView() => new(Guid.Parse(Id), Guid.Parse(GroupId), GroupName, Title, StoredTime.Read(StartsUtc), StoredTime.Read(EndsUtc), TimeZone, EnumText.Parse<MeetingStatus>(Status));
    }
}
