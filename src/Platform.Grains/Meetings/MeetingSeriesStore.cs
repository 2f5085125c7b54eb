namespace Platform.Grains.Meetings;

/// <summary>
/// A series row as stored: its pattern, the time and place its occurrences share, its version, and what that version
/// asks of its occurrences (<see cref="Change"/> from <see cref="ChangeFrom"/> on) until each has taken it.
/// </summary>
public sealed record SeriesState(Guid Id, Guid GroupId, SeriesPattern Pattern, SeriesChanges Details, string TimeZone, long Version, DateTimeOffset CreatedAt)
{
    public SeriesChange Change { get; init; } = SeriesChange.Created;

    public LocalDate? ChangeFrom { get; init; }

    /// <summary>The slots created with the series: twelve months from the day it was created (or its first date), the last day excluded.</summary>
    public IReadOnlyList<LocalDate> PlannedSlots()
    {
        var zone = WallClock.Zone(TimeZone) ?? throw RuleException.Of(MeetingRule.TimeZoneUnknown);
        var created = Instant.FromDateTimeOffset(CreatedAt).InZone(zone).Date;

        // So a monthly series has twelve occurrences rather than thirteen.
        var horizon = LocalDate.Max(created, Pattern.FirstDate).PlusMonths(12).PlusDays(-1);
        return Pattern.DatesBetween(Pattern.FirstDate, horizon);
    }
}

/// <summary>The meeting_series row; only the series grain writes it. Its occurrences' rows belong to their meeting grains.</summary>
public sealed class MeetingSeriesStore(Database database)
{
    private const string SelectSeries = """
        SELECT working_group_id AS GroupId,
               title AS Title,
               rule AS Rule,
               weekday AS Weekday,
               week_of_month AS WeekOfMonth,
               start_time_local AS StartTime,
               duration_minutes AS DurationMinutes,
               time_zone AS TimeZone,
               first_date AS FirstDate,
               until_date AS UntilDate,
               place AS Place,
               online_link AS OnlineLink,
               version AS Version,
               change_kind AS ChangeKind,
               change_from AS ChangeFrom,
               created_at AS CreatedAt
        FROM meeting_series
        WHERE id = @id
        """;

