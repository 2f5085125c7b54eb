using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Platform.Host.Live;

namespace Platform.Host.Tests.Live;

/// <summary>
/// A live connection (a browser tab left open) dies with the sign-in session it was opened under: after sign-out or
/// when the account's access is ended it stops receiving change notices and unread-count pings, while other people's stay.
/// </summary>
public sealed class HubSessionTests
{
    [Theory]
    [InlineData("sign-out")]
    [InlineData("administrator-ends-access")]
    public async Task EndSession_HubConnectionOpenedBefore_IsClosedAtTheNextSweep(string path)
    {
        using var factory = new PlatformFactory();
        var bea = await factory.CreateUserAsync("bea@example.org");
        await factory.CreateUserAsync("otto@example.org");
        await using var beaHub = await SignedInHub.ConnectAsync(factory, "bea@example.org");
        await using var ottoHub = await SignedInHub.ConnectAsync(factory, "otto@example.org");
        var closed = beaHub.Closed();

        await EndAsync(path, factory, beaHub.Browser, bea);
        factory.Time.Advance(LiveSessionSweeper.DefaultInterval);

        await closed.WaitAsync(SignedInHub.Patience);
        Assert.Equal(HubConnectionState.Disconnected, beaHub.Hub.State);
        Assert.Equal(HubConnectionState.Connected, ottoHub.Hub.State);
        Assert.Empty(await ottoHub.Hub.InvokeAsync<Guid[]>("subscribe", Array.Empty<Guid>()));
    }

    [Fact]
    public async Task SignOut_HubConnectionOnAnotherHost_IsClosedAtThatHostsNextSweep()
    {
        using var first = new PlatformFactory();
        await first.CreateUserAsync("bea@example.org");
        using var browser = first.Browser();
        var cookie = (await browser.SignInAsync("bea@example.org", PlatformFactory.Password)).SignInCookie;
        using var second = new PlatformFactory(sharedFolder: first.Folder);
        await using var hub = await second.HubAsync(cookie);
        var closed = SignedInHub.Closed(hub);

        await browser.SubmitAsync("/account/sign-out", new Dictionary<string, string>());
        second.Time.Advance(LiveSessionSweeper.DefaultInterval);

        await closed.WaitAsync(SignedInHub.Patience);
        Assert.Equal(HubConnectionState.Disconnected, hub.State);
    }

    [Fact]
    public async Task ChangePassword_ThisDevice_ClosesOnlyTheConnectionOpenedBeforeTheChange()
    {
        using var factory = new PlatformFactory();
        await factory.CreateUserAsync("bea@example.org");
        await using var before = await SignedInHub.ConnectAsync(factory, "bea@example.org");
        var browser = before.Browser;
        var closed = before.Closed();

        // The same session goes on with a new stamp; a tab opened afterwards carries it and must keep working.
        var changed = await browser.SubmitAsync("/account/change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = PlatformFactory.Password,
            ["Input.Password"] = "a brand new passphrase",
            ["Input.ConfirmPassword"] = "a brand new passphrase",
        });
        await using var after = await factory.HubAsync(changed.SignInCookie);
        factory.Time.Advance(LiveSessionSweeper.DefaultInterval);

        await closed.WaitAsync(SignedInHub.Patience);
        Assert.Equal(HubConnectionState.Connected, after.State);
        Assert.Empty(await after.InvokeAsync<Guid[]>("subscribe", Array.Empty<Guid>()));
    }

    [Fact]
    public async Task Subscribe_AfterSignOutBeforeTheSweep_IsRefusedAndClosesTheConnection()
    {
        using var factory = new PlatformFactory();
        await factory.CreateUserAsync("bea@example.org");
        await using var bea = await SignedInHub.ConnectAsync(factory, "bea@example.org");
        var closed = bea.Closed();
        Assert.Empty(await bea.Hub.InvokeAsync<Guid[]>("subscribe", Array.Empty<Guid>()));

        await bea.Browser.SubmitAsync("/account/sign-out", new Dictionary<string, string>());

        await Assert.ThrowsAnyAsync<Exception>(() => bea.Hub.InvokeAsync<Guid[]>("subscribe", Array.Empty<Guid>()));
        await closed.WaitAsync(SignedInHub.Patience);
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
}
