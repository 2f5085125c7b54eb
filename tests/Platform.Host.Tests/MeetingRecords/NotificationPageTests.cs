namespace Platform.Host.Tests.MeetingRecords;

public sealed class NotificationPageTests
{
    [Fact]
    public async Task Notifications_AfterPublish_ShownInReadersLanguageAndMarkedRead()
    {
        using var factory = new PlatformFactory();
        var (s, _) = await factory.PublishedStageAsync();
        using var beto = await factory.SignedInAsync(s.Beto);

        var list = await beto.GetAsync("/notifications");
        var posted = await beto.SubmitAsync("/notifications", "main form", new Dictionary<string, string>
        {
            ["Read.Id"] = list.Document.QuerySelector("main button[name='Read.Id']")!.GetAttribute("value")!,
        });
        Assert.Equal(HttpStatusCode.Found, posted.Status);
        var read = await beto.GetAsync(new Uri(new Uri("http://localhost"), posted.Location!).PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Contains("Notificaciones (1 sin leer)", list.Document.QuerySelector("header nav a[href='/notifications']")?.TextContent, StringComparison.Ordinal);
        var item = list.Document.QuerySelector("main ol.notifications li.unread a");
        Assert.Contains("Se publicó el acta de «Reunión mensual»", item?.TextContent, StringComparison.Ordinal);
        Assert.Equal(s.Record, item?.GetAttribute("href"));
        Assert.NotNull(read.Document.QuerySelector("main ol.notifications li.read"));
        Assert.Equal("Notificaciones", read.Document.QuerySelector("header nav a[href='/notifications']")?.TextContent);
        Assert.Equal(1, await factory.CountAsync("SELECT COUNT(*) FROM notification WHERE read_at IS NULL AND user_id = @id", new { id = s.Olga.Id }));
    }
}
