using Platform.Grains.Access;
using Platform.Grains.MeetingRecords;
using Platform.Grains.Tests.Access;
using Platform.Grains.Tests.Hosting;

namespace Platform.Grains.Tests.MeetingRecords;

/// <summary>
/// The record grain over a test database. Groups and people come from <see cref="AccessSeed"/>; meetings and agenda
/// items are inserted with SQL (the scheduling slice owns their grain).
/// </summary>
internal sealed class RecordSilo : IAsyncDisposable
{
    private readonly OrleansSilo silo;
    private readonly PublishedEvents<IMeetingRecordEvent> published;
    private TempDatabase? ownDatabase;

    public RecordSilo(Database database)
    {
        Database = database;
        Seed = new AccessSeed(database);
        silo = new OrleansSilo(database, Time);
        published = new PublishedEvents<IMeetingRecordEvent>(silo.Events);
    }

    /// <summary>A silo on a migrated database of its own, which goes when the silo does.</summary>
    public static async Task<RecordSilo> StartAsync()
    {
        var database = await TempDatabase.MigratedAsync();
        return new RecordSilo(database.Database) { ownDatabase = database };
    }

    public Database Database { get; }

    public AccessSeed Seed { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 16, 0, 0, TimeSpan.Zero));

    /// <summary>The record events published so far, once every one of them has been delivered.</summary>
    public Task<IReadOnlyList<IMeetingRecordEvent>> PublishedAsync() => published.AllAsync();

    public IMeetingRecordGrain Record(Guid meetingId) => silo.Grains.GetGrain<IMeetingRecordGrain>(meetingId);

    public Platform.Grains.Meetings.IMeetingGrain Meeting(Guid meetingId) => silo.Grains.GetGrain<Platform.Grains.Meetings.IMeetingGrain>(meetingId);

    public MeetingRecordQueries Queries => new(Database);

    public GroupAccess Access => new(Database);

    private const string InsertMeeting = """
        INSERT INTO meeting (id, working_group_id, title, starts_local, ends_local, time_zone, starts_utc, ends_utc, version, created_at)
        VALUES (@id, @groupId, @title, '2026-12-01T09:00', '2026-12-01T11:00', 'America/Bogota',
                '2026-12-01T14:00:00.0000000Z', '2026-12-01T16:00:00.0000000Z', 1, '2026-11-01T00:00:00.0000000Z')
        """;

    public async Task<Guid> MeetingAsync(Guid groupId, string title = "Reunión mensual")
    {
        var id = Guid.NewGuid();
        await ExecuteAsync(InsertMeeting, new { id = id.ToString(), groupId = groupId.ToString(), title });
        return id;
    }

    private const string InsertAgendaItem = """
        INSERT INTO agenda_item (id, meeting_id, position, title, created_at)
        VALUES (@id, @meetingId, @position, @title, '2026-11-01T00:00:00.0000000Z')
        """;

    public async Task<Guid> AgendaItemAsync(Guid meetingId, int position, string title)
    {
        var id = Guid.NewGuid();
        await ExecuteAsync(InsertAgendaItem, new { id = id.ToString(), meetingId = meetingId.ToString(), position, title });
        return id;
    }

    public Task ExecuteAsync(string sql, object? parameters = null) => new TestData(Database).ExecuteAsync(sql, parameters);

    public Task<long> CountAsync(string sql, object? parameters = null) => new TestData(Database).ScalarAsync<long>(sql, parameters);

    public async ValueTask DisposeAsync()
    {
        published.Dispose();
        await silo.DisposeAsync();
        ownDatabase?.Dispose();
    }
}
