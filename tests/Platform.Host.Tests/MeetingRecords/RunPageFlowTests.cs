namespace Platform.Host.Tests.MeetingRecords;

/// <summary>Issue 15, running a meeting: attendance from the answers, returning to the section saved, one agenda numbering.</summary>
public sealed class RunPageFlowTests
{
    private static Dictionary<string, string> Fields(params (string Name, string Value)[] fields) => fields.ToDictionary(f => f.Name, f => f.Value);

    private static AngleSharp.Dom.IElement RowOf(AngleSharp.Dom.IDocument page, User person) =>
        page.QuerySelector($"section#item-attendance input[value='{person.Id}']")!.Closest("tr")!;

    [Fact]
    public async Task RunPage_WithAnswersToTheInvitation_PrefillsAttendanceAndShowsTheDelegate()
    {
        using var factory = new PlatformFactory();
        var s = await RecordStage.CreateAsync(factory);
        await factory.ExecuteAsync(
            """
            INSERT INTO meeting_response (meeting_id, user_id, response, delegate_user_id, responded_at)
            VALUES (@meeting, @ana, 'attending', NULL, '2026-11-20T00:00:00.0000000Z'),
                   (@meeting, @beto, 'not_attending', @olga, '2026-11-20T00:00:00.0000000Z')
            """,
            new { meeting = s.Meeting.ToString("D"), ana = s.Ana.Id, beto = s.Beto.Id, olga = s.Olga.Id });
        using var ana = await factory.SignedInAsync(s.Ana);

        var page = (await ana.GetAsync(s.Run)).Document;

        Assert.Equal("present", RowOf(page, s.Ana).QuerySelector("option[selected]")?.GetAttribute("value"));
        Assert.Equal("apologies", RowOf(page, s.Beto).QuerySelector("option[selected]")?.GetAttribute("value"));
        Assert.Equal("", RowOf(page, s.Olga).QuerySelector("option[selected]")?.GetAttribute("value"));
        Assert.Contains("Sends", RowOf(page, s.Beto).TextContent, StringComparison.Ordinal);
        Assert.Contains("Attends for", RowOf(page, s.Olga).TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("section#item-attendance [role=note].prefilled"));
        Assert.Equal(0, await factory.CountAsync("SELECT COUNT(*) FROM attendance"));
    }

    [Fact]
    public async Task MarkEveryonePresent_WithoutScript_RecordsEveryMemberAndReturnsToAttendance()
    {
        using var factory = new PlatformFactory();
        var s = await RecordStage.CreateAsync(factory);
        using var ana = await factory.SignedInAsync(s.Ana);

        var posted = await ana.SendAsync(await ana.OpenFormAsync(s.Run, "mark-all-present"), Fields());
        var page = await ana.FollowAsync(posted);

        Assert.Equal(HttpStatusCode.Found, posted.Status);
        Assert.EndsWith("#item-attendance", posted.Location, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("#item-attendance"));
        Assert.Equal("Attendance saved.", page.Document.QuerySelector("main [role=status]")?.TextContent);
        Assert.Equal(3, await factory.CountAsync("SELECT COUNT(*) FROM attendance WHERE status = 'present'"));
        Assert.All([s.Ana, s.Beto, s.Olga], p => Assert.Equal("present", RowOf(page.Document, p).QuerySelector("option[selected]")?.GetAttribute("value")));
    }

