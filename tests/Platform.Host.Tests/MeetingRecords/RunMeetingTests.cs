namespace Platform.Host.Tests.MeetingRecords;

public sealed class RunMeetingTests
{
    private static Dictionary<string, string> Fields(params (string Name, string Value)[] fields) => fields.ToDictionary(f => f.Name, f => f.Value);

    /// <summary>Attendance form fields for each member: the status select next to the hidden input carrying their id.</summary>
    private static async Task<Dictionary<string, string>> AttendanceAsync(FormClient browser, string url, params (User Person, string Status)[] statuses)
    {
        var page = await browser.GetAsync(url);
        return statuses.ToDictionary(
            s => page.Document.QuerySelector($"main input[value='{s.Person.Id}']")!.GetAttribute("name")!.Replace(".UserId", ".Status", StringComparison.Ordinal),
            s => s.Status);
    }

    [Fact]
    public async Task RunAndPublish_ByFacilitator_RecordsEverythingNotifiesAndMailsInEachLanguage()
    {
        using var factory = new PlatformFactory();
        var s = await RecordStage.CreateAsync(factory);
        using var ana = await factory.SignedInAsync(s.Ana);

        var run = await ana.GetAsync(s.Run);
        Assert.Equal(HttpStatusCode.OK, run.Status);
        Assert.NotNull(run.Document.QuerySelector("section[aria-labelledby=note-title] [role=note]"));
        var attendance = await ana.SendAsync(await ana.OpenFormAsync(s.Run, "attendance"),
            await AttendanceAsync(ana, s.Run, (s.Ana, "present"), (s.Beto, "present"), (s.Olga, "apologies")));
        Assert.NotNull((await ana.FollowAsync(attendance)).Document.QuerySelector("main [role=status]"));
        await ana.SendAsync(await ana.OpenFormAsync(s.Run, "add-guest"),
            Fields(("Guest.Name", "Rosa Pérez"), ("Guest.Organisation", "Defensoría del Pueblo"), ("Guest.Status", "present")));
        await ana.SubmitAsync(s.Run, "section[aria-labelledby=agenda-title] form", Fields(("Agenda.Rows[0].Status", "reached"), ("Agenda.Rows[1].Status", "not_reached")));
        await ana.SubmitAsync(s.Run, "section[aria-labelledby=note-title] form", Fields(("Note.AgendaItemId", s.FirstItem.ToString()), ("Note.Text", "Se revisaron tres incidentes")));
        await ana.SubmitAsync(s.Run, "section[aria-labelledby=note-title] form",
            Fields(("Note.AgendaItemId", s.FirstItem.ToString()), ("Note.Text", "Secreto de la patrulla"), ("Note.Restricted", "true")));
        await ana.SubmitAsync(s.Run, "section[aria-labelledby=outcome-title] form",
            Fields(("Outcome.AgendaItemId", s.FirstItem.ToString()), ("Outcome.Kind", "decision"), ("Outcome.Text", "Crear una línea de quejas")));
        await ana.SubmitAsync(s.Run, "section[aria-labelledby=outcome-title] form",
            Fields(("Outcome.AgendaItemId", s.FirstItem.ToString()), ("Outcome.Kind", "follow_up"), ("Outcome.Text", "Enviar el plan"), ("Outcome.Restricted", "true")));
        // Publishing goes through its confirmation page: "Yes, publish" is the post that publishes.
        var confirmation = (await ana.GetAsync(s.Run)).Document.QuerySelector("section[aria-labelledby=publish-title] a")!.GetAttribute("href")!;
        var published = await ana.SubmitAsync(confirmation, Fields(("Publish.Confirmed", "true")));

        Assert.Equal(HttpStatusCode.Found, published.Status);
        Assert.EndsWith(s.Record, published.Location, StringComparison.Ordinal);
        Assert.Equal(4, await factory.CountAsync("SELECT COUNT(*) FROM attendance"));
        Assert.Equal(1, await factory.CountAsync("SELECT COUNT(*) FROM agenda_item_progress WHERE status = 'not_reached'"));
        Assert.Equal(3, await factory.CountAsync("SELECT COUNT(*) FROM notification"));
        var mails = (await factory.DeliveredMailAsync());
        Assert.Equal(3, mails.Count);
        Assert.Single(mails, m => m.Contains("beto@example.org", StringComparison.Ordinal) && m.Contains("Se publicó", StringComparison.Ordinal) && m.Contains(s.Record, StringComparison.Ordinal));
        Assert.Single(mails, m => m.Contains("olga@example.org", StringComparison.Ordinal) && m.Contains("a été publié", StringComparison.Ordinal));
        Assert.Single(mails, m => m.Contains("ana@example.org", StringComparison.Ordinal) && m.Contains("has been published", StringComparison.Ordinal));
        var after = await ana.GetAsync(s.Run);
        Assert.Null(after.Document.QuerySelector("section[aria-labelledby=note-title] form"));
    }

    [Fact]
    public async Task AddNote_EmptyText_ShowsMessageNextToFieldAndKeepsChoice()
    {
        using var factory = new PlatformFactory();
        var s = await RecordStage.CreateAsync(factory);
        using var ana = await factory.SignedInAsync(s.Ana);

        var page = await ana.SubmitAsync(s.Run, "section[aria-labelledby=note-title] form", Fields(("Note.AgendaItemId", s.SecondItem.ToString()), ("Note.Text", "  ")));

        Assert.Equal("true", page.Document.QuerySelector("#note-text")?.GetAttribute("aria-invalid"));
        Assert.NotNull(page.Document.QuerySelector("#note-text-error"));
        Assert.Equal(s.SecondItem.ToString(), page.Document.QuerySelector("#note-item option[selected]")?.GetAttribute("value"));
        Assert.Equal(0, await factory.CountAsync("SELECT COUNT(*) FROM note"));
    }

    [Fact]
    public async Task RunPage_AsMember_IsDenied()
    {
        using var factory = new PlatformFactory();
        var s = await RecordStage.CreateAsync(factory);
        using var beto = await factory.SignedInAsync(s.Beto);

        var get = await beto.GetAsync(s.Run);
        var post = await beto.PostAsync(s.Run, Fields(("_handler", "publish")));
        var confirmed = await beto.PostAsync($"{s.Record}/publish", Fields(("_handler", "publish"), ("Publish.Confirmed", "true")));

        PageAssert.Denied(get);
        PageAssert.Denied(post);
        PageAssert.Denied(confirmed);
        Assert.Equal(0, await factory.CountAsync("SELECT COUNT(*) FROM record_revision"));
    }
}
