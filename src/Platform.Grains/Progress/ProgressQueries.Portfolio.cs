namespace Platform.Grains.Progress;

public sealed partial class ProgressQueries
{
    private readonly PortfolioCache cache = new();

    private const string SelectVersions = """
        SELECT working_group_id AS GroupId,
               MAX(seq) AS Seq
        FROM journal_entry
        WHERE working_group_id IN @groupIds
        GROUP BY working_group_id
        """;

    /// <summary>
    /// The portfolio's figures: each group's tally from <see cref="PortfolioCache"/> when it is still current, read
    /// again (the same queries as the group summary's period figures) when not; genders and types read every time.
    /// </summary>
    private async Task<IReadOnlyList<GroupProgress>> PortfolioFiguresAsync(IReadOnlyList<GroupRow> groups, ReportPeriod period, CancellationToken cancellationToken)
    {
        if (groups.Count == 0)
        {
            return [];
        }

        var now = time.GetUtcNow();
        Dictionary<string, long> versions;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            var rows = await connection.QueryAsync<(string GroupId, long Seq)>(new CommandDefinition(
                SqlDialects.Of(connection).Lists(SelectVersions), new { groupIds = groups.Select(g => g.Id).ToList() }, cancellationToken: cancellationToken));
            versions = rows.ToDictionary(r => r.GroupId, r => r.Seq, StringComparer.Ordinal);
        }

        var entries = new Dictionary<string, PortfolioCache.Entry>(StringComparer.Ordinal);
        var stale = new List<GroupRow>();
        foreach (var group in groups)
        {
            if (cache.Find(group.Id, period, versions.GetValueOrDefault(group.Id), now, Fields(group)) is { } entry)
            {
                entries[group.Id] = entry;
            }
            else
            {
                stale.Add(group);
            }
        }

        foreach (var (id, entry) in await ReadEntriesAsync(stale, period, now, versions, cancellationToken))
        {
            cache.Keep(id, period, entry);
            entries[id] = entry;
        }

