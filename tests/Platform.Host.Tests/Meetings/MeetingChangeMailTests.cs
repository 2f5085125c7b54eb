namespace Platform.Host.Tests.Meetings;

/// <summary>Invited people hear, in their language, when an upcoming meeting moves or is cancelled.</summary>
public sealed class MeetingChangeMailTests
{
    private static readonly LocalDateTime Starts = new(2027, 1, 12, 9, 0);

    [Fact]
    public async Task EditThenCancel_UpcomingMeeting_EachInviteeGetsTheChangeThenTheCancellationWithTheCalendarFile()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var (id, meeting) = await ScheduleAsync(factory, group, Starts);
        await factory.DeliverMailAsync();

        await meeting.EditAsync(new EditMeeting(new MeetingDetails("Mesa de enero", Starts.PlusHours(5), Starts.PlusHours(7), "Casa de la Cultura", null), group.Facilitator.Id));
        await factory.DeliverMailAsync();
        await meeting.CancelAsync(new CancelMeeting(group.Facilitator.Id, true));
        await factory.DeliverMailAsync();

        var beto = factory.OutboxMessages().Where(m => m.Contains("To: beto@example.org", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, beto.Count);
        Assert.Contains("le invita a: Mesa de enero", beto[0], StringComparison.Ordinal);
        Assert.Contains("modificó la reunión: Mesa de enero", beto[1], StringComparison.Ordinal);
        Assert.Contains("Casa de la Cultura", beto[1], StringComparison.Ordinal);
        Assert.Contains("canceló la reunión: Mesa de enero", beto[2], StringComparison.Ordinal);
        Assert.DoesNotContain("Casa de la Cultura", beto[2], StringComparison.Ordinal);
        Assert.All(beto.Skip(1), m => Assert.Matches($@"Actualice su calendario: \S+/groups/{group.GroupId}/meetings/{id}/ics", m));
        var ana = factory.OutboxMessages().Where(m => m.Contains("To: ana@example.org", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, ana.Count);
        Assert.Contains("has changed the meeting: Mesa de enero", ana[1], StringComparison.Ordinal);
        Assert.Contains("has cancelled the meeting: Mesa de enero", ana[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditTwiceBeforeDelivery_UpcomingMeeting_OneChangeMailWithTheLatestDetails()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var (_, meeting) = await ScheduleAsync(factory, group, Starts);
        await factory.DeliverMailAsync();

        await meeting.EditAsync(new EditMeeting(new MeetingDetails("Mesa de enero", Starts, Starts.PlusHours(2), "Casa de la Cultura", null), group.Facilitator.Id));
        await meeting.EditAsync(new EditMeeting(new MeetingDetails("Mesa de enero", Starts, Starts.PlusHours(2), "Biblioteca municipal", null), group.Facilitator.Id));
        await factory.DeliverMailAsync();

        var changes = factory.OutboxMessages().Where(m => m.Contains("To: beto@example.org", StringComparison.Ordinal) && m.Contains("modificó", StringComparison.Ordinal)).ToList();
        Assert.Contains("Biblioteca municipal", Assert.Single(changes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_MeetingAlreadyOver_SendsNoChangeMail()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var held = LocalDateTime.FromDateTime(factory.Time.GetUtcNow().UtcDateTime.Date).PlusDays(2).PlusHours(9);
        var (_, meeting) = await ScheduleAsync(factory, group, held);
        await factory.DeliverMailAsync();

        // Invited while ahead; the record is written days after it was held.
        factory.Time.Advance(TimeSpan.FromDays(4));
        await meeting.EditAsync(new EditMeeting(new MeetingDetails("Mesa de marzo (acta)", held, held.PlusHours(2), null, null), group.Facilitator.Id));
        await factory.DeliverMailAsync();

        Assert.Equal(2, factory.OutboxMessages().Count);
        Assert.Equal(1, await MeetingGroup.CountAsync(factory, "SELECT COUNT(*) FROM mail_request"));
    }

    private static async Task<(Guid Id, IMeetingGrain Grain)> ScheduleAsync(PlatformFactory factory, MeetingGroup group, LocalDateTime starts)
    {
        var id = Guid.NewGuid();
        var grain = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IMeetingGrain>(id);
        await grain.ScheduleAsync(new ScheduleMeeting(group.GroupId, new MeetingDetails("Mesa de enero", starts, starts.PlusHours(2), "Alcaldía de Segovia", null), group.Facilitator.Id));

        // A meeting already over takes no invitation (the grain refuses it); one ahead is invited, as the facilitator would.
        if ((await grain.GetAsync())!.EndsUtc > factory.Time.GetUtcNow())
        {
            await grain.SendInvitationsAsync(new SendInvitations(group.Facilitator.Id));
        }

        return (id, grain);
    }
}
