using Platform.Grains.Journal;

namespace Platform.Host.Tests.MeetingRecords;

/// <summary>Each published record carries the journal head, on its page and in its mail, and anchors it in the data folder.</summary>
public sealed class RecordJournalHeadTests
{
    [Fact]
    public async Task Publish_PageMailAndAnchor_CarryTheJournalHeadOfThePublication()
    {
        using var factory = new PlatformFactory();
        var (s, _) = await factory.PublishedStageAsync();
        var head = await PublicationHeadAsync(factory, "published");
        using var beto = await factory.SignedInAsync(s.Beto);

        var page = await beto.GetAsync(s.Record);

        var line = page.Document.QuerySelector("main .record-journal-head")?.TextContent ?? "";
        Assert.Contains($"entrada {head.Seq}, hash {head.HashPrefix}…", line, StringComparison.Ordinal);
        Assert.Single((await factory.DeliveredMailAsync()), m => m.Contains("ana@example.org", StringComparison.Ordinal) && m.Contains($"seq {head.Seq}, hash {head.HashPrefix}…", StringComparison.Ordinal));
        var anchors = factory.Services.GetRequiredService<JournalAnchors>().ReadAll();
        Assert.Contains(anchors, a => a.SignatureValid && a.Anchor!.Reason == "published" && a.Anchor.Seq == head.Seq && a.Anchor.Hash == head.Hash);
    }

    [Fact]
    public async Task Correct_OlderAndNewerRevisions_EachShowTheHeadOfTheirOwnPublication()
    {
        using var factory = new PlatformFactory();
        var (s, decision) = await factory.PublishedStageAsync();
        await factory.RecordGrain(s.Meeting).CorrectAsync(new("Fecha equivocada", [new(decision, "Reunión en febrero", false)], s.Ana.Id));
        var first = await PublicationHeadAsync(factory, "published");
        var second = await PublicationHeadAsync(factory, "corrected");
        using var ana = await factory.SignedInAsync(s.Ana);

        var revisionOne = await ana.GetAsync(s.Record + "?revision=1");
        var revisionTwo = await ana.GetAsync(s.Record);

        Assert.Contains($"seq {first.Seq}, hash {first.HashPrefix}…", revisionOne.Document.QuerySelector("main .record-journal-head")?.TextContent, StringComparison.Ordinal);
        Assert.Contains($"seq {second.Seq}, hash {second.HashPrefix}…", revisionTwo.Document.QuerySelector("main .record-journal-head")?.TextContent, StringComparison.Ordinal);
    }

    private static async Task<JournalHead> PublicationHeadAsync(PlatformFactory factory, string action)
    {
        await using var connection = await factory.Services.GetRequiredService<Platform.Grains.Storage.Database>().OpenAsync();
        return await connection.QuerySingleAsync<JournalHead>(
            "SELECT seq AS Seq, hash AS Hash FROM journal_entry WHERE entity_kind = 'meeting_record' AND action = @action", new { action });
    }
}
