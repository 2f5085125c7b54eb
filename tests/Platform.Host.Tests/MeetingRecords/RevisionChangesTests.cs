namespace Platform.Host.Tests.MeetingRecords;

/// <summary>Issue 15: each revision can be compared with the one before, and the comparison keeps restricted parts restricted.</summary>
public sealed class RevisionChangesTests
{
    private static async Task<RecordStage> CorrectedAsync(PlatformFactory factory)
    {
        var (s, _) = await factory.PublishedStageAsync();
        var record = (await factory.RecordGrain(s.Meeting).GetAsync())!;
        var open = record.Notes.Single(n => !n.Restricted).Id;
        var secret = record.Notes.Single(n => n.Restricted).Id;
        await factory.RecordGrain(s.Meeting).CorrectAsync(new CorrectRecord("Errores de transcripción",
            [new RecordEdit(open, "Nota abierta sobre la capacitación en derechos", false), new RecordEdit(secret, "Secreto nuevo de la patrulla", true)], s.Ana.Id, 1));
        return s;
    }

    [Fact]
    public async Task RecordPage_CorrectedRevision_MarksWhatChangedWithInsAndDel()
    {
        using var factory = new PlatformFactory();
        var s = await CorrectedAsync(factory);
        using var ana = await factory.SignedInAsync(s.Ana);

        var page = (await ana.GetAsync(s.Record)).Document;
        var changes = page.QuerySelector("section.record-changes")!;

        Assert.Contains("revision 2", changes.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(changes.QuerySelectorAll("ins"), i => i.TextContent.Contains("derechos", StringComparison.Ordinal));
        Assert.Contains(changes.QuerySelectorAll("ins"), i => i.TextContent.Contains("nuevo", StringComparison.Ordinal));
        Assert.All(changes.QuerySelectorAll("ins, del"), e => Assert.NotNull(e.QuerySelector(".visually-hidden")));
        Assert.NotNull(page.QuerySelector($"ol.record-history a[href$='?revision=2#changes-title']"));
    }

    [Fact]
    public async Task RecordPage_RestrictedPartCorrected_ObserverSeesNoTraceOfIt()
    {
        using var factory = new PlatformFactory();
        var s = await CorrectedAsync(factory);
        using var olga = await factory.SignedInAsync(s.Olga);

        var page = await olga.GetAsync($"{s.Record}?revision=2");
        var changes = page.Document.QuerySelector("section.record-changes")!;

        Assert.Contains(changes.QuerySelectorAll("ins"), i => i.TextContent.Contains("derechos", StringComparison.Ordinal));
        Assert.DoesNotContain("Secreto", page.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("nuevo", changes.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordPage_FirstRevision_ShowsNoComparison()
    {
        using var factory = new PlatformFactory();
        var (s, _) = await factory.PublishedStageAsync();
        using var ana = await factory.SignedInAsync(s.Ana);

        var page = (await ana.GetAsync(s.Record)).Document;

        Assert.Null(page.QuerySelector("section.record-changes"));
    }
}
