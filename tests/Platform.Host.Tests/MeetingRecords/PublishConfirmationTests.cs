namespace Platform.Host.Tests.MeetingRecords;

/// <summary>Issue 15: publishing asks first, on a page that says who will be told; a post that skips it publishes nothing.</summary>
public sealed class PublishConfirmationTests
{
    [Fact]
    public async Task Publish_FromRunPage_ConfirmationNamesEveryoneToldAndOnlyYesPublishes()
    {
        using var factory = new PlatformFactory();
        var s = await RecordStage.CreateAsync(factory);
        using var ana = await factory.SignedInAsync(s.Ana);

        var run = await ana.GetAsync(s.Run);
        var link = run.Document.QuerySelector("section[aria-labelledby=publish-title] a[role=button]")!.GetAttribute("href")!;
        var confirmation = await ana.GetAsync(link);
        var unpublished = await factory.CountAsync("SELECT COUNT(*) FROM record_revision");
        var done = await ana.SubmitAsync(link, new Dictionary<string, string>());

        Assert.Null(run.Document.QuerySelector("input[name=_handler][value=publish]"));
        Assert.Equal($"{s.Record}/publish", link);
        Assert.Equal(["ana", "beto", "olga"], confirmation.Document.QuerySelectorAll("ul.told li").Select(li => li.TextContent.Split(' ')[0]).Order());
        Assert.NotNull(confirmation.Document.QuerySelector($"main a[href='{s.Run}']"));
        Assert.Equal(0, unpublished);
        Assert.Equal(HttpStatusCode.Found, done.Status);
        Assert.EndsWith(s.Record, done.Location, StringComparison.Ordinal);
        Assert.Equal(1, await factory.CountAsync("SELECT COUNT(*) FROM record_revision"));
    }

    [Fact]
    public async Task Publish_PostWithoutConfirmation_IsRefusedWithAMessageAndPublishesNothing()
    {
        using var factory = new PlatformFactory();
        var s = await RecordStage.CreateAsync(factory);
        using var ana = await factory.SignedInAsync(s.Ana);
        var form = await ana.OpenFormAsync($"{s.Record}/publish", "publish");
        var unconfirmed = form.Values.Where(v => v.Key != "Publish.Confirmed").ToDictionary();

        var refused = await ana.PostAsync(form.Action, unconfirmed);
        var oldForm = await ana.PostAsync(s.Run, new Dictionary<string, string>(unconfirmed) { ["_handler"] = "publish" });

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Nothing was published", refused.Document.QuerySelector("main [role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.Found, oldForm.Status);
        Assert.Equal(0, await factory.CountAsync("SELECT COUNT(*) FROM record_revision"));
        Assert.Equal(0, await factory.CountAsync("SELECT COUNT(*) FROM notification"));
    }
}
