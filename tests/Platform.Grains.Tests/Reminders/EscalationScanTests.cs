using Platform.Grains.Reminders;

namespace Platform.Grains.Tests.Reminders;

public sealed class EscalationScanTests
{
    // Due 10 March in Bogotá (UTC−5): 7 days overdue from 00:00 Bogotá on 17 March = 05:00 UTC.
    private static readonly DateTimeOffset SevenDaysOverdue = new(2026, 3, 17, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Due_OverdueSixDays_Nothing()
    {
        using var s = await ReminderScene.CreateAsync();
        await s.Seed.ItemAsync(s.Group, s.Owner, "2026-03-10", createdAt: SevenDaysOverdue.AddDays(-1));

        Assert.Empty(await s.Escalations.DueAsync(SevenDaysOverdue.AddSeconds(-1)));
    }

    [Fact]
    public async Task Due_OverdueSevenDays_OneForEveryFacilitator()
    {
        using var s = await ReminderScene.CreateAsync();
        var second = await s.Seed.PersonAsync("ines", "Europe/Paris", "fr");
        await s.Seed.SeatAsync(s.Group, second, s.Organisation, "facilitator");
        var item = await s.Seed.ItemAsync(s.Group, s.Owner, "2026-03-10", createdAt: SevenDaysOverdue.AddDays(-1));

        var due = Assert.Single(await s.Escalations.DueAsync(SevenDaysOverdue));

        Assert.Equal((item, EscalationReason.Overdue, "2026-03-10", 7), (due.ItemId, due.Reason, due.Basis, due.Days));
        Assert.Equal(new[] { s.Facilitator, second }.Order(), due.Facilitators.Select(f => f.UserId).Order());
        Assert.Equal($"action-escalated:{item:D}:overdue:2026-03-10", due.DedupeKey);
    }

    [Fact]
    public async Task Record_ThenScanAgainLater_StillOnlyOnce()
    {
        using var s = await ReminderScene.CreateAsync();
        await s.Seed.ItemAsync(s.Group, s.Owner, "2026-03-10", createdAt: SevenDaysOverdue.AddDays(-1));
        var due = await s.Escalations.DueAsync(SevenDaysOverdue);

        var first = await s.Escalations.RecordAsync(due, SevenDaysOverdue);
        var repeated = await s.Escalations.RecordAsync(due, SevenDaysOverdue.AddMinutes(1));
        var later = await s.Escalations.DueAsync(SevenDaysOverdue.AddDays(3));

        Assert.Equal((1, 0), (first, repeated));
        Assert.Empty(later);
    }

    [Fact]
    public async Task Due_NewDueDateAfterEscalation_EscalatesAgainOnceOverdueAgain()
    {
        using var s = await ReminderScene.CreateAsync();
        var item = await s.Seed.ItemAsync(s.Group, s.Owner, "2026-03-10", createdAt: SevenDaysOverdue.AddDays(-1));
        await s.Escalations.RecordAsync(await s.Escalations.DueAsync(SevenDaysOverdue), SevenDaysOverdue);
        await s.Seed.SetItemAsync(item, due: "2026-03-20");

        var notYet = await s.Escalations.DueAsync(new DateTimeOffset(2026, 3, 27, 4, 59, 0, TimeSpan.Zero));
        var again = Assert.Single(await s.Escalations.DueAsync(new DateTimeOffset(2026, 3, 27, 5, 0, 0, TimeSpan.Zero)));

        Assert.Empty(notYet);
        Assert.Equal("2026-03-20", again.Basis);
    }

    [Fact]
    public async Task Due_DoneItemOrGroupRuleOfTenDays_Nothing()
    {
        using var s = await ReminderScene.CreateAsync();
        await s.Seed.ItemAsync(s.Group, s.Owner, "2026-03-01", status: "done", createdAt: SevenDaysOverdue.AddDays(-1));
        await s.Seed.ItemAsync(s.Group, s.Owner, "2026-03-10", createdAt: SevenDaysOverdue.AddDays(-1));
        await s.Seed.RuleAsync(s.Group, overdueDays: 10);

        Assert.Empty(await s.Escalations.DueAsync(SevenDaysOverdue));
        Assert.Single(await s.Escalations.DueAsync(SevenDaysOverdue.AddDays(3)));
    }

    [Fact]
    public async Task Due_NoUpdateForFourteenDays_StaleOnceThenAgainAfterANewQuietSpell()
    {
        using var s = await ReminderScene.CreateAsync();
        var created = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
        var item = await s.Seed.ItemAsync(s.Group, s.Owner, null, createdAt: created);
        var update = created.AddDays(5);
        await s.Seed.UpdateAsync(item, s.Owner, update);

        var quiet13 = await s.Escalations.DueAsync(update.AddDays(14).AddSeconds(-1));
        var stale = Assert.Single(await s.Escalations.DueAsync(update.AddDays(14)));
        await s.Escalations.RecordAsync([stale], update.AddDays(14));
        var after = await s.Escalations.DueAsync(update.AddDays(20));
        await s.Seed.UpdateAsync(item, s.Owner, update.AddDays(21));
        var again = Assert.Single(await s.Escalations.DueAsync(update.AddDays(35)));

        Assert.Empty(quiet13);
        Assert.Equal((EscalationReason.Stale, "2026-05-06T12:00:00.0000000Z", 14), (stale.Reason, stale.Basis, stale.Days));
        Assert.Empty(after);
        Assert.Equal("2026-05-27T12:00:00.0000000Z", again.Basis);
    }
}
