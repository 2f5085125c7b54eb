using NodaTime.Text;

namespace Platform.Grains.Tests.Calendar;

/// <summary>A person seated in groups with meetings, written with plain SQL: these tests need no meeting grain.</summary>
internal sealed class CalendarSeed(Database database)
{
    private const string Now = "2026-01-01T00:00:00.0000000Z";

    public string UserId { get; private set; } = "";

    private readonly TestData data = new(database, Now);

    private Guid organisationId;

    /// <summary>A seed whose person (<see cref="PersonAsync"/>) is already written.</summary>
    public static async Task<CalendarSeed> WithPersonAsync(Database database)
    {
        var seed = new CalendarSeed(database);
        await seed.PersonAsync();
        return seed;
    }

    private async Task PersonAsync()
    {
        UserId = await data.UserAsync("Ana", "ana@example.org");
        organisationId = await data.OrganisationAsync("Cooperativa", "asm_organisation");
    }

    /// <summary>A group in <paramref name="zone"/> with the person seated as a member.</summary>
    public async Task<Guid> GroupAsync(string name, string zone)
    {
        var id = await data.GroupAsync(name, zone);
        await data.SeatAsync(id, UserId, organisationId);
        return id;
    }

    private const string InsertMeeting = """
        INSERT INTO meeting (id, working_group_id, title, starts_local, ends_local, time_zone, starts_utc, ends_utc, place, online_link, version, created_at)
        VALUES (@id, @groupId, @title, @startsLocal, @endsLocal, @zone, @startsUtc, @endsUtc, @place, @onlineLink, 1, @now)
        """;

    /// <summary>A meeting at local <paramref name="start"/> (e.g. 2026-03-29T10:00) in <paramref name="zone"/>; UTC as NodaTime maps it.</summary>
    public async Task<Guid> MeetingAsync(Guid groupId, string zone, string title, string start, int minutes = 120, string? place = null, string? onlineLink = null)
    {
        var id = Guid.NewGuid();
        var local = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm").Parse(start).Value;
        var end = local.PlusMinutes(minutes);
        await ExecuteAsync(InsertMeeting, new
        {
            id = id.ToString(),
            groupId = groupId.ToString(),
            title,
            startsLocal = start,
            endsLocal = end.ToString("uuuu-MM-dd'T'HH:mm", null),
            zone,
            startsUtc = StoredTime.Write(Utc(zone, local)),
            endsUtc = StoredTime.Write(Utc(zone, end)),
            place,
            onlineLink,
            now = Now,
        });
        return id;
    }

    /// <summary>NodaTime's answer: the instant a local time names in a zone (earlier of two in a fall-back overlap).</summary>
    public static DateTimeOffset Utc(string zone, LocalDateTime local) =>
        local.InZoneLeniently(DateTimeZoneProviders.Tzdb[zone]).ToDateTimeOffset().ToUniversalTime();

    public Task ExecuteAsync(string sql, object parameters) => data.ExecuteAsync(sql, parameters);
}
