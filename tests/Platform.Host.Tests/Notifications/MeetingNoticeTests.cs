namespace Platform.Host.Tests.Notifications;

/// <summary>
/// What an invited person notices when a meeting is cancelled, moved or gets a new agenda: a notification in the app, in
/// their language, linking to the meeting, beside the mail; the person who made the change is not told of it.
/// </summary>
public sealed class MeetingNoticeTests
{
    [Fact]
    public async Task Cancel_AfterInvitations_MemberFindsTheCancellationInAppInSpanishAndTheFacilitatorDoesNot()
    {
        using var scene = await Invited.StartAsync();
        var (factory, group, meeting) = (scene.Factory, scene.Group, scene.Meeting);

        await Meeting(factory, meeting).CancelAsync(new CancelMeeting(group.Facilitator.Id, true));
        await factory.DeliverMailAsync();
        using var beto = await factory.SignedInAsync(group.Member);
        var page = await beto.GetAsync("/notifications");

        var link = page.Document.QuerySelector($"main ol.notifications li a[href='/groups/{group.GroupId}/meetings/{meeting}']");
        Assert.NotNull(link);
        Assert.Contains("la reunión «Mesa de enero»", link.TextContent, StringComparison.Ordinal);
        Assert.Contains("queda cancelada", link.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await factory.CountAsync("SELECT COUNT(*) FROM notification WHERE user_id = @id", new { id = group.Facilitator.Id }));
        var cancelled = Assert.Single(factory.OutboxMessages(), m => m.Contains("beto@example.org", StringComparison.Ordinal) && m.Contains("cancel", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Mesa de enero", cancelled, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_MovedToAnotherDayAndPlace_MemberIsToldTheNewTimeOnTheirClockAndPlaceOnce()
    {
        using var scene = await Invited.StartAsync();
        var (factory, group, meeting) = (scene.Factory, scene.Group, scene.Meeting);
        var current = (await Meeting(factory, meeting).GetAsync())!;
        var moved = current.Details with { Starts = current.Details.Starts.PlusDays(1), Ends = current.Details.Ends.PlusDays(1), Place = "Casa de la cultura" };

        await Meeting(factory, meeting).EditAsync(new EditMeeting(moved, group.Facilitator.Id));
        await factory.DeliverMailAsync();
        await factory.DeliverMailAsync();

        var arguments = Assert.Single(await factory.QueryAsync<string>(
            "SELECT arguments FROM notification WHERE user_id = @id AND message_key = 'Notice.MeetingChanged'", new { id = group.Member.Id }));
        Assert.Contains("Casa de la cultura", arguments, StringComparison.Ordinal);
        Assert.Contains("America/Bogota", arguments, StringComparison.Ordinal);
        Assert.Equal(0, await factory.CountAsync("SELECT COUNT(*) FROM notification WHERE user_id = @id", new { id = group.Facilitator.Id }));
    }

    [Fact]
    public async Task SetAgenda_AfterInvitations_MemberGetsAnAgendaMailListingItAndANotification()
    {
        using var scene = await Invited.StartAsync();
        var (factory, group, meeting) = (scene.Factory, scene.Group, scene.Meeting);

        await Meeting(factory, meeting).SetAgendaAsync(new SetAgenda([new AgendaLine(null, "Acueducto veredal", null, 30, null)], group.Facilitator.Id));
        await factory.DeliverMailAsync();

        var mail = Assert.Single(factory.OutboxMessages(), m => m.Contains("beto@example.org", StringComparison.Ordinal) && m.Contains("1. Acueducto veredal", StringComparison.Ordinal));
        Assert.Contains("modificó el orden del día", mail, StringComparison.Ordinal);
        Assert.Equal(1, await factory.CountAsync(
            "SELECT COUNT(*) FROM notification WHERE user_id = @id AND message_key = 'Notice.MeetingAgenda'", new { id = group.Member.Id }));
    }

    [Fact]
    public async Task Cancel_EmailOffForMeetingChanges_NoMailButTheNotificationStillComes()
    {
        using var scene = await Invited.StartAsync();
        var (factory, group, meeting) = (scene.Factory, scene.Group, scene.Meeting);
        await factory.ExecuteAsync(
            "INSERT INTO notification_preference (user_id, kind, email) VALUES (@id, 'meeting_changed', FALSE)", new { id = group.Member.Id });

        await Meeting(factory, meeting).CancelAsync(new CancelMeeting(group.Facilitator.Id, true));
        await factory.DeliverMailAsync();

        Assert.DoesNotContain(factory.OutboxMessages(), m => m.Contains("beto@example.org", StringComparison.Ordinal) && m.Contains("cancelad", StringComparison.Ordinal));
        Assert.Equal(1, await factory.CountAsync("SELECT COUNT(*) FROM notification WHERE user_id = @id", new { id = group.Member.Id }));
    }

    [Fact]
    public async Task Mails_InviteMoveCancel_EachCarriesTheCalendarFileWithItsMethodAndARaisedSequence()
    {
        using var scene = await Invited.StartAsync();
        var (factory, group, meeting) = (scene.Factory, scene.Group, scene.Meeting);
        var current = (await Meeting(factory, meeting).GetAsync())!;
        await Meeting(factory, meeting).EditAsync(new EditMeeting(current.Details with { Place = "Casa de la cultura" }, group.Facilitator.Id));
        await factory.DeliverMailAsync();
        await Meeting(factory, meeting).CancelAsync(new CancelMeeting(group.Facilitator.Id, true));
        await factory.DeliverMailAsync();

        var betos = factory.OutboxMessages().Where(m => m.Contains("To: beto@example.org", StringComparison.Ordinal)).Select(Parse).ToList();
        var files = betos.Select(m => (Assert.IsType<MimeKit.TextPart>(Assert.Single(m.Attachments)))).ToList();

        Assert.Equal(3, betos.Count);
        Assert.Equal(["REQUEST", "REQUEST", "CANCEL"], files.Select(f => f.ContentType.Parameters["method"]));
        Assert.All(files, f => Assert.Equal("text/calendar", f.ContentType.MimeType));
        Assert.Contains("SEQUENCE:0", files[0].Text, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:1", files[1].Text, StringComparison.Ordinal);
        Assert.Contains("LOCATION:Casa de la cultura", files[1].Text, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:2", files[2].Text, StringComparison.Ordinal);
        Assert.Contains("STATUS:CANCELLED", files[2].Text, StringComparison.Ordinal);
        Assert.Contains("ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:beto@example.org", files[0].Text, StringComparison.Ordinal);

        // The invitation has the footer every other mail has, in the reader's language.
        Assert.Contains("/account/notifications", betos[0].TextBody, StringComparison.Ordinal);
        Assert.Contains("Recibe este correo", betos[0].TextBody, StringComparison.OrdinalIgnoreCase);
    }

    private static MimeKit.MimeMessage Parse(string eml) => MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(eml)));

    private static IMeetingGrain Meeting(PlatformFactory factory, Guid id) => factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IMeetingGrain>(id);

    /// <summary>
    /// A new host with a <see cref="MeetingGroup"/> and a meeting a month from the fake clock's today, in the group's
    /// zone, whose invitations were sent and delivered.
    /// </summary>
    private sealed record Invited(PlatformFactory Factory, MeetingGroup Group, Guid Meeting) : IDisposable
    {
        public static async Task<Invited> StartAsync()
        {
            var factory = new PlatformFactory();
            var group = await MeetingGroup.CreateAsync(factory);
            var meeting = await group.ScheduleAsync(factory, MeetingGroup.DaysFromToday(factory, 30), "Mesa de enero", "Alcaldía de Segovia", invite: true);
            await factory.DeliverMailAsync();
            return new Invited(factory, group, meeting);
        }

        public void Dispose() => Factory.Dispose();
    }
}
