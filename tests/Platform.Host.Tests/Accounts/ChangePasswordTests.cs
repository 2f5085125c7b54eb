namespace Platform.Host.Tests.Accounts;

public sealed class ChangePasswordTests
{
    private static async Task<FormClient> SignedInAsync(PlatformFactory factory)
    {
        await factory.CreateUserAsync("bea@example.org");
        var browser = factory.Browser();
        await browser.SubmitAsync("/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = "bea@example.org", ["Input.Password"] = PlatformFactory.Password });
        return browser;
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_MarksThatFieldAndKeepsOldPassword()
    {
        using var factory = new PlatformFactory();
        using var browser = await SignedInAsync(factory);

        var page = await browser.SubmitAsync("/account/change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "not my password",
            ["Input.Password"] = "a brand new passphrase",
            ["Input.ConfirmPassword"] = "a brand new passphrase",
        });

        Assert.Equal("true", page.Document.QuerySelector("#current-password")?.GetAttribute("aria-invalid"));
        Assert.Null(page.Document.QuerySelector("#password[aria-invalid]"));
        Assert.Null(page.Document.QuerySelector("main [role=status]"));
    }

    [Fact]
    public async Task ChangePassword_Correct_KeepsThisDeviceSignedIn()
    {
        using var factory = new PlatformFactory();
        using var browser = await SignedInAsync(factory);

        var page = await browser.SubmitAsync("/account/change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = PlatformFactory.Password,
            ["Input.Password"] = "a brand new passphrase",
            ["Input.ConfirmPassword"] = "a brand new passphrase",
        });
        var profile = await browser.GetAsync("/account/profile");

        Assert.NotNull(page.Document.QuerySelector("main [role=status]"));
        Assert.Equal(HttpStatusCode.OK, profile.Status);
    }
}
