namespace Platform.Host.Tests.Notifications;

/// <summary>
/// A series changed or cancelled "from this date on" is told once to everyone invited (not once per meeting): one
/// notification, one mail listing every meeting it reached on the reader's clock, and a calendar file updating each.
/// </summary>
public sealed class SeriesNoticeTests
{
    [Fact]
    public async Task EditRest_FromTheThirdMeeting_MemberGetsOneMailListingTheMovedMeetingsWithTheirCalendarUpdate()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var (series, slots) = await CreateSeriesAsync(factory, group);
        await factory.DeliverMailAsync();
        var before = factory.OutboxMessages().Count;

        await series.EditRestAsync(new EditSeriesFrom(slots[2], new SeriesChanges("Mesa semanal", new LocalTime(15, 0), 90, "Casa de la cultura", null), group.Facilitator.Id));
        await factory.DeliverMailAsync();

        var betos = factory.OutboxMessages().Skip(before).Where(m => m.Contains("To: beto@example.org", StringComparison.Ordinal)).Select(Parse).ToList();
        var mail = Assert.Single(betos);
        Assert.Contains("Reuniones modificadas: Mesa semanal", mail.Subject, StringComparison.Ordinal);
        var body = mail.TextBody ?? "";
        Assert.Contains("Casa de la cultura", body, StringComparison.Ordinal);
        Assert.Equal(slots.Count - 2, body.Split('\n').Count(line => line.StartsWith("- ", StringComparison.Ordinal)));
        var file = Assert.IsType<MimeKit.TextPart>(Assert.Single(mail.Attachments)).Text;
        Assert.Equal(slots.Count - 2, Occurrences(file, "BEGIN:VEVENT"));
        Assert.Equal(slots.Count - 2, Occurrences(file, "SEQUENCE:1"));
        Assert.Equal(slots.Count - 2, Occurrences(file, "LOCATION:Casa de la cultura"));
        Assert.Equal(1, await factory.CountAsync(
            "SELECT COUNT(*) FROM notification WHERE user_id = @id AND message_key = 'Notice.SeriesChanged'", new { id = group.Member.Id }));
        Assert.Equal(0, await factory.CountAsync("SELECT COUNT(*) FROM notification WHERE user_id = @id", new { id = group.Facilitator.Id }));
    }

    [Fact]
    public async Task CancelRest_FromTheSecondMeeting_MemberFindsOneCancellationInAppAndAMailCancellingEachMeeting()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var (series, slots) = await CreateSeriesAsync(factory, group);
        await factory.DeliverMailAsync();
        var before = factory.OutboxMessages().Count;

        await series.CancelRestAsync(new CancelSeriesFrom(slots[1], group.Facilitator.Id, true));
        await factory.DeliverMailAsync();
        await factory.DeliverMailAsync();

        var mail = Parse(Assert.Single(factory.OutboxMessages().Skip(before), m => m.Contains("To: beto@example.org", StringComparison.Ordinal)));
        Assert.Contains("Reuniones canceladas: Mesa semanal", mail.Subject, StringComparison.Ordinal);
        var file = Assert.IsType<MimeKit.TextPart>(Assert.Single(mail.Attachments)).Text;
        Assert.Equal(slots.Count - 1, Occurrences(file, "STATUS:CANCELLED"));
        Assert.DoesNotContain("STATUS:CONFIRMED", file, StringComparison.Ordinal);

        using var beto = await factory.SignedInAsync("beto@example.org");
        var page = await beto.GetAsync("/notifications");
        var notice = Assert.Single(page.Document.QuerySelectorAll("main ol.notifications li a"), a => a.TextContent.Contains("Mesa semanal", StringComparison.Ordinal));
        Assert.Contains($"quedan canceladas {slots.Count - 1} reuniones", notice.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditRest_InvitationsNeverSent_TellsNobody()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var (series, slots) = await CreateSeriesAsync(factory, group, invite: false);

        await series.EditRestAsync(new EditSeriesFrom(slots[1], new SeriesChanges("Mesa semanal", new LocalTime(15, 0), 90, "Casa de la cultura", null), group.Facilitator.Id));
        await factory.DeliverMailAsync();

        Assert.Empty(factory.OutboxMessages());
        Assert.Equal(0, await factory.CountAsync("SELECT COUNT(*) FROM notification"));
    }

    private static MimeKit.MimeMessage Parse(string eml) => MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(eml)));

    private static int Occurrences(string text, string value) => text.Split(value).Length - 1;

    /// <summary>A weekly series on Mondays over the coming five weeks, in the group's zone, its invitations sent unless told not to.</summary>
    private static async Task<(IMeetingSeriesGrain Series, IReadOnlyList<LocalDate> Slots)> CreateSeriesAsync(PlatformFactory factory, MeetingGroup group, bool invite = true)
    {
        var today = LocalDate.FromDateTime(factory.Time.GetUtcNow().UtcDateTime);
        var pattern = new SeriesPattern(RecurrenceRule.Weekly, IsoDayOfWeek.Monday, null, today.PlusDays(7), today.PlusDays(41));
        var series = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IMeetingSeriesGrain>(Guid.NewGuid());
        var occurrences = await series.CreateAsync(new CreateSeries(
            group.GroupId, pattern, new SeriesChanges("Mesa semanal", new LocalTime(9, 0), 120, "Alcaldía", null), group.Facilitator.Id, pattern.FirstOccurrence()));
        if (invite)
        {
            await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IMeetingGrain>(occurrences[0]).SendInvitationsAsync(new SendInvitations(group.Facilitator.Id));
        }

        return (series, pattern.DatesBetween(today.PlusDays(7), today.PlusDays(41)));
    }
}
