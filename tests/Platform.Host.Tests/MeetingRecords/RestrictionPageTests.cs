namespace Platform.Host.Tests.MeetingRecords;

/// <summary>Issue 11: correcting a restricted part never shows it to observers; lifting is a confirmed, separate act.</summary>
public sealed class RestrictionPageTests
{
    [Fact]
    public async Task CorrectPage_RestrictedNote_StartsFromItsTextAndObserverNeverReadsTheCorrection()
    {
        using var factory = new PlatformFactory();
        var (s, secret) = await PublishedWithSecretAsync(factory);
        using var ana = await factory.SignedInAsync(s.Ana);
        using var olga = await factory.SignedInAsync(s.Olga);
        var correct = $"{s.Record}/correct?part={secret.Id}";

        var form = await ana.GetAsync(correct);
        var posted = await ana.SubmitAsync(correct, "main form[method=post]", new Dictionary<string, string>
        {
            // What a browser sends for this form: its text box (edited) and the reason; no "restricted" box is ticked.
            ["Edit.Text"] = "Secreto corregido de la patrulla",
            ["Edit.Reason"] = "Errata en el nombre",
        });
        var latest = await olga.GetAsync(s.Record);
        var second = await olga.GetAsync($"{s.Record}?revision=2");

        Assert.Equal("Secreto de la patrulla", form.Document.QuerySelector("main textarea[name='Edit.Text']")?.TextContent.Trim());
        Assert.Null(form.Document.QuerySelector("main input[name='Edit.Restricted'][type=checkbox]:not([checked])"));
        Assert.NotNull(form.Document.QuerySelector($"main a[href='{s.Record}/lift?part={secret.Id}']"));
        Assert.Equal(HttpStatusCode.Found, posted.Status);
        Assert.Equal(1, await factory.CountAsync("SELECT COUNT(*) FROM note WHERE text = 'Secreto corregido de la patrulla' AND restricted = TRUE"));
        Assert.Equal(2, await factory.CountAsync("SELECT COUNT(*) FROM record_revision"));
        Assert.All(new[] { latest, second }, page => Assert.DoesNotContain("Secreto", page.Document.DocumentElement.OuterHtml, StringComparison.Ordinal));
        Assert.Equal(6, (await factory.DeliveredMailAsync()).Count); // revision 1 and revision 2, to each of the three participants
        Assert.All((await factory.DeliveredMailAsync()), mail => Assert.DoesNotContain("Secreto", mail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CorrectPage_OpenOutcomeChosen_StartsFromItsTextWithRestrictedUnticked()
    {
        using var factory = new PlatformFactory();
        var (s, decision) = await factory.PublishedStageAsync();
        using var ana = await factory.SignedInAsync(s.Ana);

        var form = await ana.GetAsync($"{s.Record}/correct?part={decision}");

        Assert.Equal("Reunión en enero", form.Document.QuerySelector("main textarea[name='Edit.Text']")?.TextContent.Trim());
        Assert.NotNull(form.Document.QuerySelector("main input[name='Edit.Restricted'][type=checkbox]:not([checked])"));
        Assert.Equal(decision.ToString(), form.Document.QuerySelector("main form[method=post] input[name='Edit.PartId']")?.GetAttribute("value"));
    }

    [Fact]
    public async Task LiftPage_ConfirmedWithReason_ObserverReadsThePartInTheNextRevision()
    {
        using var factory = new PlatformFactory();
        var (s, secret) = await PublishedWithSecretAsync(factory);
        using var ana = await factory.SignedInAsync(s.Ana);
        using var olga = await factory.SignedInAsync(s.Olga);
        var lift = $"{s.Record}/lift?part={secret.Id}";

        var confirm = await ana.GetAsync(lift);
        var before = await olga.GetAsync(s.Record);
        var lifted = await ana.SubmitAsync(lift, "main form[method=post]", new Dictionary<string, string> { ["Lift.Reason"] = "La comunidad lo publicó" });
        var after = await olga.GetAsync(s.Record);

        Assert.Equal(HttpStatusCode.OK, confirm.Status);
        Assert.Contains("Secreto de la patrulla", confirm.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Secreto", before.MainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, lifted.Status);
        Assert.Contains("Secreto de la patrulla", after.MainText, StringComparison.Ordinal);
        Assert.Equal(1, await factory.CountAsync("SELECT COUNT(*) FROM journal_entry WHERE action = 'restriction_lifted' AND actor = @a", new { a = s.Ana.Id }));
    }

    [Fact]
    public async Task LiftPage_WithoutReasonOrAsMember_ChangesNothing()
    {
        using var factory = new PlatformFactory();
        var (s, secret) = await PublishedWithSecretAsync(factory);
        using var ana = await factory.SignedInAsync(s.Ana);
        using var beto = await factory.SignedInAsync(s.Beto);
        var lift = $"{s.Record}/lift?part={secret.Id}";

        var noReason = await ana.SubmitAsync(lift, "main form[method=post]", new Dictionary<string, string> { ["Lift.Reason"] = "" });
        var member = await beto.PostAsync(lift, new Dictionary<string, string> { ["_handler"] = "lift", ["Lift.PartId"] = secret.Id.ToString(), ["Lift.Reason"] = "Porque sí" });

        Assert.NotNull(noReason.Document.QuerySelector("main textarea[name='Lift.Reason'][aria-invalid=true]"));
        PageAssert.Denied(member);
        Assert.Equal(1, await factory.CountAsync("SELECT COUNT(*) FROM record_revision"));
        Assert.Equal(0, await factory.CountAsync("SELECT COUNT(*) FROM journal_entry WHERE action = 'restriction_lifted'"));
    }

    [Fact]
    public async Task LiftPage_FromTheRunPageOfADraft_LiftsWithoutReasonAndReturnsToTheRunPage()
    {
        using var factory = new PlatformFactory();
        var s = await RecordStage.CreateAsync(factory);
        var note = (await factory.RecordGrain(s.Meeting).AddNoteAsync(new(s.FirstItem, "Nota reservada por error", true, s.Ana.Id))).Notes[0];
        using var ana = await factory.SignedInAsync(s.Ana);

        var run = await ana.GetAsync(s.Run);
        var link = run.Document.QuerySelector("main a.lift-restriction")?.GetAttribute("href");
        var lifted = await ana.SubmitAsync(link!, "main form[method=post]", new Dictionary<string, string>());

        Assert.Equal($"{s.Record}/lift?part={note.Id}", link);
        Assert.Equal(HttpStatusCode.Found, lifted.Status);
        Assert.EndsWith(s.Run, lifted.Location, StringComparison.Ordinal);
        Assert.False((await factory.RecordGrain(s.Meeting).GetAsync())!.Notes.Single().Restricted);
    }

    /// <summary>The stage's record published, with its restricted note (the secret an observer must never read).</summary>
    private static async Task<(RecordStage Stage, NoteEntry Secret)> PublishedWithSecretAsync(PlatformFactory factory)
    {
        var (s, _) = await factory.PublishedStageAsync();
        return (s, (await factory.RecordGrain(s.Meeting).GetAsync())!.Notes.Single(n => n.Restricted));
    }
}
