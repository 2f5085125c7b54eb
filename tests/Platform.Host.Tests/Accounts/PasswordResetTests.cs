using System.Net;
using System.Text.RegularExpressions;

namespace Platform.Host.Tests.Accounts;

public sealed partial class PasswordResetTests
{
    private const string NewPassword = "a brand new passphrase";

    [Fact]
    public async Task ResetPassword_ViaOutboxLink_ChangesPasswordOnce()
    {
        using var factory = new PlatformFactory();
        await factory.CreateUserAsync("bea@example.org");
        using var browser = factory.Browser();

        var asked = await browser.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "bea@example.org" });
        var link = new Uri(ResetLink().Match(Assert.Single((await factory.DeliveredMailAsync()))).Value).PathAndQuery;
        var reset = await browser.SubmitAsync(link, new Dictionary<string, string> { ["Input.Password"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword });
        var again = await browser.GetAsync(link);
        var signIn = await browser.SubmitAsync("/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = "bea@example.org", ["Input.Password"] = NewPassword });

        Assert.NotNull(asked.Document.QuerySelector("main [role=status]"));
        Assert.NotNull(reset.Document.QuerySelector("main [role=status]"));
        Assert.NotNull(again.Document.QuerySelector("main [role=alert]"));
        Assert.Null(again.Document.QuerySelector("main form"));
        Assert.Equal(HttpStatusCode.Found, signIn.Status);
    }

    [Fact]
    public async Task ForgotPassword_UnknownAddress_GivesSameAnswerAndSendsNothing()
    {
        using var factory = new PlatformFactory();
        await factory.CreateUserAsync("bea@example.org");
        using var browser = factory.Browser();

        var known = await browser.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "bea@example.org" });
        var unknown = await browser.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "nobody@example.org" });

        Assert.Equal(known.MainText, unknown.MainText);
        Assert.Single((await factory.DeliveredMailAsync()));
    }

    [Fact]
    public async Task ResetPassword_TamperedToken_ShowsProblemAndNoForm()
    {
        using var factory = new PlatformFactory();
        var user = await factory.CreateUserAsync("bea@example.org");
        using var browser = factory.Browser();

        var page = await browser.GetAsync($"/account/reset-password?user={user.Id}&token=forged");

        Assert.NotNull(page.Document.QuerySelector("main [role=alert]"));
        Assert.Null(page.Document.QuerySelector("main form"));
    }

    [GeneratedRegex(@"https?://\S+/account/reset-password\?user=\S+&token=\S+")]
    private static partial Regex ResetLink();
}
