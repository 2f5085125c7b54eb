namespace Platform.Host.Tests.MeetingRecords;

public sealed class RecordPageTests
{
    [Fact]
    public async Task Acknowledge_AsMember_IsRecordedAndFacilitatorSeesWhoHasAndHasNot()
    {
        using var factory = new PlatformFactory();
        var (s, _) = await factory.PublishedStageAsync();
        using var beto = await factory.SignedInAsync(s.Beto);

        var before = await beto.GetAsync(s.Record);
        var acknowledged = await beto.SubmitAsync(s.Record, "section[aria-labelledby=acknowledge-title] form", new Dictionary<string, string>());

        Assert.Contains("Secreto de la patrulla", before.MainText, StringComparison.Ordinal);
        var when = before.Document.QuerySelector("main .record-when")?.TextContent;
        Assert.Contains("America/Bogota", when, StringComparison.Ordinal);
        Assert.Contains("En su zona horaria", when, StringComparison.Ordinal);
        Assert.Contains("14:00", when, StringComparison.Ordinal);
        Assert.Null(before.Document.QuerySelector("main .acknowledgements"));
        Assert.NotNull(acknowledged.Document.QuerySelector("main .acknowledged"));
        Assert.Null(acknowledged.Document.QuerySelector("section[aria-labelledby=acknowledge-title] form"));
        Assert.Equal(1, await factory.CountAsync("SELECT COUNT(*) FROM record_acknowledgement WHERE user_id = @id", new { id = s.Beto.Id }));
        using var ana = await factory.SignedInAsync(s.Ana);
        var facilitator = await ana.GetAsync(s.Record);
        Assert.Equal(["beto (Minera del Norte)"], facilitator.Document.QuerySelectorAll("main .ack-done li").Select(li => li.TextContent.Split(" · ")[0]));
        Assert.Equal(2, facilitator.Document.QuerySelectorAll("main .ack-pending li").Length);
        Assert.Contains("2 of 3", facilitator.Document.QuerySelector("main .attendance-rate")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordPage_FollowUpOutcome_MemberGetsPrefilledActionLinkObserverNone()
    {
        using var factory = new PlatformFactory();
        var s = await RecordStage.CreateAsync(factory);
        var grain = factory.RecordGrain(s.Meeting);
        var state = await grain.AddOutcomeAsync(new(s.FirstItem, Platform.Grains.MeetingRecords.OutcomeKind.FollowUp, "Pedir el informe a la alcaldía", false, s.Ana.Id));
        await grain.PublishAsync(new(s.Ana.Id, true));
        var outcome = state.Outcomes[^1].Id;
        using var beto = await factory.SignedInAsync(s.Beto);
        using var olga = await factory.SignedInAsync(s.Olga);

        var member = await beto.GetAsync(s.Record);
        var observer = await olga.GetAsync(s.Record);

        var link = member.Document.QuerySelector("main .record-outcomes a.create-action")?.GetAttribute("href");
        Assert.NotNull(link);
        Assert.Contains($"outcome={outcome}", link, StringComparison.Ordinal);
        Assert.Contains($"meeting={s.Meeting}", link, StringComparison.Ordinal);
        Assert.Contains("Pedir%20el%20informe", link, StringComparison.Ordinal);
        var form = await beto.GetAsync(link);
        Assert.Equal("Pedir el informe a la alcaldía", form.Document.QuerySelector("#title")?.GetAttribute("value"));
        Assert.Contains("Pedir el informe a la alcaldía", observer.MainText, StringComparison.Ordinal);
        Assert.Null(observer.Document.QuerySelector("main a.create-action"));
    }

    [Fact]
    public async Task RecordPage_AsObserver_HtmlHasNoRestrictedText()
    {
        using var factory = new PlatformFactory();
        var (s, _) = await factory.PublishedStageAsync();
        using var olga = await factory.SignedInAsync(s.Olga);

        var response = await olga.Http.GetAsync(new Uri(s.Record, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        // The raw markup, not only the visible text: restricted parts must never reach an observer's browser at all.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Secreto de la patrulla", html, StringComparison.Ordinal);
        Assert.DoesNotContain("sobre el batall", html, StringComparison.Ordinal);
        var text = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("main")!.TextContent;
        Assert.Contains("Nota abierta sobre capacitación", text, StringComparison.Ordinal);
        Assert.Contains("Reunión en enero", text, StringComparison.Ordinal);
        Assert.Contains("Décision 2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Décision 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correct_ByFacilitator_PublishesRevisionTwoAndKeepsRevisionOneReadable()
    {
        using var factory = new PlatformFactory();
        var (s, decision) = await factory.PublishedStageAsync();
        using var ana = await factory.SignedInAsync(s.Ana);

        var posted = await CorrectAsync(ana, s, decision, "Reunión en febrero", "La fecha acordada era febrero");
        var corrected = await ana.GetAsync(s.Record);
        var first = await ana.GetAsync(s.Record + "?revision=1");

        Assert.Equal(HttpStatusCode.Found, posted.Status);
        Assert.EndsWith(s.Record, posted.Location, StringComparison.Ordinal);
        Assert.Contains("Reunión en febrero", corrected.MainText, StringComparison.Ordinal);
        Assert.Equal(2, corrected.Document.QuerySelectorAll("main ol.record-history li").Length);
        Assert.Contains("La fecha acordada era febrero", corrected.Document.QuerySelector("main .record-revision")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Reunión en enero", first.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Reunión en febrero", first.Document.QuerySelector("main .record-outcomes")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal(6, await factory.CountAsync("SELECT COUNT(*) FROM notification"));
        Assert.Equal(6, (await factory.DeliveredMailAsync()).Count);
    }

    [Fact]
    public async Task Correct_WithoutReason_ShowsMessageAndChangesNothing()
    {
        using var factory = new PlatformFactory();
        var (s, decision) = await factory.PublishedStageAsync();
        using var ana = await factory.SignedInAsync(s.Ana);

        var page = await CorrectAsync(ana, s, decision, "Reunión en febrero", "");

        Assert.Equal("true", page.Document.QuerySelector("#correct-reason")?.GetAttribute("aria-invalid"));
        Assert.Contains("Reunión en febrero", page.Document.QuerySelector("#correct-text")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await factory.CountAsync("SELECT COUNT(*) FROM record_revision"));
    }

    [Fact]
    public async Task RecordPage_Print_LinksStylesheetThatHidesNavigationAndForms()
    {
        using var factory = new PlatformFactory();
        var (s, _) = await factory.PublishedStageAsync();
        using var beto = await factory.SignedInAsync(s.Beto);

        var page = await beto.GetAsync(s.Record);
        var href = page.Document.QuerySelector("head link[rel=stylesheet][href*='record-print.'][href$='.css']")?.GetAttribute("href");
        using var css = await beto.Http.GetAsync(new Uri("/" + href, UriKind.Relative));
        var rules = await css.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains("@media print", rules, StringComparison.Ordinal);
        Assert.Contains("form", rules, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("main section.screen-only form"));
    }

    [Fact]
    public async Task CorrectPage_AsMember_IsDeniedAndChangesNothing()
    {
        using var factory = new PlatformFactory();
        var (s, decision) = await factory.PublishedStageAsync();
        using var beto = await factory.SignedInAsync(s.Beto);

        var page = await beto.GetAsync(s.Record);
        var get = await beto.GetAsync(s.Record + "/correct");
        var post = await beto.PostAsync(s.Record + "/correct", new Dictionary<string, string>
        {
            ["_handler"] = "correct",
            ["Edit.PartId"] = decision.ToString(),
            ["Edit.Text"] = "Otra cosa",
            ["Edit.Reason"] = "Porque sí",
        });

        Assert.Null(page.Document.QuerySelector($"main a[href='{s.Record}/correct']"));
        PageAssert.Denied(get);
        PageAssert.Denied(post);
        Assert.Equal(1, await factory.CountAsync("SELECT COUNT(*) FROM record_revision"));
    }

    [Fact]
    public async Task RecordPage_MeetingOfAnotherGroupThroughOwnGroup_IsDenied()
    {
        using var factory = new PlatformFactory();
        var s = await RecordStage.CreateAsync(factory);
        var otherFacilitator = await factory.CreateUserAsync("zoe@example.org");
        var otherGroup = await Platform.Host.Tests.WorkingGroups.GroupTestData.GroupAsync(factory, otherFacilitator, await Platform.Host.Tests.WorkingGroups.GroupTestData.OrganisationAsync(factory, "Otra"), "Grupo B");
        var otherMeeting = await factory.MeetingAsync(otherGroup, "Plenaria B");
        using var beto = await factory.SignedInAsync(s.Beto);

        var own = await beto.GetAsync(s.Record);
        var crossed = await beto.GetAsync($"/groups/{s.Group}/meetings/{otherMeeting}/record");

        Assert.Equal(HttpStatusCode.OK, own.Status);
        PageAssert.Denied(crossed);
    }

    /// <summary>Sends the correction form: <paramref name="part"/>'s new text and the reason given.</summary>
    private static Task<FormClient.Page> CorrectAsync(FormClient facilitator, RecordStage s, Guid part, string text, string reason) =>
        facilitator.SubmitAsync(s.Record + "/correct", "main form[method=post]", new Dictionary<string, string>
        {
            ["Edit.PartId"] = part.ToString(),
            ["Edit.Text"] = text,
            ["Edit.Reason"] = reason,
        });
}
