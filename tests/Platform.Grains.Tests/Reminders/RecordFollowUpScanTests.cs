namespace Platform.Grains.Tests.Reminders;

public sealed class RecordFollowUpScanTests
{
    private static readonly DateTimeOffset Published = new(2026, 6, 2, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Due_ThreeDaysAfterPublishing_OnlyParticipantsWhoHaveNotAcknowledged()
    {
        using var s = await ReminderScene.CreateAsync();
        var meeting = await s.Seed.MeetingAsync(s.Group, Published.AddDays(-1));
        await s.Seed.PublishAsync(s.Group, meeting, 1, Published, s.Facilitator, s.Owner);
        await s.Seed.AcknowledgeAsync(meeting, 1, s.Facilitator);

        var early = await s.Records.DueAsync(Published.AddDays(3).AddSeconds(-1));
        var due = Assert.Single(await s.Records.DueAsync(Published.AddDays(3)));

        Assert.Empty(early);
        Assert.Equal((s.Owner, 1, $"record-follow-up:{meeting:D}:1"), (due.To.UserId, due.Revision, due.DedupeKey));
    }

    [Fact]
    public async Task Due_AfterTheReminderWasSent_NeverAgainForThatRevision()
    {
        using var s = await ReminderScene.CreateAsync();
        var meeting = await s.Seed.MeetingAsync(s.Group, Published.AddDays(-1));
        await s.Seed.PublishAsync(s.Group, meeting, 1, Published, s.Owner);
        var due = Assert.Single(await s.Records.DueAsync(Published.AddDays(3)));
        await s.Seed.SentAsync(s.Owner, due.DedupeKey);

        Assert.Empty(await s.Records.DueAsync(Published.AddDays(4)));
    }

    [Fact]
    public async Task Due_CorrectedRecord_AsksForTheLatestRevisionOnly()
    {
        using var s = await ReminderScene.CreateAsync();
        var meeting = await s.Seed.MeetingAsync(s.Group, Published.AddDays(-1));
        await s.Seed.PublishAsync(s.Group, meeting, 1, Published, s.Owner);
        await s.Seed.PublishAsync(s.Group, meeting, 2, Published.AddDays(1), s.Owner);

        var due = Assert.Single(await s.Records.DueAsync(Published.AddDays(4)));

        Assert.Equal(2, due.Revision);
    }

    [Fact]
    public async Task Due_WeeksLateOrParticipantLeftTheGroup_Nothing()
    {
        using var s = await ReminderScene.CreateAsync();
        var meeting = await s.Seed.MeetingAsync(s.Group, Published.AddDays(-1));
        var gone = await s.Seed.PersonAsync("pierre", "Europe/Paris", "fr");
        await s.Seed.PublishAsync(s.Group, meeting, 1, Published, gone);
        var earlier = await s.Seed.MeetingAsync(s.Group, Published.AddDays(-30));
        await s.Seed.PublishAsync(s.Group, earlier, 1, Published.AddDays(-20), s.Owner);

        Assert.Empty(await s.Records.DueAsync(Published.AddDays(3)));
    }
}
