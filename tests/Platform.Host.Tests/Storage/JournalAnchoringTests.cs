using Platform.Grains.Journal;

namespace Platform.Host.Tests.Storage;

/// <summary>The running host anchors the journal head at start-up and shutdown; the admin page names what anchors reveal.</summary>
public sealed class JournalAnchoringTests
{
    [Fact]
    public async Task Shutdown_AfterChanges_SignsTheHeadIntoAnAnchor()
    {
        using var factory = new PlatformFactory();
        var host = factory.WithWebHostBuilder(_ => { });
        await AppendAsync(host.Services, 3);
        var head = await host.Services.GetRequiredService<JournalQueries>().HeadAsync();
        var anchors = host.Services.GetRequiredService<JournalAnchors>();
        Assert.DoesNotContain(anchors.ReadAll(), a => a.Anchor?.Seq == head!.Seq);

        await host.DisposeAsync();

        var found = Assert.Single(anchors.ReadAll(), a => a.Anchor?.Reason == "shutdown");
        Assert.True(found.SignatureValid);
        Assert.Equal((head!.Seq, head.Hash), (found.Anchor!.Seq, found.Anchor.Hash));
    }

    [Fact]
    public async Task Startup_WithJournal_SignsTheHeadIntoAnAnchor()
    {
        using var factory = new PlatformFactory();
        await AppendAsync(factory.Services, 2);
        var head = await factory.Services.GetRequiredService<JournalQueries>().HeadAsync();

        using var restarted = factory.WithWebHostBuilder(_ => { });
        var anchors = restarted.Services.GetRequiredService<JournalAnchors>().ReadAll();

        Assert.Contains(anchors, a => a.SignatureValid && a.Anchor!.Reason == "startup" && a.Anchor.Seq == head!.Seq);
    }

    [Fact]
    public async Task AdminVerify_TailDeletedAfterAnAnchor_AlertNamesTheMissingEntries()
    {
        using var factory = new PlatformFactory();
        using var browser = await factory.SignedInBrowserAsync("admin@example.org", PlatformRoles.Administrator);
        await AppendAsync(factory.Services, 5);
        await factory.Services.GetRequiredService<JournalAnchors>().WriteAsync("backup");
        await factory.ExecuteAsync("DROP TRIGGER tr_journal_entry_refuse_delete; DELETE FROM journal_entry WHERE seq > 3");

        var page = await browser.GetAsync("/admin?verify=journal");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector("main .journal-ok"));
        var alert = page.Document.QuerySelector("main [role=alert] [data-problem=truncated]")?.TextContent ?? "";
        Assert.Contains("it now ends at entry 3. Entries 4 to 5 were deleted.", alert, StringComparison.Ordinal);
    }

    private static async Task AppendAsync(IServiceProvider services, int count)
    {
        var database = services.GetRequiredService<Database>();
        var writer = services.GetRequiredService<JournalWriter>();
        for (var n = 0; n < count; n++)
        {
            await using var connection = await database.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await writer.AppendAsync(connection, transaction, new NewJournalEntry(null, "test", $"k{n}", "created", null, "test entry"));
            await transaction.CommitAsync();
        }
    }
}
