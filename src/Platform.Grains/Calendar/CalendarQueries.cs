namespace Platform.Grains.Calendar;

/// <summary>Meetings as calendar events: one meeting for its download, or every meeting of a person's groups for their feed.</summary>
public sealed partial class CalendarQueries(Database database)
{
    /// <summary>How far back a feed reaches: recent meetings stay in calendars, older ones stop being re-sent on every poll.</summary>
    public static readonly TimeSpan FeedHistory = TimeSpan.FromDays(90);

    // LAST-MODIFIED is the meeting's latest journal entry (every change writes one), else its creation.
    private const string SelectMeeting = $"""
        SELECT {MeetingQueries.MeetingColumns},
               m.place AS Place,
               m.online_link AS OnlineLink,
               m.status AS Status,
               m.sequence AS Sequence,
               COALESCE((
                   SELECT MAX(j.occurred_at)
                   FROM journal_entry j
                   WHERE j.working_group_id = m.working_group_id
                     AND j.entity_kind = 'meeting'
                     AND j.entity_key = m.id), m.created_at) AS ModifiedAt
        FROM meeting m
        JOIN working_group g ON g.id = m.working_group_id
        WHERE m.id = @meetingId
          AND m.working_group_id = @groupId
        """;

    /// <summary>The meeting <paramref name="meetingId"/> of group <paramref name="groupId"/>, or null when it is not that group's.</summary>
    public async Task<CalendarEvent?> MeetingAsync(Guid groupId, Guid meetingId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<MeetingRow>(new CommandDefinition(
            SelectMeeting, new { groupId = groupId.ToString(), meetingId = meetingId.ToString() }, cancellationToken: cancellationToken));
        return row is null ? null : (await WithAgendaAsync(connection, [row], cancellationToken))[0];
    }

    // Membership is joined on every fetch: leaving a group removes its meetings from the very next poll.
    private const string SelectFeed = $"""
        SELECT {MeetingQueries.MeetingColumns},
               m.place AS Place,
               m.online_link AS OnlineLink,
               m.status AS Status,
               m.sequence AS Sequence,
               COALESCE(j.modified_at, m.created_at) AS ModifiedAt
        FROM membership s
        JOIN working_group g ON g.id = s.working_group_id
        JOIN meeting m ON m.working_group_id = s.working_group_id
        LEFT JOIN (
            SELECT entity_key,
                   MAX(occurred_at) AS modified_at
            FROM journal_entry
            WHERE entity_kind = 'meeting'
              AND working_group_id IN (SELECT working_group_id FROM membership WHERE user_id = @userId)
            GROUP BY entity_key) j ON j.entity_key = m.id
        WHERE s.user_id = @userId
          AND m.starts_utc >= @from
        ORDER BY m.starts_utc, m.id
        """;

    /// <summary>Every meeting, cancelled ones included, of every group <paramref name="userId"/> sits in now, from <see cref="FeedHistory"/> ago on.</summary>
    public async Task<IReadOnlyList<CalendarEvent>> FeedAsync(string userId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<MeetingRow>(new CommandDefinition(
            SelectFeed, new { userId, from = StoredTime.Write(now - FeedHistory) }, cancellationToken: cancellationToken));
        return await WithAgendaAsync(connection, [.. rows], cancellationToken);
    }
}
