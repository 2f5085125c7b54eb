using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Live;

namespace Platform.Host.Tests.Live;

/// <summary>
/// A live connection (a browser tab left open) dies with the sign-in session it was opened under: after sign-out or
/// when the account's access is ended it stops receiving change notices and unread-count pings, while other people's stay.
/// </summary>
public sealed class HubSessionTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("sign-out")]
    [InlineData("administrator-ends-access")]
    public async Task EndSession_HubConnectionOpenedBefore_IsClosedAtTheNextSweep(string path)
    {
        using var factory = new PlatformFactory();
        var bea = await factory.CreateUserAsync("bea@example.org");
        await factory.CreateUserAsync("otto@example.org");
        using var beaBrowser = factory.Browser();
        await using var beaHub = await factory.HubAsync(await SignInAsync(beaBrowser, "bea@example.org"));
        using var ottoBrowser = factory.Browser();
        await using var ottoHub = await factory.HubAsync(await SignInAsync(ottoBrowser, "otto@example.org"));
        var closed = Closed(beaHub);

        await EndAsync(path, factory, beaBrowser, bea);
        factory.Time.Advance(LiveSessionSweeper.DefaultInterval);

        await closed.WaitAsync(Patience);
        Assert.Equal(HubConnectionState.Disconnected, beaHub.State);
        Assert.Equal(HubConnectionState.Connected, ottoHub.State);
        Assert.Empty(await ottoHub.InvokeAsync<Guid[]>("subscribe", Array.Empty<Guid>()));
    }

    [Fact]
    public async Task SignOut_HubConnectionOnAnotherHost_IsClosedAtThatHostsNextSweep()
    {
        using var first = new PlatformFactory();
        await first.CreateUserAsync("bea@example.org");
        using var browser = first.Browser();
        var cookie = await SignInAsync(browser, "bea@example.org");
        using var second = new PlatformFactory(sharedFolder: first.Folder);
        await using var hub = await second.HubAsync(cookie);
        var closed = Closed(hub);

        await browser.SubmitAsync("/account/sign-out", new Dictionary<string, string>());
        second.Time.Advance(LiveSessionSweeper.DefaultInterval);

        await closed.WaitAsync(Patience);
        Assert.Equal(HubConnectionState.Disconnected, hub.State);
    }

    [Fact]
    public async Task ChangePassword_ThisDevice_ClosesOnlyTheConnectionOpenedBeforeTheChange()
    {
        using var factory = new PlatformFactory();
        await factory.CreateUserAsync("bea@example.org");
        using var browser = factory.Browser();
        await using var before = await factory.HubAsync(await SignInAsync(browser, "bea@example.org"));
        var closed = Closed(before);

        // The same session goes on with a new stamp; a tab opened afterwards carries it and must keep working.
        var changed = await browser.SubmitAsync("/account/change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = PlatformFactory.Password,
            ["Input.Password"] = "a brand new passphrase",
            ["Input.ConfirmPassword"] = "a brand new passphrase",
        });
        await using var after = await factory.HubAsync(CookieOf(changed));
        factory.Time.Advance(LiveSessionSweeper.DefaultInterval);

        await closed.WaitAsync(Patience);
        Assert.Equal(HubConnectionState.Connected, after.State);
        Assert.Empty(await after.InvokeAsync<Guid[]>("subscribe", Array.Empty<Guid>()));
    }

    [Fact]
    public async Task Subscribe_AfterSignOutBeforeTheSweep_IsRefusedAndClosesTheConnection()
    {
        using var factory = new PlatformFactory();
        await factory.CreateUserAsync("bea@example.org");
        using var browser = factory.Browser();
        await using var hub = await factory.HubAsync(await SignInAsync(browser, "bea@example.org"));
        var closed = Closed(hub);
        Assert.Empty(await hub.InvokeAsync<Guid[]>("subscribe", Array.Empty<Guid>()));

        await browser.SubmitAsync("/account/sign-out", new Dictionary<string, string>());

        await Assert.ThrowsAnyAsync<Exception>(() => hub.InvokeAsync<Guid[]>("subscribe", Array.Empty<Guid>()));
        await closed.WaitAsync(Patience);
    }

    private static async Task EndAsync(string path, PlatformFactory factory, FormClient browser, User user)
    {
        if (path == "sign-out")
        {
            await browser.SubmitAsync("/account/sign-out", new Dictionary<string, string>());
            return;
        }

        // What ending someone's access (and a password change or reset) does to the account: a new security stamp.
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        Assert.True((await users.UpdateSecurityStampAsync((await users.FindByIdAsync(user.Id))!)).Succeeded);
    }

    /// <summary>Signs in and returns a copy of the sign-in cookie ("rt=…"), as the browser sends it with the hub's WebSocket.</summary>
    private static async Task<string> SignInAsync(FormClient browser, string email)
    {
        return CookieOf(await browser.SignInAsync(email, PlatformFactory.Password));
    }

    private static string CookieOf(FormClient.Page page) =>
        Assert.Single(page.SetCookies, c => c.StartsWith("rt=", StringComparison.Ordinal)).Split(';')[0];

    private static Task Closed(HubConnection hub)
    {
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        return closed.Task;
    }
}
