using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Platform.Browser.Tests;

/// <summary>
/// One host and one browser for a test, and the phones of the people it opens; disposed in the reverse order of opening
/// (phones, then the browser session, which audits every page they opened, then the host).
/// </summary>
internal sealed partial class DemoScene : IAsyncDisposable
{
    /// <summary>The demo's working group where Ana facilitates and James is a member.</summary>
    public const string Group = "Voluntary Principles Working Group – Colombia";

    private readonly List<IAsyncDisposable> owned = [];

    private DemoScene(HostProcess host, BrowserSession session)
    {
        Host = host;
        Session = session;
    }

    public HostProcess Host { get; }

    public BrowserSession Session { get; }

    /// <summary>Starts a host (on the demo data unless <paramref name="demo"/> is false) and a browser.</summary>
    public static async Task<DemoScene> StartAsync(bool demo = true)
    {
        var host = await HostProcess.StartAsync(demo);
        try
        {
            return new DemoScene(host, await BrowserSession.LaunchAsync());
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>A new phone on the host, not signed in.</summary>
    public async Task<IBrowserContext> PhoneAsync(string locale = "en-GB")
    {
        var phone = await Session.NewPhoneContextAsync(Host.BaseAddress, locale);
        owned.Add(phone);
        return phone;
    }

    /// <summary>A new phone with one page, where <paramref name="email"/> (a demo person) has signed in and reads English.</summary>
    public async Task<(IBrowserContext Phone, IPage Page)> SignInAsync(string email)
    {
        var phone = await PhoneAsync();
        var page = await phone.NewPageAsync();
        await SignInAsync(page, email);
        return (phone, page);
    }

    /// <summary>Signs <paramref name="email"/> (a demo person) in on <paramref name="page"/> and switches it to English.</summary>
    public static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("demo-password-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/sign-in", StringComparison.Ordinal));

        // Demo people keep the language of their profile (Ana reads Spanish); these tests read English.
        await page.Locator("#culture-select").SelectOptionAsync("en");
        await page.Locator("form.language-switcher button").ClickAsync();
        await page.WaitForSelectorAsync("html[lang=en]");
    }

    /// <summary>
    /// From the signed-in facilitator's home, opens the demo group's schedule form, fills the title, the day
    /// <paramref name="day"/> and the times, lets <paramref name="more"/> fill the rest, submits it (confirming
    /// once if the page warns about an overlap) and answers the new meeting's address.
    /// </summary>
    public static async Task<string> ScheduleAsync(IPage page, string title, DateTime day, string start, string end, Func<Task>? more = null)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = Group }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Meetings" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Schedule a meeting" }).ClickAsync();
        await page.Locator("#title").FillAsync(title);
        await page.Locator("#date").FillAsync(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#start-time").FillAsync(start);
        await page.Locator("#end-time").FillAsync(end);
        if (more is not null)
        {
            await more();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule", Exact = true }).ClickAsync();
        var anyway = page.GetByRole(AriaRole.Button, new() { Name = "Schedule anyway" });
        if (await anyway.CountAsync() > 0)
        {
            await anyway.ClickAsync();
        }

        await page.WaitForURLAsync(MeetingUrl());
        return page.Url;
    }

    /// <summary>Waits until the page's live connection is up.</summary>
    public static Task WaitLiveAsync(IPage page) => page.Locator("html[data-live=on]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>Marks the page's window, so that <see cref="AssertNotReloadedAsync"/> can tell it was never reloaded.</summary>
    public static Task MarkNotReloadedAsync(IPage page) => page.EvaluateAsync("() => { window.notReloaded = true; }");

    public static async Task AssertNotReloadedAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "The page was reloaded.");

    /// <summary>The address of a meeting's page.</summary>
    [GeneratedRegex(@"/meetings/[0-9a-f-]{36}$")]
    public static partial Regex MeetingUrl();

    public async ValueTask DisposeAsync()
    {
        for (var i = owned.Count - 1; i >= 0; i--)
        {
            await owned[i].DisposeAsync();
        }

        await Session.DisposeAsync();
        await Host.DisposeAsync();
    }
}
