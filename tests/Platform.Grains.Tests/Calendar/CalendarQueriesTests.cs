using Platform.Grains.Calendar;

namespace Platform.Grains.Tests.Calendar;

public sealed class CalendarQueriesTests
{
    [Fact]
    public async Task Feed_OlderThan90DaysOrOtherGroups_LeftOut()
    {
        using var db = await TempDatabase.MigratedAsync();
        var seed = await CalendarSeed.WithPersonAsync(db.Database);
        var mine = await seed.GroupAsync("Mesa", "America/Bogota");
        var old = await seed.MeetingAsync(mine, "America/Bogota", "Vieja", "2026-01-01T09:00");
        var recent = await seed.MeetingAsync(mine, "America/Bogota", "Reciente", "2026-03-01T09:00");
        var leftGroup = await seed.GroupAsync("Otra", "Europe/Paris");
        await seed.MeetingAsync(leftGroup, "Europe/Paris", "Plenaria", "2026-05-01T09:00");
        await seed.ExecuteAsync("DELETE FROM membership WHERE working_group_id = @id", new { id = leftGroup.ToString() });

        var feed = await new CalendarQueries(db.Database).FeedAsync(seed.UserId, new DateTimeOffset(2026, 4, 15, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal([recent], feed.Select(e => e.MeetingId));
        Assert.DoesNotContain(old, feed.Select(e => e.MeetingId));
    }

    [Fact]
    public async Task Meeting_OfAnotherGroup_IsNull()
    {
        using var db = await TempDatabase.MigratedAsync();
        var seed = await CalendarSeed.WithPersonAsync(db.Database);
        var a = await seed.GroupAsync("A", "America/Bogota");
        var b = await seed.GroupAsync("B", "America/Bogota");
        var meeting = await seed.MeetingAsync(b, "America/Bogota", "De B", "2026-03-01T09:00");

        Assert.Null(await new CalendarQueries(db.Database).MeetingAsync(a, meeting));
    }
}