    [Fact]
    public async Task EachSave_OnTheRunPage_ReturnsToTheSectionJustSaved()
    {
        using var factory = new PlatformFactory();
        var s = await RecordStage.CreateAsync(factory);
        using var ana = await factory.SignedInAsync(s.Ana);

        var note = await ana.SendAsync(await ana.OpenFormAsync(s.Run, "add-note"), Fields(("Note.AgendaItemId", s.SecondItem.ToString()), ("Note.Text", "Se capacitó a 20 personas")));
        var outcome = await ana.SendAsync(await ana.OpenFormAsync(s.Run, "add-outcome"),
            Fields(("Outcome.AgendaItemId", s.FirstItem.ToString()), ("Outcome.Kind", "decision"), ("Outcome.Text", "Crear una línea de quejas")));
        var agenda = await ana.SendAsync(await ana.OpenFormAsync(s.Run, "agenda"), Fields(("Agenda.Rows[0].Status", "reached")));
        var guest = await ana.SendAsync(await ana.OpenFormAsync(s.Run, "add-guest"), Fields(("Guest.Name", "Rosa Pérez"), ("Guest.Organisation", "Defensoría")));
        var noteId = (await factory.RecordGrain(s.Meeting).GetAsync())!.Notes[0].Id;
        var edit = await ana.SendAsync(await ana.OpenFormAsync(s.Run, "edit-part"), Fields(("Edit.PartId", noteId.ToString()), ("Edit.Text", "Se capacitó a 25 personas")));
        var page = (await ana.FollowAsync(note)).Document;

        Assert.EndsWith($"#item-{s.SecondItem}", note.Location, StringComparison.Ordinal);
        Assert.EndsWith($"#item-{s.FirstItem}", outcome.Location, StringComparison.Ordinal);
        Assert.EndsWith("#item-agenda", agenda.Location, StringComparison.Ordinal);
        Assert.EndsWith("#item-guests", guest.Location, StringComparison.Ordinal);
        Assert.EndsWith($"#item-{s.SecondItem}", edit.Location, StringComparison.Ordinal);
        Assert.Contains("Se capacitó a 25 personas", page.QuerySelector($"#item-{s.SecondItem}")?.TextContent, StringComparison.Ordinal);
        Assert.All(["item-agenda", "item-guests", $"item-{s.FirstItem}"], id => Assert.NotNull(page.GetElementById(id)));
    }

    [Fact]
    public async Task AgendaNumbers_StoredFromZero_StartAtOneOnRunRecordAndCorrectionPages()
    {
        using var factory = new PlatformFactory();
        var s = await RecordStage.CreateAsync(factory);
        await factory.ExecuteAsync("UPDATE agenda_item SET position = position - 1 WHERE meeting_id = @m", new { m = s.Meeting.ToString("D") });
        await factory.RecordGrain(s.Meeting).AddNoteAsync(new AddNote(s.SecondItem, "Nota del segundo punto", false, s.Ana.Id));
        using var ana = await factory.SignedInAsync(s.Ana);

        var run = (await ana.GetAsync(s.Run)).Document;
        await factory.RecordGrain(s.Meeting).PublishAsync(new PublishRecord(s.Ana.Id, true));
        var record = (await ana.GetAsync(s.Record)).Document;
        var correct = (await ana.GetAsync($"{s.Record}/correct")).Document;

        Assert.Equal(["1. Informe de incidentes", "2. Capacitación en Principios Voluntarios"], run.QuerySelectorAll("article.run-item h3").Select(h => h.TextContent.Trim()));
        // The General section (issue 15) is offered after the agenda, without a number.
        Assert.Equal(["1. Informe de incidentes", "2. Capacitación en Principios Voluntarios", "General / other business"], run.QuerySelectorAll("#note-item option").Select(o => o.TextContent.Trim()));
        Assert.Equal(["1. Informe de incidentes", "2. Capacitación en Principios Voluntarios"], record.QuerySelectorAll("section.record-item h2").Select(h => h.TextContent.Trim()));
        Assert.StartsWith("2. ", run.QuerySelector("#edit-part-part label")?.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("2. ", correct.QuerySelector("main form[method=post] p")?.TextContent.Replace("Note or outcome: ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorrectionPage_PartsBeginningAlike_AreChosenByTheirWholeText()
    {
        using var factory = new PlatformFactory();
        var s = await RecordStage.CreateAsync(factory);
        var start = new string('a', 70);
        await factory.RecordGrain(s.Meeting).AddNoteAsync(new AddNote(s.FirstItem, start + " primera versión", false, s.Ana.Id));
        await factory.RecordGrain(s.Meeting).AddNoteAsync(new AddNote(s.FirstItem, start + " segunda versión", false, s.Ana.Id));
        await factory.RecordGrain(s.Meeting).PublishAsync(new PublishRecord(s.Ana.Id, true));
        using var ana = await factory.SignedInAsync(s.Ana);

        var labels = (await ana.GetAsync($"{s.Record}/correct")).Document.QuerySelectorAll("#choose-part label").Select(l => l.TextContent).ToList();

        Assert.Equal(2, labels.Count);
        Assert.EndsWith(start + " primera versión", labels[0], StringComparison.Ordinal);
        Assert.EndsWith(start + " segunda versión", labels[1], StringComparison.Ordinal);
    }
}
