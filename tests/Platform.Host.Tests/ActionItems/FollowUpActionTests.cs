namespace Platform.Host.Tests.ActionItems;

public sealed class FollowUpActionTests
{
    [Fact]
    public async Task RunPage_FollowUpOutcome_LinksToPrefilledFormThatKeepsTheOrigin()
    {
        using var factory = new PlatformFactory();
        var s = await RecordStage.CreateAsync(factory);
        await factory.RecordGrain(s.Meeting).AddOutcomeAsync(new AddOutcome(s.FirstItem, OutcomeKind.FollowUp, "Enviar el plan a la alcaldía", false, s.Ana.Id));
        await factory.RecordGrain(s.Meeting).AddOutcomeAsync(new AddOutcome(s.FirstItem, OutcomeKind.Decision, "Crear una línea de quejas", false, s.Ana.Id));
        using var ana = await factory.SignedInAsync(s.Ana);

        await CreateFromFollowUpAsync(ana, s);

        Assert.Equal(1, await factory.CountAsync(
            "SELECT COUNT(*) FROM action_item WHERE title = 'Enviar el plan a la alcaldía' AND meeting_id = @m AND agenda_item_id = @a AND outcome_id IS NOT NULL",
            new { m = s.Meeting.ToString(), a = s.FirstItem.ToString() }));
    }

    [Fact]
    public async Task RunAndRecordPages_FollowUpWithActionItem_LinkToThatItemInsteadOfOfferingAnother()
    {
        using var factory = new PlatformFactory();
        var s = await RecordStage.CreateAsync(factory);
        await factory.RecordGrain(s.Meeting).AddOutcomeAsync(new AddOutcome(s.FirstItem, OutcomeKind.FollowUp, "Enviar el plan a la alcaldía", false, s.Ana.Id));
        using var ana = await factory.SignedInAsync(s.Ana);
        var created = await CreateFromFollowUpAsync(ana, s);

        var run = (await ana.GetAsync(s.Run)).Document;
        await factory.RecordGrain(s.Meeting).PublishAsync(new PublishRecord(s.Ana.Id, true));
        var record = (await ana.GetAsync(s.Record)).Document;

        Assert.Empty(run.QuerySelectorAll("main a.create-action"));
        Assert.EndsWith(Assert.Single(run.QuerySelectorAll("main a.open-action")).GetAttribute("href")!, created, StringComparison.Ordinal);
        Assert.Empty(record.QuerySelectorAll("main a.create-action"));
        Assert.EndsWith(Assert.Single(record.QuerySelectorAll("main a.open-action")).GetAttribute("href")!, created, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActionItemPage_FromFollowUp_LinksToMeetingByTitleAndDateAndToTheOutcome()
    {
        using var factory = new PlatformFactory();
        var s = await RecordStage.CreateAsync(factory);
        var outcome = (await factory.RecordGrain(s.Meeting).AddOutcomeAsync(new AddOutcome(s.FirstItem, OutcomeKind.FollowUp, "Enviar el plan", false, s.Ana.Id))).Outcomes[^1].Id;
        using var ana = await factory.SignedInAsync(s.Ana);

        var page = (await ana.GetAsync(await CreateFromFollowUpAsync(ana, s))).Document;

        var meeting = page.QuerySelector($"main a[href='/groups/{s.Group}/meetings/{s.Meeting}']")!;
        Assert.Contains("Reunión mensual", meeting.TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-12-01T14:00:00Z", meeting.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Equal($"/groups/{s.Group}/meetings/{s.Meeting}/record#outcome-{outcome}", page.QuerySelector("main a.from-outcome")?.GetAttribute("href"));
    }

    [Fact]
    public async Task NewActionItem_FromAFollowUpThatHasOne_IsRefusedSayingSoAndCreatesNothing()
    {
        using var factory = new PlatformFactory();
        var s = await RecordStage.CreateAsync(factory);
        await factory.RecordGrain(s.Meeting).AddOutcomeAsync(new AddOutcome(s.FirstItem, OutcomeKind.FollowUp, "Enviar el plan", false, s.Ana.Id));
        using var ana = await factory.SignedInAsync(s.Ana);
        var link = Assert.Single((await ana.GetAsync(s.Run)).Document.QuerySelectorAll("main a.create-action")).GetAttribute("href")!;
        await CreateFromFollowUpAsync(ana, s);

        // The link is gone from the run page; an old tab or a hand-made post still reaches the form.
        var again = await ana.SubmitAsync(link, new Dictionary<string, string>
        {
            ["Input.Title"] = "Enviar el plan otra vez",
            ["Input.OwnerUserId"] = s.Beto.Id,
            ["Input.Priority"] = "normal",
        });

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Contains("already has an action item", again.Document.QuerySelector("main [role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await factory.CountAsync("SELECT COUNT(*) FROM action_item"));
    }

    /// <summary>Creates the action item from the run page's only "create" link; returns the new item's address.</summary>
    private static async Task<string> CreateFromFollowUpAsync(FormClient ana, RecordStage s)
    {
        var link = Assert.Single((await ana.GetAsync(s.Run)).Document.QuerySelectorAll("main a.create-action")).GetAttribute("href")!;
        var form = await ana.GetAsync(link);
        var created = await ana.SubmitAsync(link, new Dictionary<string, string>
        {
            ["Input.Title"] = form.Document.QuerySelector("#title")!.GetAttribute("value")!,
            ["Input.OwnerUserId"] = s.Beto.Id,
            ["Input.Priority"] = "normal",
        });
        Assert.Equal(HttpStatusCode.Found, created.Status);
        return new Uri(new Uri("http://localhost"), created.Location!).PathAndQuery;
    }
}
