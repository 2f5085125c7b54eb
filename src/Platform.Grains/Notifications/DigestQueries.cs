namespace Platform.Grains.Notifications;

/// <summary>
/// What the weekly digest reads: who wants one, when they last had one, and — only for groups where they hold a seat —
/// what happened (journal actions counted, no summaries or names), what they owe and which meetings are coming.
/// </summary>
public sealed class DigestQueries(Database database)
{
    private const string SelectSubscribers = """
        SELECT u.id AS Id,
               u.preferred_language AS Language,
               u.time_zone AS TimeZone,
               COALESCE(d.weekday, 1) AS Weekday,
               COALESCE(d.hour, 8) AS Hour
        FROM user_account u
        LEFT JOIN digest_preference d ON d.user_id = u.id
        WHERE COALESCE(d.enabled, TRUE) = TRUE
          AND EXISTS (SELECT 1 FROM membership m WHERE m.user_id = u.id)
        ORDER BY u.id
        """;

    /// <summary>Everyone seated somewhere who has not turned the digest off, with their schedule.</summary>
    public async Task<IReadOnlyList<DigestSubscriber>> SubscribersAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Id, string Language, string TimeZone, long Weekday, long Hour)>(
            new CommandDefinition(SelectSubscribers, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new DigestSubscriber(r.Id, r.Language, r.TimeZone, (int)r.Weekday, (int)r.Hour))];
    }

    private const string SelectDigestKeys = """
        SELECT user_id AS UserId,
               dedupe_key AS DedupeKey,
               created_at AS CreatedAt
        FROM notification
        WHERE kind = 'digest'
          AND created_at > @since
        """;

    /// <summary>Digests sent after <paramref name="since"/>: by person, their dedupe keys and when.</summary>
    public async Task<ILookup<string, (string DedupeKey, DateTimeOffset CreatedAt)>> RecentDigestsAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string UserId, string? DedupeKey, DateTimeOffset CreatedAt)>(
            new CommandDefinition(SelectDigestKeys, new { since = StoredTime.Write(since) }, cancellationToken: cancellationToken));
        return rows.ToLookup(r => r.UserId, r => (r.DedupeKey ?? "", r.CreatedAt), StringComparer.Ordinal);
    }

    private const string SelectChanges = """
        SELECT g.id AS GroupId,
               g.name AS GroupName,
               j.entity_kind AS EntityKind,
               j.action AS Action,
               COUNT(*) AS Count
        FROM journal_entry j
        JOIN membership m ON m.working_group_id = j.working_group_id AND m.user_id = @userId
        JOIN working_group g ON g.id = j.working_group_id
        WHERE j.occurred_at > @since
          AND j.occurred_at <= @now
          AND j.entity_kind NOT IN @keptKinds
        GROUP BY g.id, g.name, j.entity_kind, j.action
        ORDER BY g.name, g.id, j.entity_kind, j.action
        """;

    private const string SelectOwed = """
        SELECT g.name AS GroupName,
               a.title AS Title,
               a.due_date AS DueDate
        FROM action_item a
        JOIN membership m ON m.working_group_id = a.working_group_id AND m.user_id = @userId
        JOIN working_group g ON g.id = a.working_group_id
        WHERE a.owner_user_id = @userId
          AND a.status IN ('open', 'in_progress', 'blocked')
        ORDER BY a.due_date IS NULL, a.due_date, a.created_at
        LIMIT 50
        """;

    private const string SelectComing = """
        SELECT g.name AS GroupName,
               mt.title AS Title,
               mt.starts_utc AS StartsUtc
        FROM meeting mt
        JOIN membership m ON m.working_group_id = mt.working_group_id AND m.user_id = @userId
        JOIN working_group g ON g.id = mt.working_group_id
        WHERE mt.status = 'scheduled'
          AND mt.starts_utc >= @now
          AND mt.starts_utc < @until
        ORDER BY mt.starts_utc
        LIMIT 50
        """;

    // Only for facilitators: the head in their inboxes, week after week, is a copy of the chain's anchor off the server.
    private const string SelectHeadForFacilitator = """
        SELECT seq AS Seq,
               hash AS Hash
        FROM journal_entry
        WHERE EXISTS (SELECT 1 FROM membership m WHERE m.user_id = @userId AND m.role = 'facilitator')
        ORDER BY seq DESC
        LIMIT 1
        """;

    /// <summary>The digest's three parts for one person; meetings from <paramref name="now"/> to 14 days later.</summary>
    public async Task<DigestContent> ContentAsync(string userId, DateTimeOffset since, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var nowText = StoredTime.Write(now);
        var changes = await connection.QueryAsync<(Guid GroupId, string GroupName, string EntityKind, string Action, long Count)>(
            new CommandDefinition(
                SqlDialects.Of(connection).Lists(SelectChanges),
                new { userId, since = StoredTime.Write(since), now = nowText, keptKinds = Incidents.IncidentAudience.KeptKinds },
                cancellationToken: cancellationToken));
        var owed = await connection.QueryAsync<(string GroupName, string Title, string? DueDate)>(
            new CommandDefinition(SelectOwed, new { userId }, cancellationToken: cancellationToken));
        var coming = await connection.QueryAsync<(string GroupName, string Title, DateTimeOffset StartsUtc)>(
            new CommandDefinition(SelectComing, new { userId, now = nowText, until = StoredTime.Write(now.AddDays(14)) }, cancellationToken: cancellationToken));
        var head = await connection.QuerySingleOrDefaultAsync<Journal.JournalHead>(
            new CommandDefinition(SelectHeadForFacilitator, new { userId }, cancellationToken: cancellationToken));
        return new DigestContent(
            [.. changes.Select(c => new DigestChange(c.GroupId, c.GroupName, c.EntityKind, c.Action, (int)c.Count))],
            [.. owed.Select(o => new DigestOwed(o.GroupName, o.Title, o.DueDate is null ? null : DateOnly.ParseExact(o.DueDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))],
            [.. coming.Select(c => new DigestMeeting(c.GroupName, c.Title, c.StartsUtc))])
        {
            JournalHead = head,
        };
    }
}

public sealed record DigestSubscriber(string UserId, string Language, string TimeZone, int Weekday, int Hour);

public sealed record DigestContent(IReadOnlyList<DigestChange> Changes, IReadOnlyList<DigestOwed> Owed, IReadOnlyList<DigestMeeting> Coming)
{
    /// <summary>The whole journal's head, for facilitators only (null for others and while the journal is empty).</summary>
    public Journal.JournalHead? JournalHead { get; init; }

    public bool IsEmpty => Changes.Count == 0 && Owed.Count == 0 && Coming.Count == 0;
}

public sealed record DigestChange(Guid GroupId, string GroupName, string EntityKind, string Action, int Count);

public sealed record DigestOwed(string GroupName, string Title, DateOnly? Due);

public sealed record DigestMeeting(string GroupName, string Title, DateTimeOffset StartsUtc);