        var genders = ReadAsync(GendersAsync, cancellationToken);
        var types = ReadAsync(TypesAsync, cancellationToken);
        var (genderOf, typeOf) = (await genders, await types);
        return [.. groups.Select(g => Build(entries[g.Id], genderOf, typeOf, period, now))];
    }

    /// <summary>Reads the tallies of <paramref name="groups"/> as of <paramref name="now"/>, each with how long it holds.</summary>
    private async Task<IReadOnlyList<(string GroupId, PortfolioCache.Entry Entry)>> ReadEntriesAsync(
        IReadOnlyList<GroupRow> groups, ReportPeriod period, DateTimeOffset now, Dictionary<string, long> versions, CancellationToken cancellationToken)
    {
        if (groups.Count == 0)
        {
            return [];
        }

        var tallies = groups.ToDictionary(
            g => g.Id,
            g => new GroupTally(Guid.Parse(g.Id), g.Name, g.Country, EnumText.Parse<MeetingCadence>(g.Cadence), g.TimeZone, StoredTime.Read(g.CreatedAt), period.MonthCount),
            StringComparer.Ordinal);
        var presence = groups.ToDictionary(g => g.Id, _ => new Presence(), StringComparer.Ordinal);
        var scope = new Scope([.. tallies.Keys], StoredTime.Write(period.FromUtc), StoredTime.Write(period.ToUtc < now ? period.ToUtc : now));
        // As in FiguresAsync, independent reads side by side; the item pass and the next-change pass share the tallies'
        // NextChange, so they run one after the other on one connection.
        await Task.WhenAll(
            ReadAsync((c, ct) => ReadMeetingsAsync(c, scope, period, tallies, ct), cancellationToken),
            ReadAsync((c, ct) => ReadPresenceAsync(c, scope, tallies, presence, ct), cancellationToken),
            ReadAsync(
                async (c, ct) =>
                {
                    await ReadItemsAsync(c, scope, period, now, tallies, ct);
                    await ReadNextChangesAsync(c, scope, tallies, ct);
                },
                cancellationToken),
            ReadAsync((c, ct) => ReadCommitmentsAsync(c, scope, tallies, ct), cancellationToken));
        return [.. groups.Select(g => (g.Id, new PortfolioCache.Entry(
            versions.GetValueOrDefault(g.Id),
            now,
            ValidUntil(tallies[g.Id], period, now),
            Fields(g),
            tallies[g.Id],
            [.. presence[g.Id].People],
            [.. presence[g.Id].Organisations])))];
    }

    // The same rows as SelectPeriodAttendance, one line per person and organisation attended for, so that the distinct
    // counts can be made from each request's genders and types.
    private const string SelectPresence = """
        SELECT m.working_group_id AS GroupId,
               a.user_id AS UserId,
               a.organisation_id AS OrganisationId,
               COUNT(*) AS Marked,
               SUM(CASE WHEN a.status = 'present' THEN 1 ELSE 0 END) AS Present
        FROM attendance a
        JOIN meeting m ON m.id = a.meeting_id
        WHERE m.working_group_id IN @groupIds
          AND m.status = 'scheduled'
          AND m.starts_utc >= @from
          AND m.starts_utc < @until
        GROUP BY m.working_group_id, a.user_id, a.organisation_id
        """;

    private static async Task ReadPresenceAsync(DbConnection connection, Scope scope, Dictionary<string, GroupTally> tallies, Dictionary<string, Presence> presence, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<PresenceRow>(new CommandDefinition(
            SqlDialects.Of(connection).Lists(SelectPresence), new { groupIds = scope.GroupIds, from = scope.From, until = scope.Until }, cancellationToken: cancellationToken));
        foreach (var row in rows)
        {
            var (tally, present) = (tallies[row.GroupId], presence[row.GroupId]);
            if (row.UserId is not null)
            {
                tally.PeriodInvited += row.Marked;
                tally.PeriodPresent += row.Present;
            }

            if (row.Present > 0)
            {
                if (row.UserId is { } user)
                {
                    present.People.Add(user);
                }

                if (row.OrganisationId is { } organisation)
                {
                    present.Organisations.Add(organisation);
                }
            }
        }
    }

    // Rows stamped at or after now (a meeting yet to start, a clock a little ahead on another host) change the tally
    // when the clock reaches them: the entry holds until the earliest.
    private const string SelectNextChanges = """
        SELECT working_group_id AS GroupId, MIN(starts_utc) AS At
        FROM meeting
        WHERE working_group_id IN @groupIds AND starts_utc >= @until
        GROUP BY working_group_id
        UNION ALL
        SELECT working_group_id, MIN(created_at)
        FROM action_item
        WHERE working_group_id IN @groupIds AND created_at >= @until
        GROUP BY working_group_id
        UNION ALL
        SELECT working_group_id, MIN(created_at)
        FROM commitment
        WHERE working_group_id IN @groupIds AND created_at >= @until
        GROUP BY working_group_id
        """;

    private static async Task ReadNextChangesAsync(DbConnection connection, Scope scope, Dictionary<string, GroupTally> tallies, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<(string GroupId, string At)>(new CommandDefinition(
            SqlDialects.Of(connection).Lists(SelectNextChanges), new { groupIds = scope.GroupIds, until = scope.Until }, cancellationToken: cancellationToken));
        foreach (var row in rows)
        {
            tallies[row.GroupId].NoteChange(row.At);
        }
    }

    // Every person who said "woman" or "prefer not to say", and every organisation's type, read on each view: gender and
    // type changes leave no journal entry for a group. Whole tables rather than the ≈4,000 people present: a parameter
    // list that long kept the warm portfolio at ≈120 ms of CPU on SQLite. Attendance rows keep their person (foreign
    // key), so everyone present has a gender: declared = present − "prefer not to say".
    private const string SelectGenders = """
        SELECT id AS Id,
               gender AS Gender
        FROM user_account
        WHERE gender IN ('woman', 'prefer_not_to_say')
        """;

    private static async Task<Genders> GendersAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var genders = new Genders();
        foreach (var (id, gender) in await connection.QueryAsync<(string Id, string Gender)>(new CommandDefinition(SelectGenders, cancellationToken: cancellationToken)))
        {
            (gender == "woman" ? genders.Women : genders.NotStated).Add(id);
        }

        return genders;
    }

    private const string SelectTypes = """
        SELECT id AS Id,
               stakeholder_type AS StakeholderType
        FROM organisation
        """;

    private static async Task<Dictionary<string, string>> TypesAsync(DbConnection connection, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<(string Id, string StakeholderType)>(new CommandDefinition(SelectTypes, cancellationToken: cancellationToken)))
            .ToDictionary(r => r.Id, r => r.StakeholderType, StringComparer.Ordinal);

    private static GroupProgress Build(PortfolioCache.Entry entry, Genders genders, Dictionary<string, string> types, ReportPeriod period, DateTimeOffset now)
    {
        var women = entry.PresentPeople.Count(genders.Women.Contains);
        var declared = entry.PresentPeople.Count - entry.PresentPeople.Count(genders.NotStated.Contains);
        var typeCount = entry.PresentOrganisations.Select(types.GetValueOrDefault).OfType<string>().Distinct(StringComparer.Ordinal).Count();
        return ProgressCalculator.Build(entry.Tally.WithPeople(women, declared, typeCount), period, now);
    }

    /// <summary>The period's end, the group's next local midnight or its next stamped row, whichever comes first.</summary>
    private static DateTimeOffset ValidUntil(GroupTally tally, ReportPeriod period, DateTimeOffset now)
    {
        if (now >= period.ToUtc)
        {
            return DateTimeOffset.MaxValue;
        }

        var zone = DateTimeZoneProviders.Tzdb[tally.TimeZone];
        var midnight = Instant.FromDateTimeOffset(now).InZone(zone).Date.PlusDays(1).AtStartOfDayInZone(zone).ToDateTimeOffset();
        var until = Min(period.ToUtc, midnight);
        return tally.NextChange is { } next ? Min(until, StoredTime.Read(next)) : until;
    }

    private static string Fields(GroupRow g) => string.Join('\n', g.Name, g.Country, g.Cadence, g.TimeZone, g.CreatedAt);

    private sealed class Genders
    {
        public HashSet<string> Women { get; } = new(StringComparer.Ordinal);

        public HashSet<string> NotStated { get; } = new(StringComparer.Ordinal);
    }

    private sealed class Presence
    {
        public HashSet<string> People { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Organisations { get; } = new(StringComparer.Ordinal);
    }

    // Settable properties: a NULL in the first row would make Dapper guess a constructor's types.
    private sealed class PresenceRow
    {
        public string GroupId { get; init; } = "";
        public string? UserId { get; init; }
        public string? OrganisationId { get; init; }
        public long Marked { get; init; }
        public long Present { get; init; }
    }
}
