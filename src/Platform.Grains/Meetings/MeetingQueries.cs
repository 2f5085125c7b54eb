namespace Platform.Grains.Meetings;

/// <summary>Lists behind the calendar, "upcoming meetings", the overlap warning and the backlog; SQL, not grain fan-outs.</summary>
public sealed partial class MeetingQueries(Database database)
{
    /// <summary>What every list of meetings reads of a meeting m and its group g (the calendar's entries too).</summary>
    internal const string MeetingColumns = """
        m.id AS Id,
               m.working_group_id AS GroupId,
               g.name AS GroupName,
               m.title AS Title,
               m.starts_utc AS StartsUtc,
               m.ends_utc AS EndsUtc,
               m.time_zone AS TimeZone
        """;

    private const string SelectList = $"""
        SELECT {MeetingColumns},
               m.status AS Status
        FROM meeting m
        JOIN working_group g ON g.id = m.working_group_id
        """;

    private const string SelectBetween = $"""
        {SelectList}
        WHERE m.working_group_id = @groupId
          AND m.starts_utc >= @from
          AND m.starts_utc < @to
        ORDER BY m.starts_utc, m.title
        """;

    /// <summary>The group's meetings starting in [from, to), cancelled ones included.</summary>
    public async Task<IReadOnlyList<MeetingListItem>> BetweenAsync(Guid groupId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var rows = await database.QueryAsync<ListRow>(SelectBetween, new { groupId, from, to }, cancellationToken);
        return [.. rows.Select(r => r.ToView())];
    }

    private const string SelectUpcoming = $"""
        {SelectList}
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
        var rows = await database.QueryAsync<ListRow>(SelectUpcoming, new { userId, now, count }, cancellationToken);
        return [.. rows.Select(r => r.ToView())];
    }

    private const string SelectOverlapping = $"""
        {SelectList}
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
        var rows = await database.QueryAsync<ListRow>(SelectOverlapping, new
        {
            groupId,
            startsUtc,
            endsUtc,
            exceptId = exceptId is { } e ? e.ToString("D") : "",
        }, cancellationToken);
        return [.. rows.Select(r => r.ToView())];
    }

    private sealed class ListRow
    {
        public Guid Id { get; set; }
        public Guid GroupId { get; set; }
        public string GroupName { get; set; } = "";
        public string Title { get; set; } = "";
        public DateTimeOffset StartsUtc { get; set; }
        public DateTimeOffset EndsUtc { get; set; }
        public string TimeZone { get; set; } = "";
        public string Status { get; set; } = "";

        public MeetingListItem ToView() => new(Id, GroupId, GroupName, Title, StartsUtc, EndsUtc, TimeZone, EnumText.Parse<MeetingStatus>(Status));
    }
}
