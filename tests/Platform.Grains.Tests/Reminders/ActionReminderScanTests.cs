using Platform.Grains.Reminders;

namespace Platform.Grains.Tests.Reminders;

public sealed class ActionReminderScanTests
{
    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    /// <summary>Asserts that <paramref name="scan"/> finds nothing a minute before <paramref name="at"/> and one reminder at it; returns that one.</summary>
    private static async Task<DueItemReminder> FirstAtAsync(Func<DateTimeOffset, CancellationToken, Task<IReadOnlyList<DueItemReminder>>> scan, DateTimeOffset at)
    {
        Assert.Empty(await scan(at.AddMinutes(-1), CancellationToken.None));
        return Assert.Single(await scan(at, CancellationToken.None));
    }

    [Fact]
    public async Task DueSoon_ParisOwnerBogotaGroupBeforeDstChange_AtEightUtcNotBefore()
    {
        using var s = await ReminderScene.CreateAsync();
        var item = await s.Seed.ItemAsync(s.Group, s.Owner, "2026-03-31");

        var due = await FirstAtAsync(s.Actions.DueSoonAsync, Utc(3, 28, 8));

        Assert.Equal((item, s.Owner, ItemReminderKind.DueSoon, $"action-due-soon:{item:D}:2026-03-31"), (due.ItemId, due.To.UserId, due.Kind, due.DedupeKey));
    }

    [Fact]
    public async Task DueSoon_ParisOwnerAfterDstChange_AtSevenUtcNotBefore()
    {
        using var s = await ReminderScene.CreateAsync();
        await s.Seed.ItemAsync(s.Group, s.Owner, "2026-04-02");

        await FirstAtAsync(s.Actions.DueSoonAsync, Utc(3, 30, 7));
    }

    [Fact]
    public async Task DueSoon_BogotaOwnerOfTheSameItem_AtFourteenUtc()
    {
        using var s = await ReminderScene.CreateAsync(ownerZone: "America/Bogota");
        await s.Seed.ItemAsync(s.Group, s.Owner, "2026-04-02");

        await FirstAtAsync(s.Actions.DueSoonAsync, Utc(3, 30, 14));
    }

    [Fact]
    public async Task DueSoon_CatchUpOnceOverdue_IsStaleAndNotSent()
    {
        using var s = await ReminderScene.CreateAsync();
        await s.Seed.ItemAsync(s.Group, s.Owner, "2026-03-31");

        var late = await s.Actions.DueSoonAsync(Utc(4, 1, 5));
        var overdue = await s.Actions.OverdueAsync(Utc(4, 1, 7));

        Assert.Empty(late);
        Assert.Single(overdue);
    }

    [Fact]
    public async Task DueSoon_DoneCancelledOrAlreadySent_Nothing()
    {
        using var s = await ReminderScene.CreateAsync();
        await s.Seed.ItemAsync(s.Group, s.Owner, "2026-03-31", status: "done");
        await s.Seed.ItemAsync(s.Group, s.Owner, "2026-03-31", status: "cancelled");
        var sent = await s.Seed.ItemAsync(s.Group, s.Owner, "2026-03-31");
        await s.Seed.SentAsync(s.Owner, $"action-due-soon:{sent:D}:2026-03-31");

        Assert.Empty(await s.Actions.DueSoonAsync(Utc(3, 29, 12)));
    }

    [Fact]
    public async Task DueSoon_DueDateMovedAfterReminder_RemindsAgain()
    {
        using var s = await ReminderScene.CreateAsync();
        var item = await s.Seed.ItemAsync(s.Group, s.Owner, "2026-03-31");
        var first = Assert.Single(await s.Actions.DueSoonAsync(Utc(3, 28, 8)));
        await s.Seed.SentAsync(s.Owner, first.DedupeKey);
        await s.Seed.SetItemAsync(item, due: "2026-04-10");

        var again = await FirstAtAsync(s.Actions.DueSoonAsync, Utc(4, 7, 7));

        Assert.Equal($"action-due-soon:{item:D}:2026-04-10", again.DedupeKey);
    }

    [Fact]
    public async Task DueSoon_ItemOwnedByAnOrganisation_RemindsEveryoneActingForIt()
    {
        using var s = await ReminderScene.CreateAsync();
        var colleague = await s.Seed.PersonAsync("luc", "Africa/Accra", "fr");
        await s.Seed.SeatAsync(s.Group, colleague, s.Organisation);
        await s.Seed.ItemAsync(s.Group, null, "2026-03-31", organisation: s.Organisation);

        var due = await s.Actions.DueSoonAsync(Utc(3, 28, 12));

        Assert.Equal(new[] { colleague, s.Owner }.Order(), due.Select(d => d.To.UserId).Order());
    }

    [Fact]
    public async Task DueSoon_GroupRuleOfOneDay_FollowsTheRule()
    {
        using var s = await ReminderScene.CreateAsync();
        await s.Seed.RuleAsync(s.Group, daysBefore: 1);
        await s.Seed.ItemAsync(s.Group, s.Owner, "2026-04-02");

        Assert.Empty(await s.Actions.DueSoonAsync(Utc(3, 31, 12)));
        Assert.Single(await s.Actions.DueSoonAsync(Utc(4, 1, 7)));
    }

    [Fact]
    public async Task Overdue_ParisOwnerOfBogotaItem_AtNineParisTheDayAfter()
    {
        using var s = await ReminderScene.CreateAsync();
        var item = await s.Seed.ItemAsync(s.Group, s.Owner, "2026-03-31");

        var due = await FirstAtAsync(s.Actions.OverdueAsync, Utc(4, 1, 7));

        Assert.Equal((ItemReminderKind.Overdue, $"action-overdue:{item:D}:2026-03-31"), (due.Kind, due.DedupeKey));
    }

    [Fact]
    public async Task Overdue_CatchUpWithinAWeek_SentAtOnceButNotAfterTheWindow()
    {
        using var s = await ReminderScene.CreateAsync();
        await s.Seed.ItemAsync(s.Group, s.Owner, "2026-03-31");

        var catchUp = await s.Actions.OverdueAsync(Utc(4, 5, 3));
        var tooLate = await s.Actions.OverdueAsync(Utc(4, 8, 6));

        Assert.Single(catchUp);
        Assert.Empty(tooLate);
    }

    [Fact]
    public async Task Overdue_SantiagoGroupAcrossSpringForward_FromOneInTheMorningLocal()
    {
        using var s = await ReminderScene.CreateAsync("America/Santiago", "America/Santiago");
        await s.Seed.ItemAsync(s.Group, s.Owner, "2026-09-05");

        // Overdue from 04:00 UTC on 6 September (01:00 −03); 09:00 in Santiago that day is 12:00 UTC.
        await FirstAtAsync(s.Actions.OverdueAsync, Utc(9, 6, 12));
    }

    [Fact]
    public async Task Overdue_OwnerNoLongerSeated_Nothing()
    {
        using var s = await ReminderScene.CreateAsync();
        var gone = await s.Seed.PersonAsync("pierre", "Europe/Paris", "fr");
        await s.Seed.ItemAsync(s.Group, gone, "2026-03-31");

        Assert.Empty(await s.Actions.OverdueAsync(Utc(4, 1, 12)));
    }
}
