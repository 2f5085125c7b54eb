using Platform.Grains.ActionItems;

namespace Platform.Host.Tests.ActionItems;

public sealed class ActionItemPageTests
{
    [Fact]
    public async Task Progress_MemberCreatesThenReportsDone_ShowsOnItemPageAndLeavesBoardColumn()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        using var member = await factory.SignedInAsync("beto@example.org");

        var created = await member.SubmitAsync($"/groups/{group.GroupId}/actions/new", new Dictionary<string, string>
        {
            ["Input.Title"] = "Informe de incidentes",
            ["Input.OwnerUserId"] = group.Member.Id,
            ["Input.DueDate"] = "2026-01-15",
            ["Input.Priority"] = "high",
        });
        Assert.Equal(HttpStatusCode.Found, created.Status);
        var itemPath = new Uri(new Uri("http://localhost"), created.Location).PathAndQuery;

        var progressed = await member.SubmitAsync(itemPath + "/progress", new Dictionary<string, string>
        {
            ["Input.Text"] = "Enviado a la alcaldía",
            ["Input.Status"] = "done",
            ["Input.EvidenceLink"] = "https://docs.example.org/informe",
        });

        Assert.Equal(HttpStatusCode.Found, progressed.Status);
        var page = await member.GetAsync(itemPath);
        Assert.Contains("Enviado a la alcaldía", page.MainText, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("main a[href='https://docs.example.org/informe']"));
        var board = await member.GetAsync($"/groups/{group.GroupId}/actions");
        Assert.Contains("Informe de incidentes", board.Document.QuerySelector("section[aria-labelledby='col-Done']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await MeetingGroup.CountAsync(factory, "SELECT COUNT(*) FROM action_item_update WHERE status_to = 'done'"));
    }

    [Fact]
    public async Task ItemPage_ViewerInBogota_ShowsProgressTimeOnTheirClock()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var id = await CreateAsync(factory, group, "Informe de incidentes");
        await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IActionItemGrain>(id)
            .AddProgressAsync(new AddActionItemProgress("Enviado a la alcaldía", ActionItemStatus.InProgress, null, group.Member.Id));
        await factory.ExecuteAsync("UPDATE user_account SET time_zone = 'America/Bogota' WHERE id = @id", new { id = group.Member.Id });
        using var member = await factory.SignedInAsync("beto@example.org");

        var page = await member.GetAsync($"/groups/{group.GroupId}/actions/{id}");

        var bogota = TimeZoneInfo.ConvertTime(factory.Time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("America/Bogota"));
        var shown = page.Document.QuerySelectorAll("main time").Select(t => t.TextContent).ToList();
        Assert.Contains(bogota.ToString("g", System.Globalization.CultureInfo.GetCultureInfo("es")), shown); // Beto reads Spanish
        Assert.DoesNotContain(shown, t => t.Contains("UTC", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Progress_Observer_IsDeniedAndWritesNothing()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var observer = await factory.CreateUserAsync("olga@example.org");
        await factory.Group(group.GroupId).AddMemberAsync(new AddMember(observer.Id, group.Organisation, GroupRole.Observer, group.Facilitator.Id));
        var item = await CreateAsync(factory, group, "Informe de incidentes");
        using var browser = await factory.SignedInAsync("olga@example.org");

        var form = await browser.GetAsync($"/groups/{group.GroupId}/actions/{item}/progress");
        var post = await browser.PostAsync($"/groups/{group.GroupId}/actions/{item}/progress", new Dictionary<string, string> { ["Input.Text"] = "x" });
        var view = await browser.GetAsync($"/groups/{group.GroupId}/actions/{item}");

        PageAssert.Denied(form);
        PageAssert.Denied(post);
        Assert.Equal(HttpStatusCode.OK, view.Status);
        Assert.Null(view.Document.QuerySelector("main a[href$='/progress']"));
        Assert.Equal(0, await MeetingGroup.CountAsync(factory, "SELECT COUNT(*) FROM action_item_update"));
    }

    [Fact]
    public async Task ItemPage_ItemOfAnotherGroupUnderOwnGroupRoute_IsDenied()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var other = await MeetingGroup.CreateAsync(factory, "otra");
        var theirs = await CreateAsync(factory, other, "Secreto de otro grupo");
        using var member = await factory.SignedInAsync("beto@example.org");

        PageAssert.Denied(await member.GetAsync($"/groups/{group.GroupId}/actions/{theirs}"));
        PageAssert.Denied(await member.GetAsync($"/groups/{group.GroupId}/actions/{theirs}/progress"));
    }

    [Fact]
    public async Task Csv_FormulaTitle_IsDefusedAndQuoted()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        await CreateAsync(factory, group, "=HYPERLINK(\"http://evil.example\",\"x\")");
        await CreateAsync(factory, group, "Revisar protocolo, anexo 2");
        using var member = await factory.SignedInAsync("beto@example.org");

        var response = await member.Http.GetAsync(new Uri($"/groups/{group.GroupId}/actions.csv", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"", text, StringComparison.Ordinal);
        Assert.Contains("\"Revisar protocolo, anexo 2\"", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_MemberClearsTitle_KeepsTypedValuesAndShowsMessageNextToField()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var item = await CreateAsync(factory, group, "Informe de incidentes");
        using var member = await factory.SignedInAsync("beto@example.org");

        var page = await member.SubmitAsync($"/groups/{group.GroupId}/actions/{item}/edit", new Dictionary<string, string>
        {
            ["Input.Title"] = " ",
            ["Input.Description"] = "Con anexos",
            ["Input.OwnerUserId"] = group.Member.Id,
            ["Input.Priority"] = "high",
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("true", page.Document.QuerySelector("#title")!.GetAttribute("aria-invalid"));
        Assert.NotNull(page.Document.QuerySelector("#title-error"));
        Assert.Equal("Con anexos", page.Document.QuerySelector("#description")!.TextContent);
        Assert.Equal(1, await MeetingGroup.CountAsync(factory, "SELECT COUNT(*) FROM action_item WHERE title = 'Informe de incidentes' AND version = 1"));
    }

    private static Task<Guid> CreateAsync(PlatformFactory factory, MeetingGroup group, string title) => group.ActionItemAsync(factory, title);
}
