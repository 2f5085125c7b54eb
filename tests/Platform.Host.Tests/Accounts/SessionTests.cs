using Microsoft.AspNetCore.Mvc.Testing;

namespace Platform.Host.Tests.Accounts;

/// <summary>
/// A copy of the sign-in cookie (a stolen one, a shared computer's) stops working the moment its session is ended,
/// on this host and on a second host sharing the database, with no clock advance: the truth is in the database.
/// </summary>
public sealed class SessionTests
{
    private const string Email = "bea@example.org";
    private const string NewPassword = "a brand new passphrase";

    public static TheoryData<string> EndingPaths => ["sign-out", "change-password", "reset-password", "administrator-ends-access"];

    [Theory]
    [MemberData(nameof(EndingPaths))]
    public async Task EndSession_CookieCopiedBefore_IsRefusedAtOnceOnEveryHost(string path)
    {
        using var first = new PlatformFactory();
        var user = await first.CreateUserAsync(Email);
        using var browser = first.Browser();
        var signIn = await browser.SignInAsync(Email, PlatformFactory.Password);
        var copy = signIn.SignInCookie;
        using var second = new PlatformFactory(sharedFolder: first.Folder);
        Assert.Equal(HttpStatusCode.OK, await ProfileStatusAsync(second, copy));

        await EndAsync(path, first, browser, user);

        Assert.Equal(HttpStatusCode.Found, await ProfileStatusAsync(first, copy));
        Assert.Equal(HttpStatusCode.Found, await ProfileStatusAsync(second, copy));
    }

    [Fact]
    public async Task ChangePassword_ThisDevice_StaysSignedInWhileOtherDevicesAreSignedOut()
    {
        using var factory = new PlatformFactory();
        await factory.CreateUserAsync(Email);
        using var phone = factory.Browser();
        using var laptop = factory.Browser();
        await phone.SignInAsync(Email, PlatformFactory.Password);
        await laptop.SignInAsync(Email, PlatformFactory.Password);

        await ChangePasswordAsync(laptop);

        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/account/profile")).Status);
        Assert.Equal(HttpStatusCode.Found, (await phone.GetAsync("/account/profile")).Status);
    }

    private static async Task EndAsync(string path, PlatformFactory factory, FormClient browser, User user)
    {
        switch (path)
        {
            case "sign-out":
                await browser.SubmitAsync("/account/sign-out", new Dictionary<string, string>());
                break;
            case "change-password":
                await ChangePasswordAsync(browser);
                break;
            case "reset-password":
                using (var stranger = factory.Browser())
                {
                    string token;
                    using (var scope = factory.Services.CreateScope())
                    {
                        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
                        token = await users.GeneratePasswordResetTokenAsync((await users.FindByIdAsync(user.Id))!);
                    }

                    var reset = await stranger.SubmitAsync(
                        $"/account/reset-password?user={user.Id}&token={Uri.EscapeDataString(token)}",
                        new Dictionary<string, string> { ["Input.Password"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword });
                    Assert.NotNull(reset.Document.QuerySelector("main [role=status]"));
                }

                break;
            default:
                // There is no deactivation page yet; renewing the security stamp is what ending someone's access must do.
                using (var scope = factory.Services.CreateScope())
                {
                    var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
                    Assert.True((await users.UpdateSecurityStampAsync((await users.FindByIdAsync(user.Id))!)).Succeeded);
                }

                break;
        }
    }

    private static async Task ChangePasswordAsync(FormClient browser)
    {
        var page = await browser.SubmitAsync("/account/change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = PlatformFactory.Password,
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });
        Assert.NotNull(page.Document.QuerySelector("main [role=status]"));
    }

    /// <summary>Opens the profile with nothing but <paramref name="cookie"/>: 200 while it works, 302 to sign-in once refused.</summary>
    private static async Task<HttpStatusCode> ProfileStatusAsync(PlatformFactory factory, string cookie)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/profile");
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
