using Platform.Grains.ActionItems;

namespace Platform.Host.Tests.ActionItems;

/// <summary>
/// The progress form's post is answered without rendering its page when it succeeds (<c>ProgressShortcut</c>); these
/// prove that path keeps every rule of the page's own post: session, authorisation, antiforgery, and the page's messages.
/// </summary>
public sealed class ProgressShortcutTests
{
    private const string Written = "SELECT COUNT(*) FROM action_item_update";

    [Fact]
    public async Task ProgressPost_Valid_RedirectsToTheItemAsThePageDidAndStoresOneUpdate()
    {
        using var factory = new PlatformFactory();
        var (group, item) = await ItemAsync(factory);
        using var member = await factory.SignedInAsync("beto@example.org");

        var post = await member.SubmitAsync(ProgressPath(group, item), new Dictionary<string, string>
        {
            ["Input.Text"] = "Enviado a la alcaldía",
            ["Input.Status"] = "done",
        });

        Assert.Equal(HttpStatusCode.Found, post.Status);
        Assert.Equal($"http://localhost/groups/{group.GroupId}/actions/{item}", post.Location);
        Assert.Equal(1, await MeetingGroup.CountAsync(factory, "SELECT COUNT(*) FROM action_item_update WHERE text = 'Enviado a la alcaldía' AND status_to = 'done'"));
        Assert.Equal(1, await MeetingGroup.CountAsync(factory, Written));
    }

    [Fact]
    public async Task ProgressPost_BadEvidenceLink_ShowsThePageWithTheTextKeptAndTheReadersMessage()
    {
        using var factory = new PlatformFactory();
        var (group, item) = await ItemAsync(factory);
        using var member = await factory.SignedInAsync("beto@example.org");

        var page = await member.SubmitAsync(ProgressPath(group, item), new Dictionary<string, string>
        {
            ["Input.Text"] = "Enviado a la alcaldía",
            ["Input.EvidenceLink"] = "alcaldia/informe",
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Enviado a la alcaldía", page.Document.QuerySelector("#text")!.TextContent);
        Assert.Equal("alcaldia/informe", page.Document.QuerySelector("#evidence")!.GetAttribute("value"));
        Assert.Equal("true", page.Document.QuerySelector("#evidence")!.GetAttribute("aria-invalid"));
        Assert.Equal("Escriba una dirección que empiece por http:// o https://.", page.Document.QuerySelector("#evidence-error")!.TextContent); // Beto reads Spanish
        Assert.Equal(0, await MeetingGroup.CountAsync(factory, Written));
    }

    [Fact]
    public async Task ProgressPost_PersonOutsideTheGroupWithAValidToken_IsDeniedAndWritesNothing()
    {
        using var factory = new PlatformFactory();
        var (group, item) = await ItemAsync(factory);
        using var outsider = await factory.SignedInBrowserAsync("nadie@example.org");
        var token = await TokenAsync(outsider, "/account/profile");

        var post = await outsider.PostAsync(ProgressPath(group, item), Form(token, "Entrada ajena"));

        Assert.Equal(HttpStatusCode.Found, post.Status);
        PageAssert.Denied(post);
        Assert.Equal(0, await MeetingGroup.CountAsync(factory, Written));
    }

    [Fact]
    public async Task ProgressPost_WithoutAntiforgeryToken_IsRefusedAndWritesNothing()
    {
        using var factory = new PlatformFactory();
        var (group, item) = await ItemAsync(factory);
        using var member = await factory.SignedInAsync("beto@example.org");
        await member.GetAsync(ProgressPath(group, item)); // the antiforgery cookie is set; only the form's token is missing

        var post = await member.PostAsync(ProgressPath(group, item), Form(token: null, "Sin token"));

        Assert.Equal(HttpStatusCode.BadRequest, post.Status);
        Assert.Equal(0, await MeetingGroup.CountAsync(factory, Written));
    }

    [Fact]
    public async Task ProgressPost_AfterTheSessionEnded_IsSentToSignInAndWritesNothing()
    {
        using var factory = new PlatformFactory();
        var (group, item) = await ItemAsync(factory);
        using var member = await factory.SignedInAsync("beto@example.org");
        var token = await TokenAsync(member, ProgressPath(group, item));
        await factory.ExecuteAsync("DELETE FROM user_session WHERE user_id = @id", new { id = group.Member.Id }); // signed out elsewhere

        var post = await member.PostAsync(ProgressPath(group, item), Form(token, "Después de salir"));

        Assert.Equal(HttpStatusCode.Found, post.Status);
        Assert.Contains("/account/sign-in", post.Location, StringComparison.Ordinal);
        Assert.Equal(0, await MeetingGroup.CountAsync(factory, Written));
    }

    private static string ProgressPath(MeetingGroup group, Guid item) => $"/groups/{group.GroupId}/actions/{item}/progress";

    private static Dictionary<string, string> Form(string? token, string text)
    {
        var form = new Dictionary<string, string> { ["_handler"] = "progress", ["Input.Text"] = text };
        if (token is not null)
        {
            form["__RequestVerificationToken"] = token;
        }

        return form;
    }

    private static async Task<string> TokenAsync(FormClient browser, string path) =>
        (await browser.GetAsync(path)).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static async Task<(MeetingGroup Group, Guid Item)> ItemAsync(PlatformFactory factory)
    {
        var group = await MeetingGroup.CreateAsync(factory);
        return (group, await group.ActionItemAsync(factory));
    }
}
