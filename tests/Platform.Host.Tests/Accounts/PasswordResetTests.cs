using System.Globalization;
using System.Net.Sockets;
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
        PageAssert.LinkRefused(again);
        Assert.Equal(HttpStatusCode.Found, signIn.Status);
    }

    [Fact]
    public async Task ForgotPassword_UnknownAddress_GivesSameAnswerAndSendsNothing()
    {
        // A mail server that accepts connections and never answers: an answer that waited for it would never come.
        var server = new TcpListener(IPAddress.Loopback, 0);
        server.Start();
        try
        {
            using var factory = new PlatformFactory
            {
                Settings = new Dictionary<string, string>
                {
                    ["Mail:Smtp:Host"] = "127.0.0.1",
                    ["Mail:Smtp:Port"] = ((IPEndPoint)server.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture),
                    ["Mail:Smtp:EnableSsl"] = "false",
                },
            };
            await factory.CreateUserAsync("bea@example.org");
            using var browser = factory.Browser();

            var known = await browser.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "bea@example.org" }).WaitAsync(TimeSpan.FromSeconds(30));
            var unknown = await browser.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "nobody@example.org" }).WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(known.MainText, unknown.MainText);
            Assert.False(server.Pending());
            Assert.Equal(1, await factory.CountAsync("SELECT COUNT(*) FROM mail_outbox"));
            Assert.Equal(1, await factory.CountAsync("SELECT COUNT(*) FROM mail_outbox WHERE to_address = 'bea@example.org' AND sent_at IS NULL AND attempts = 0"));
        }
        finally
        {
            server.Stop();
        }
    }

    [Fact]
    public async Task ResetPassword_TamperedToken_ShowsProblemAndNoForm()
    {
        using var factory = new PlatformFactory();
        var user = await factory.CreateUserAsync("bea@example.org");
        using var browser = factory.Browser();

        var page = await browser.GetAsync($"/account/reset-password?user={user.Id}&token=forged");

        PageAssert.LinkRefused(page);
    }

    [GeneratedRegex(@"https?://\S+/account/reset-password\?user=\S+&token=\S+")]
    private static partial Regex ResetLink();
}