    public async Task<SeriesState?> LoadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var row = await database.QuerySingleOrDefaultAsync<SeriesRow>(SelectSeries, new { id }, cancellationToken);
        return row is null ? null : new SeriesState(
            id,
            row.GroupId,
            new SeriesPattern(
                EnumText.Parse<RecurrenceRule>(row.Rule),
                (IsoDayOfWeek)row.Weekday,
                row.WeekOfMonth,
                row.FirstDate,
                row.UntilDate),
            new SeriesChanges(row.Title, row.StartTime, row.DurationMinutes, row.Place, row.OnlineLink),
            row.TimeZone,
            row.Version,
            row.CreatedAt)
        {
            Change = EnumText.Parse<SeriesChange>(row.ChangeKind),
            ChangeFrom = row.ChangeFrom,
        };
    }

    private const string SelectOccurrenceIds = "SELECT id FROM meeting WHERE series_id = @id ORDER BY series_slot";

    /// <summary>The ids of the series' occurrences, in slot order.</summary>
    public async Task<IReadOnlyList<Guid>> OccurrenceIdsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        return [.. await database.QueryAsync<Guid>(SelectOccurrenceIds, new { id }, cancellationToken)];
    }

    /// <summary>The series' occurrences, in slot order, without their agendas.</summary>
    public async Task<IReadOnlyList<MeetingState>> OccurrencesAsync(Guid id, MeetingStore meetings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        var occurrences = new List<MeetingState>();
        foreach (var occurrence in await OccurrenceIdsAsync(id, cancellationToken))
        {
            occurrences.Add((await meetings.LoadAsync(occurrence, cancellationToken))!);
        }

        return occurrences;
    }

    private const string MarkSettled = "UPDATE meeting_series SET settled_version = @version WHERE id = @id AND settled_version < @version";

    /// <summary>Records that every occurrence has been asked about the series' <paramref name="version"/>.</summary>
    public async Task MarkSettledAsync(Guid id, long version, CancellationToken cancellationToken = default)
    {
        await database.ExecuteAsync(MarkSettled, new { id, version }, cancellationToken);
    }

    private const string SelectSettled = "SELECT settled_version FROM meeting_series WHERE id = @id";

    /// <summary>Whether the series' <paramref name="version"/> (or a later one) has reached every occurrence it asks about.</summary>
    public async Task<bool> IsSettledAsync(Guid id, long version, CancellationToken cancellationToken = default)
    {
        var settled = await database.ExecuteScalarAsync<long?>(SelectSettled, new { id }, cancellationToken);
        return settled >= version;
    }

    private const string SelectUnsettled = "SELECT id FROM meeting_series WHERE settled_version < version ORDER BY id";

    /// <summary>Series whose latest change has not reached every occurrence (the host stopped half-way).</summary>
    public async Task<IReadOnlyList<Guid>> UnsettledAsync(CancellationToken cancellationToken = default)
    {
        return [.. await database.QueryAsync<Guid>(SelectUnsettled, cancellationToken: cancellationToken)];
    }

    private const string InsertSeriesRow = """
        INSERT INTO meeting_series (id, working_group_id, title, rule, weekday, week_of_month, start_time_local,
                                    duration_minutes, time_zone, first_date, until_date, place, online_link, version,
                                    change_kind, change_from, created_at)
        VALUES (@id, @groupId, @title, @rule, @weekday, @weekOfMonth, @startTime,
                @durationMinutes, @timeZone, @firstDate, @untilDate, @place, @onlineLink, @version,
                @changeKind, @changeFrom, @createdAt)
        ON CONFLICT (id) DO NOTHING
        """;

    public static StateWrite Insert(SeriesState state) => new(InsertSeriesRow, Parameters(state, state.Version));

    private const string UpdateSeriesRow = """
        UPDATE meeting_series
        SET title = @title,
            start_time_local = @startTime,
            duration_minutes = @durationMinutes,
            until_date = @untilDate,
            place = @place,
            online_link = @onlineLink,
            version = @version,
            change_kind = @changeKind,
            change_from = @changeFrom
        WHERE id = @id
          AND version = @expected
        """;

    public static StateWrite Update(SeriesState next, long expectedVersion) => new(UpdateSeriesRow, Parameters(next, expectedVersion));

    private static object Parameters(SeriesState s, long expected) => new
    {
        id = s.Id,
        groupId = s.GroupId,
        title = s.Details.Title,
        rule = EnumText.ToText(s.Pattern.Rule),
        weekday = (int)s.Pattern.Weekday,
        weekOfMonth = s.Pattern.Rule == RecurrenceRule.Weekly ? null : s.Pattern.WeekOfMonth,
        startTime = s.Details.StartTime,
        durationMinutes = s.Details.DurationMinutes,
        timeZone = s.TimeZone,
        firstDate = s.Pattern.FirstDate,
        untilDate = s.Pattern.UntilDate,
        place = s.Details.Place,
        onlineLink = s.Details.OnlineLink,
        version = s.Version,
        changeKind = EnumText.ToText(s.Change),
        changeFrom = s.ChangeFrom,
        expected,
        createdAt = StoredTime.Write(s.CreatedAt),
    };

    private sealed class SeriesRow
    {
        public Guid GroupId { get; set; }
        public string Title { get; set; } = "";
        public string Rule { get; set; } = "";
        public int Weekday { get; set; }
        public int? WeekOfMonth { get; set; }
        public LocalTime StartTime { get; set; }
        public int DurationMinutes { get; set; }
        public string TimeZone { get; set; } = "";
        public LocalDate FirstDate { get; set; }
        public LocalDate? UntilDate { get; set; }
        public string? Place { get; set; }
        public string? OnlineLink { get; set; }
        public long Version { get; set; }
        public string ChangeKind { get; set; } = "";
        public LocalDate? ChangeFrom { get; set; }
        public DateTimeOffset CreatedAt { get; set; }
    }
}
