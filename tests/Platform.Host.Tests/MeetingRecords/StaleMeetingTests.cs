namespace Platform.Host.Tests.MeetingRecords;

/// <summary>The run page opened before the meeting changed must not write the old meeting into the record.</summary>
public sealed class StaleMeetingTests
{
    private static Dictionary<string, string> Fields(params (string Name, string Value)[] fields) => fields.ToDictionary(f => f.Name, f => f.Value);

    [Fact]
    public async Task Publish_MeetingRenamedAndAgendaAddedAfterRunPageOpened_RecordCarriesTheMeetingAsItIsNow()
    {
        using var factory = new PlatformFactory();
        var s = await RecordStage.CreateAsync(factory);
        using var ana = await factory.SignedInAsync(s.Ana);
        var opened = await ana.GetAsync(s.Run);
        var confirmation = await ana.OpenFormAsync($"{s.Record}/publish", "publish");
        var meeting = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IMeetingGrain>(s.Meeting);
        var before = (await meeting.GetAsync())!;
        await meeting.EditAsync(new EditMeeting(before.Details with { Title = "Reunión extraordinaria" }, s.Ana.Id));
        await meeting.SetAgendaAsync(new SetAgenda(
            [.. before.Agenda.Select(a => new AgendaLine(a.Id, a.Title, null, null, null)), new AgendaLine(null, "Quejas de la comunidad", null, null, null)], s.Ana.Id));

        var published = await ana.SendAsync(confirmation, Fields());
        var record = await ana.GetAsync(s.Record);

        Assert.Equal(HttpStatusCode.OK, opened.Status);
        Assert.Equal(HttpStatusCode.Found, published.Status);
        var snapshot = (await factory.Services.GetRequiredService<MeetingRecordStore>().SnapshotAsync(s.Meeting, 1))!;
        Assert.Equal("Reunión extraordinaria", snapshot.Title);
        Assert.Equal(["Informe de incidentes", "Capacitación en Principios Voluntarios", "Quejas de la comunidad"], snapshot.Items.Select(i => i.Title));
        Assert.Contains("Reunión extraordinaria", record.Document.QuerySelector("main h1")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Contains("Quejas de la comunidad", record.Document.QuerySelector("main")?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddNote_AgendaItemAddedAfterRunPageOpened_IsAccepted()
    {
        using var factory = new PlatformFactory();
        var s = await RecordStage.CreateAsync(factory);
        using var ana = await factory.SignedInAsync(s.Ana);
        await ana.GetAsync(s.Run);
        var meeting = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IMeetingGrain>(s.Meeting);
        var before = (await meeting.GetAsync())!;
        var after = await meeting.SetAgendaAsync(new SetAgenda(
            [.. before.Agenda.Select(a => new AgendaLine(a.Id, a.Title, null, null, null)), new AgendaLine(null, "Quejas de la comunidad", null, null, null)], s.Ana.Id));
        var added = after.Agenda[^1].Id;

        var posted = await ana.SubmitAsync(s.Run, "section[aria-labelledby=note-title] form", Fields(("Note.AgendaItemId", added.ToString()), ("Note.Text", "Tres quejas nuevas")));
        var page = await ana.FollowAsync(posted);

        Assert.NotNull(page.Document.QuerySelector("main [role=status]"));
        Assert.Equal(1, await factory.CountAsync("SELECT COUNT(*) FROM note WHERE agenda_item_id = @added", new { added = added.ToString("D") }));
    }
}
