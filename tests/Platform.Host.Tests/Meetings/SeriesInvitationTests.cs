using System.Data.Common;

namespace Platform.Host.Tests.Meetings;

/// <summary>
/// A series' invitation names every date: sent from an occurrence while a creation cut short half-way leaves some
/// missing, it waits until the series has them all.
/// </summary>
public sealed class SeriesInvitationTests
{
    [Fact]
    public async Task Deliver_SeriesCreationCutShortHalfWay_WaitsUntilTheSeriesFinishesThenInvitesOnce()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var today = LocalDate.FromDateTime(factory.Time.GetUtcNow().UtcDateTime);
        var pattern = new SeriesPattern(RecurrenceRule.Weekly, IsoDayOfWeek.Monday, null, today.PlusDays(7), today.PlusDays(63));
        var series = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IMeetingSeriesGrain>(Guid.NewGuid());
        await ExecuteAsync(factory, """
            CREATE TRIGGER fail_third BEFORE INSERT ON meeting
            WHEN (SELECT COUNT(*) FROM meeting WHERE series_id = NEW.series_id) >= 2
            BEGIN SELECT RAISE(ABORT, 'disk full'); END
            """);

        await Assert.ThrowsAnyAsync<DbException>(() => series.CreateAsync(new CreateSeries(
            group.GroupId, pattern, new SeriesChanges("Mesa semanal", new LocalTime(9, 0), 120, "Alcaldía", null), group.Facilitator.Id, pattern.FirstOccurrence())));
        await SendFromFirstAsync(factory, group);

        Assert.Empty(await factory.DeliveredMailAsync());
        await ExecuteAsync(factory, "DROP TRIGGER fail_third");

        // The series' next command first finishes its creation; the invitation then goes out once, naming all dates.
        await series.CancelRestAsync(new CancelSeriesFrom(today.PlusDays(60), group.Facilitator.Id, true));
        var mails = await factory.DeliveredMailAsync();

        var mondays = Enumerable.Range(7, 57).Count(d => today.PlusDays(d).DayOfWeek == IsoDayOfWeek.Monday);
        Assert.Equal(mondays, await MeetingGroup.CountAsync(factory, "SELECT COUNT(*) FROM meeting WHERE series_id IS NOT NULL"));
        Assert.Equal(2, mails.Count);
        Assert.Contains("Mesa semanal", Assert.Single(mails, m => m.Contains("beto@example.org", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(2, (await factory.DeliveredMailAsync()).Count);
    }

    [Fact]
    public async Task Start_SeriesCreationCutShortBeforeTheHostStopped_NextHostFinishesItAndInvitesOnceWithoutACommand()
    {
        var folder = Directory.CreateTempSubdirectory("roundtable-restart-").FullName;
        var mondays = 0;
        try
        {
            using (var before = new PlatformFactory(sharedFolder: folder))
            {
                var group = await MeetingGroup.CreateAsync(before);
                var today = LocalDate.FromDateTime(before.Time.GetUtcNow().UtcDateTime);
                var pattern = new SeriesPattern(RecurrenceRule.Weekly, IsoDayOfWeek.Monday, null, today.PlusDays(7), today.PlusDays(63));
                mondays = Enumerable.Range(7, 57).Count(d => today.PlusDays(d).DayOfWeek == IsoDayOfWeek.Monday);
                var series = before.Services.GetRequiredService<IGrainFactory>().GetGrain<IMeetingSeriesGrain>(Guid.NewGuid());
                await ExecuteAsync(before, "CREATE TRIGGER fail_third BEFORE INSERT ON meeting WHEN (SELECT COUNT(*) FROM meeting WHERE series_id = NEW.series_id) >= 2 BEGIN SELECT RAISE(ABORT, 'disk full'); END");
                await Assert.ThrowsAnyAsync<DbException>(() => series.CreateAsync(new CreateSeries(
                    group.GroupId, pattern, new SeriesChanges("Mesa semanal", new LocalTime(9, 0), 120, "Alcaldía", null), group.Facilitator.Id, pattern.FirstOccurrence())));
                await SendFromFirstAsync(before, group);
                Assert.Empty(await before.DeliveredMailAsync());
                await ExecuteAsync(before, "DROP TRIGGER fail_third");
            }

            // The host stopped with two of the series' meetings made; the next one to start finishes it by itself.
            using var after = new PlatformFactory(sharedFolder: folder);
            after.CreateClient().Dispose();
            var finished = await after.Services.GetRequiredService<Platform.Host.Meetings.SeriesResumptionOnStart>().Finished.WaitAsync(TimeSpan.FromSeconds(30));
            var mails = await after.DeliveredMailAsync();

            Assert.Equal(1, finished);
            Assert.Equal(mondays, await MeetingGroup.CountAsync(after, "SELECT COUNT(*) FROM meeting WHERE series_id IS NOT NULL"));
            Assert.Equal(2, mails.Count);
            Assert.Contains("Mesa semanal", Assert.Single(mails, m => m.Contains("beto@example.org", StringComparison.Ordinal)), StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The facilitator sends the series' invitations from its first occurrence (the one made).</summary>
    private static async Task SendFromFirstAsync(PlatformFactory factory, MeetingGroup group)
    {
        await using var connection = await factory.Services.GetRequiredService<Database>().OpenAsync();
        var first = await connection.ExecuteScalarAsync<string>("SELECT id FROM meeting WHERE series_id IS NOT NULL ORDER BY series_slot LIMIT 1");
        await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IMeetingGrain>(Guid.Parse(first!))
            .SendInvitationsAsync(new SendInvitations(group.Facilitator.Id));
    }

    private static async Task ExecuteAsync(PlatformFactory factory, string sql)
    {
        await using var connection = await factory.Services.GetRequiredService<Database>().OpenAsync();
        await connection.ExecuteAsync(sql);
    }
}
