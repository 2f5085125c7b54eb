using Microsoft.Data.Sqlite;

namespace Platform.Host.Tests.Web;

public sealed class FailureTests
{
    private static Dictionary<string, string> Credentials(string password) => new() { ["Input.Email"] = "someone@example.org", ["Input.Password"] = password };

    [Fact]
    public async Task SignIn_ElevenPostsInAMinute_EleventhIsRefusedWith429()
    {
        using var factory = new PlatformFactory();
        using var browser = factory.Browser();
        var statuses = new List<HttpStatusCode>();

        for (var attempt = 0; attempt < 11; attempt++)
        {
            statuses.Add((await browser.SubmitAsync("/account/sign-in", Credentials("wrong password " + attempt))).Status);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(10));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/sign-in")).Status);
    }

    [Fact]
    public async Task AnyRequest_WhenDatabaseBreaksOutsideDevelopment_ShowsErrorPageWithReferenceAndNoStackTrace()
    {
        using var factory = new PlatformFactory("Production");
        using var browser = factory.Browser();
        var form = await browser.GetAsync("/account/sign-in");
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(factory.Folder, "roundtable.db*"))
        {
            File.WriteAllText(file, "this is not a database");
        }

        var values = form.Document.QuerySelectorAll("main form input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (name, value) in Credentials(PlatformFactory.Password))
        {
            values[name] = value;
        }

        var page = await browser.PostAsync("/account/sign-in", values);

        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.Matches("^[0-9a-f]{32}$", page.Document.QuerySelector("main code")?.TextContent ?? "");
        Assert.DoesNotContain("Exception", page.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Platform.", page.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }
}
