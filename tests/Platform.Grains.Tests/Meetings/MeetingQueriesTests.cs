using Platform.Grains.Meetings;

namespace Platform.Grains.Tests.Meetings;

public sealed class MeetingQueriesTests
{
    [Fact]
    public async Task BacklogAsync_EarlierItems_OffersOpenAndNotReachedUntilCarried()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (group, ana, _) = await silo.GroupAsync();
        var earlier = silo.Meeting(Guid.NewGuid());
        var scheduledEarlier = await earlier.ScheduleAsync(new ScheduleMeeting(group, MeetingSilo.Details(new LocalDateTime(2026, 10, 13, 9, 0)), ana));
        var agenda = (await earlier.SetAgendaAsync(new SetAgenda([new(null, "Incidentes", null, 30, null), new(null, "Capacitación", null, 20, null), new(null, "Varios", null, null, null)], ana))).Agenda;
        await using (var connection = await silo.Database.OpenAsync())
        {
            const string Mark = "INSERT INTO agenda_item_progress (agenda_item_id, meeting_id, status) VALUES (@id, @meeting, @status)";
            await connection.ExecuteAsync(Mark, new { id = agenda[2].Id.ToString(), meeting = scheduledEarlier.Id.ToString(), status = "reached" });
            await connection.ExecuteAsync(Mark, new { id = agenda[1].Id.ToString(), meeting = scheduledEarlier.Id.ToString(), status = "not_reached" });
        }

        var next = silo.Meeting(Guid.NewGuid());
        var scheduled = await next.ScheduleAsync(MeetingSilo.December8(group, ana));
        var offered = await silo.Queries.BacklogAsync(group, scheduled.StartsUtc);
        await next.SetAgendaAsync(new SetAgenda([new(null, offered[0].Title, null, 30, offered[0].AgendaItemId)], ana));
        var after = await silo.Queries.BacklogAsync(group, scheduled.StartsUtc);

        Assert.Equal(["Incidentes", "Capacitación"], offered.Select(o => o.Title));
        Assert.Equal([agenda[1].Id], after.Select(o => o.AgendaItemId));
    }

    [Fact]
    public async Task UpcomingAsync_MeetingsOfMyGroups_SkipsEndedAndCancelled()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (group, ana, _) = await silo.GroupAsync();
        var past = silo.Meeting(Guid.NewGuid());
        await past.ScheduleAsync(new ScheduleMeeting(group, MeetingSilo.Details(new LocalDateTime(2026, 10, 13, 9, 0)), ana));
        var cancelled = silo.Meeting(Guid.NewGuid());
        await cancelled.ScheduleAsync(new ScheduleMeeting(group, MeetingSilo.Details(new LocalDateTime(2026, 12, 1, 9, 0)), ana));
        await cancelled.CancelAsync(new CancelMeeting(ana, true));
        var coming = await silo.Meeting(Guid.NewGuid()).ScheduleAsync(MeetingSilo.December8(group, ana));

        var upcoming = await silo.Queries.UpcomingAsync(ana, silo.Time.GetUtcNow(), 5);
        var stranger = await silo.Queries.UpcomingAsync(await silo.Groups.PersonAsync("Otto"), silo.Time.GetUtcNow(), 5);

        Assert.Equal(coming.Id, Assert.Single(upcoming).Id);
        Assert.Empty(stranger);
    }
}
