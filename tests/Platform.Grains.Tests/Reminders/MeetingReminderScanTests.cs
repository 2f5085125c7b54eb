using Platform.Grains.Reminders;

namespace Platform.Grains.Tests.Reminders;

public sealed class MeetingReminderScanTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 30, 14, 0, 0, TimeSpan.Zero);

    private sealed record Scene(TempDatabase Db, ReminderSeed Seed, MeetingReminderScan Scan, Guid Group, string Person, Guid Meeting) : IDisposable
    {
        public void Dispose() => Db.Dispose();
    }

    private static async Task<Scene> SceneAsync()
    {
        var db = await TempDatabase.MigratedAsync();
        var seed = new ReminderSeed(db.Database);
        var group = await seed.GroupAsync("America/Bogota");
        var person = await seed.PersonAsync("claire", "Europe/Paris", "fr");
        await seed.SeatAsync(group, person, await seed.OrganisationAsync("ONG"));
        var meeting = await seed.MeetingAsync(group, Start);
        var rules = new ReminderRuleStore(db.Database, new JournalWriter(TimeProvider.System), TimeProvider.System);
        return new Scene(db, seed, new MeetingReminderScan(db.Database, rules), group, person, meeting);
    }

    [Fact]
    public async Task Due_BeforeAndAtFortyEightHours_NothingThenOne()
    {
        using var s = await SceneAsync();

        var early = await s.Scan.DueAsync(Start.AddHours(-48).AddSeconds(-1));
        var due = Assert.Single(await s.Scan.DueAsync(Start.AddHours(-48)));

        Assert.Empty(early);
        Assert.Equal((s.Meeting, s.Person, 2880, "fr", "Europe/Paris"), (due.MeetingId, due.To.UserId, due.OffsetMinutes, due.To.Language, due.To.TimeZone));
        Assert.Equal($"meeting-reminder:{s.Meeting:D}:2880:2026-03-30T14:00:00.0000000Z", due.DedupeKey);
    }

    [Fact]
    public async Task Due_InvitationsNotSent_NobodyRemindedOfAMeetingTheyWereNotInvitedTo()
    {
        using var s = await SceneAsync();
        var uninvited = await s.Seed.MeetingAsync(s.Group, Start.AddDays(7), invited: false);

        var due = await s.Scan.DueAsync(Start.AddDays(7).AddHours(-1));

        Assert.DoesNotContain(due, d => d.MeetingId == uninvited);
    }

    [Fact]
    public async Task Due_AfterFortyEightHourSent_NothingUntilTwoHoursThenTheTwoHourOne()
    {
        using var s = await SceneAsync();
        var first = Assert.Single(await s.Scan.DueAsync(Start.AddHours(-48)));
        await s.Seed.SentAsync(s.Person, first.DedupeKey);

        var between = await s.Scan.DueAsync(Start.AddHours(-3));
        var second = Assert.Single(await s.Scan.DueAsync(Start.AddHours(-2)));

        Assert.Empty(between);
        Assert.Equal(120, second.OffsetMinutes);
    }

    [Fact]
    public async Task Due_CatchUpAfterDowntimeWithBothDue_OnlyTheTwoHourOne()
    {
        using var s = await SceneAsync();

        var due = Assert.Single(await s.Scan.DueAsync(Start.AddHours(-1)));

        Assert.Equal(120, due.OffsetMinutes);
    }

    [Fact]
    public async Task Due_AfterTheMeetingStarted_Nothing()
    {
        using var s = await SceneAsync();

        Assert.Empty(await s.Scan.DueAsync(Start));
    }

    [Fact]
    public async Task Due_DeclinedOrCancelled_NoReminder()
    {
        using var s = await SceneAsync();
        await s.Seed.AnswerAsync(s.Meeting, s.Person, "not_attending");
        await s.Seed.MeetingAsync(s.Group, Start.AddHours(1), status: "cancelled");
        var maybe = await s.Seed.PersonAsync("marta", "America/Bogota", "es");
        await s.Seed.SeatAsync(s.Group, maybe, await s.Seed.OrganisationAsync("Cooperativa"));
        await s.Seed.AnswerAsync(s.Meeting, maybe, "maybe");

        var due = Assert.Single(await s.Scan.DueAsync(Start.AddHours(-2)));

        Assert.Equal(maybe, due.To.UserId);
    }

    [Fact]
    public async Task Due_MeetingMovedAfterReminder_RemindsAgainWithANewKey()
    {
        using var s = await SceneAsync();
        var first = Assert.Single(await s.Scan.DueAsync(Start.AddHours(-2)));
        await s.Seed.SentAsync(s.Person, first.DedupeKey);
        await s.Seed.MoveMeetingAsync(s.Meeting, Start.AddHours(1));

        var again = Assert.Single(await s.Scan.DueAsync(Start.AddHours(-1)));

        Assert.NotEqual(first.DedupeKey, again.DedupeKey);
    }

    [Fact]
    public async Task Due_GroupRuleWithOneDayOffsetOnly_UsesTheGroupsOffset()
    {
        using var s = await SceneAsync();
        await s.Seed.RuleAsync(s.Group, offsets: "1440");

        var at48 = await s.Scan.DueAsync(Start.AddHours(-48));
        var at24 = Assert.Single(await s.Scan.DueAsync(Start.AddHours(-24)));

        Assert.Empty(at48);
        Assert.Equal(1440, at24.OffsetMinutes);
    }
}
