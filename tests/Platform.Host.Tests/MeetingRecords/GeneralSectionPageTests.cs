namespace Platform.Host.Tests.MeetingRecords;

/// <summary>Issue 15: the General section ("other business") on the run page, the published record and follow-ups.</summary>
public sealed class GeneralSectionPageTests
{
    private static Dictionary<string, string> Fields(params (string Name, string Value)[] fields) => fields.ToDictionary(f => f.Name, f => f.Value);

    [Fact]
    public async Task RunPage_MeetingWithoutAgenda_OffersGeneralAndAddsANoteThereWithAPlainPost()
    {
        using var factory = new PlatformFactory();
        var s = await RecordStage.CreateAsync(factory);
        var bare = await factory.MeetingAsync(s.Group, "Reunión extraordinaria");
        var run = $"/groups/{s.Group}/meetings/{bare}/run";
        using var ana = await factory.SignedInAsync(s.Ana);

        var page = (await ana.GetAsync(run)).Document;
        var posted = await ana.SubmitAsync(run, "section[aria-labelledby=note-title] form",
            Fields(("Note.AgendaItemId", bare.ToString()), ("Note.Text", "Se acordó visitar la vereda El Cristo")));
        var after = await ana.FollowAsync(posted);

        Assert.Equal("General / other business", page.QuerySelector("#item-general h2")?.TextContent);
        var choice = Assert.Single(page.QuerySelectorAll("#note-item option"));
        Assert.Equal((bare.ToString(), "General / other business"), (choice.GetAttribute("value"), choice.TextContent));
        Assert.NotNull(page.QuerySelector("section[aria-labelledby=outcome-title] form"));
        Assert.Equal(HttpStatusCode.Found, posted.Status);
        Assert.EndsWith("#item-general", posted.Location, StringComparison.Ordinal);
        Assert.Contains("Se acordó visitar la vereda El Cristo", after.Document.QuerySelector("#item-general .run-notes")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await factory.CountAsync("SELECT COUNT(*) FROM agenda_item WHERE meeting_id = @m AND general = FALSE", new { m = bare.ToString() }));
    }

    [Fact]
    public async Task RecordPage_GeneralParts_AreShownUnnumberedAfterTheAgendaAndNamedInTheFeed()
    {
        using var factory = new PlatformFactory();
        var s = await RecordStage.CreateAsync(factory);
        var record = factory.RecordGrain(s.Meeting);
        await record.AddNoteAsync(new AddNote(s.FirstItem, "Tres incidentes", false, s.Ana.Id));
        await record.AddNoteAsync(new AddNote(s.Meeting, "La próxima reunión será en Remedios", false, s.Ana.Id));
        await record.AddOutcomeAsync(new AddOutcome(s.Meeting, OutcomeKind.Decision, "Invitar a la Defensoría", false, s.Ana.Id));
        await record.PublishAsync(new PublishRecord(s.Ana.Id, true));
        using var ana = await factory.SignedInAsync(s.Ana);
        using var beto = await factory.SignedInAsync(s.Beto);

        var page = (await ana.GetAsync(s.Record)).Document;
        var spanish = (await beto.GetAsync(s.Record)).Document;
        var feed = (await ana.GetAsync($"/groups/{s.Group}")).Document;

        var headings = page.QuerySelectorAll("main section.record-item h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["1. Informe de incidentes", "2. Capacitación en Principios Voluntarios", "General / other business"], headings);
        var general = page.QuerySelector("main section.record-general")!;
        Assert.Contains("La próxima reunión será en Remedios", general.QuerySelector(".record-notes")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Decision 1", general.QuerySelector(".record-outcomes")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Asuntos generales / varios", spanish.QuerySelector("main section.record-general h2")?.TextContent);
        Assert.Contains(feed.QuerySelectorAll("main ol.activity li"), li => li.TextContent.Contains("under General / other business", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Correct_GeneralNote_IsOfferedByNameAndPublishedAsTheNextRevision()
    {
        using var factory = new PlatformFactory();
        var s = await RecordStage.CreateAsync(factory);
        var note = (await factory.RecordGrain(s.Meeting).AddNoteAsync(new AddNote(s.Meeting, "Sede en Segovia", false, s.Ana.Id))).Notes[^1].Id;
        await factory.RecordGrain(s.Meeting).PublishAsync(new PublishRecord(s.Ana.Id, true));
        using var ana = await factory.SignedInAsync(s.Ana);

        var form = (await ana.GetAsync(s.Record + "/correct")).Document;
        var posted = await ana.SubmitAsync(s.Record + "/correct", "main form[method=post]",
            Fields(("Edit.PartId", note.ToString()), ("Edit.Text", "Sede en Remedios"), ("Edit.Reason", "La sede cambió")));
        var corrected = (await ana.GetAsync(s.Record)).Document;

        Assert.Contains("General / other business · Note: Sede en Segovia", form.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, posted.Status);
        Assert.Contains("Sede en Remedios", corrected.QuerySelector("main section.record-general")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("General / other business · Note", corrected.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUpUnderGeneral_BecomesAnActionItemThatLinksBackToTheMeetingAndItsOutcome()
    {
        using var factory = new PlatformFactory();
        var s = await RecordStage.CreateAsync(factory);
        using var ana = await factory.SignedInAsync(s.Ana);
        await ana.SubmitAsync(s.Run, "section[aria-labelledby=outcome-title] form",
            Fields(("Outcome.AgendaItemId", s.Meeting.ToString()), ("Outcome.Kind", "follow_up"), ("Outcome.Text", "Pedir el informe a la alcaldía")));
        var outcome = Assert.Single((await factory.RecordGrain(s.Meeting).GetAsync())!.Outcomes).Id;

        var link = Assert.Single((await ana.GetAsync(s.Run)).Document.QuerySelectorAll("#item-general a.create-action")).GetAttribute("href")!;
        var created = await ana.SubmitAsync(link, Fields(("Input.Title", "Pedir el informe a la alcaldía"), ("Input.OwnerUserId", s.Beto.Id), ("Input.Priority", "normal")));
        Assert.Equal(HttpStatusCode.Found, created.Status);
        var item = (await ana.FollowAsync(created)).Document;
        await factory.RecordGrain(s.Meeting).PublishAsync(new PublishRecord(s.Ana.Id, true));
        var record = (await ana.GetAsync(s.Record)).Document;

        var meeting = item.QuerySelector($"main a[href='/groups/{s.Group}/meetings/{s.Meeting}']")!;
        Assert.Contains("Reunión mensual", meeting.TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-12-01T14:00:00Z", meeting.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Equal($"/groups/{s.Group}/meetings/{s.Meeting}/record#outcome-{outcome}", item.QuerySelector("main a.from-outcome")?.GetAttribute("href"));
        Assert.NotNull(record.QuerySelector($"main section.record-general li#outcome-{outcome} a.open-action"));
    }
}
