using Microsoft.Playwright;

namespace Platform.Browser.Tests;

/// <summary>
/// Live updates with the real @microsoft/signalr client: a change by the facilitator reaches a member's open page without
/// reload, survives a spell offline, stops at removal, and never reaches a person of another group who asks for it.
/// </summary>
public sealed class LiveTests
{
    [BrowserFact]
    public async Task GroupPage_ChangesByFacilitator_ReachOnlyThoseWhoMayView()
    {
        await using var scene = await DemoScene.StartAsync();
        var (anaPhone, ana) = await scene.SignInAsync("ana.restrepo@demo.example");
        await ana.GetByRole(AriaRole.Link, new() { Name = DemoScene.Group }).First.ClickAsync();
        var groupUrl = ana.Url;
        await DemoScene.WaitLiveAsync(ana);
        var (jamesPhone, james) = await WatchAsync(scene, "james.whitfield@demo.example", groupUrl);
        var rosa = await StrangerAsync(scene, groupUrl, "");

        // 1. The facilitator saves the details; the member's feed shows it without reload.
        var edit = await anaPhone.NewPageAsync();
        await edit.GotoAsync(groupUrl + "/edit");
        await edit.GetByRole(AriaRole.Button, new() { Name = "Save details" }).ClickAsync();
        await NewestActivityAsync(james, "updated the details");
        await DemoScene.AssertNotReloadedAsync(james);

        // 2. Offline while the status changes; back online, the page catches up from the journal.
        await jamesPhone.SetOfflineAsync(true);
        await james.Locator("html[data-live=reconnecting]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await edit.GotoAsync(groupUrl + "/edit");
        await edit.Locator("#status").SelectOptionAsync("paused");
        await edit.GetByRole(AriaRole.Button, new() { Name = "Set status" }).ClickAsync();
        await NewestActivityAsync(ana, "changed the status");
        await jamesPhone.SetOfflineAsync(false);
        await NewestActivityAsync(james, "changed the status");
        await DemoScene.AssertNotReloadedAsync(james);

        // 3. The member is removed: from then on nothing reaches his page, and catching up answers nothing.
        await RemoveAsync(await anaPhone.NewPageAsync(), groupUrl, "James Whitfield");
        await NewestActivityAsync(ana, "removed James Whitfield from the group");
        var seenAtRemoval = await james.EvaluateAsync<int>("() => window.seen.length");
        await edit.GotoAsync(groupUrl + "/edit");
        await edit.GetByRole(AriaRole.Button, new() { Name = "Save details" }).ClickAsync();
        await NewestActivityAsync(ana, "updated the details");
        Assert.Equal(0, await james.EvaluateAsync<int>("async () => (await window.roundtableLive.invoke('catchUp', 0)).length"));
        Assert.Equal(seenAtRemoval, await james.EvaluateAsync<int>("() => window.seen.length"));

        // 4. Rosa's own connection heard nothing of this group all along.
        Assert.Equal(0, await rosa.EvaluateAsync<int>("() => window.stolen.length"));
    }

    /// <summary>
    /// <paramref name="email"/> signs in on a phone and opens <paramref name="url"/>, live; the page notes in
    /// <c>window.seen</c> every change the hub tells it of, and is marked to show it is never reloaded.
    /// </summary>
    internal static async Task<(IBrowserContext Phone, IPage Page)> WatchAsync(DemoScene scene, string email, string url)
    {
        var (phone, page) = await scene.SignInAsync(email);
        await page.GotoAsync(url);
        await DemoScene.WaitLiveAsync(page);
        await page.EvaluateAsync("() => { window.notReloaded = true; window.seen = []; window.roundtableLive.on('changed', c => window.seen.push(c)); }");
        return (phone, page);
    }

    /// <summary>
    /// Rosa, who sits only in the other demo group, opens her own group's page (plus <paramref name="suffix"/>) and from it
    /// asks the hub for the group at <paramref name="groupUrl"/>, which is refused (see <see cref="ListenAsStrangerAsync"/>).
    /// </summary>
    internal static async Task<IPage> StrangerAsync(DemoScene scene, string groupUrl, string suffix)
    {
        var (_, rosa) = await scene.SignInAsync("rosa.palacios@demo.example");
        await rosa.GetByRole(AriaRole.Link).Filter(new() { HasText = "San Rafael" }).First.ClickAsync();
        if (suffix.Length > 0)
        {
            await rosa.GotoAsync(rosa.Url + suffix);
        }

        await DemoScene.WaitLiveAsync(rosa);
        Assert.Equal(0, await ListenAsStrangerAsync(rosa, new Uri(groupUrl).Segments[^1].TrimEnd('/')));
        return rosa;
    }

    /// <summary>
    /// From <paramref name="page"/> (someone who may not view the group) opens a second hub connection, asks to follow
    /// <paramref name="groupId"/> and records in <c>window.stolen</c> anything that arrives; answers how many groups were granted.
    /// </summary>
    internal static Task<int> ListenAsStrangerAsync(IPage page, string groupId) => page.EvaluateAsync<int>("""
        async groupId => {
            window.stolen = [];
            const c = new signalR.HubConnectionBuilder().withUrl('/hub').build();
            c.on('changed', x => window.stolen.push(x));
            await c.start();
            return (await c.invoke('subscribe', [groupId])).length;
        }
        """, groupId);

    /// <summary>The facilitator removes <paramref name="name"/> on the group's members page.</summary>
    internal static async Task RemoveAsync(IPage facilitator, string groupUrl, string name)
    {
        await facilitator.GotoAsync(groupUrl + "/members");
        var id = await facilitator.Locator("#remove-person option", new() { HasText = name }).GetAttributeAsync("value");
        await facilitator.Locator("#remove-person").SelectOptionAsync(id!);
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Remove from the group" }).ClickAsync();
    }

    private static Task NewestActivityAsync(IPage page, string text) =>
        page.Locator("ol.activity li").First.Filter(new() { HasText = text }).WaitForAsync();
}
