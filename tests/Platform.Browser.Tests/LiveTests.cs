using Microsoft.Playwright;

namespace Platform.Browser.Tests;

/// <summary>
/// Live updates with the real @microsoft/signalr client: a change by the facilitator reaches a member's open page without
/// reload, survives a spell offline, stops at removal, and never reaches a person of another group who asks for it.
/// </summary>
public sealed class LiveTests
{
    private const string Group = "Voluntary Principles Working Group – Colombia";

    [BrowserFact]
    public async Task GroupPage_ChangesByFacilitator_ReachOnlyThoseWhoMayView()
    {
        await using var host = await HostProcess.StartAsync(demo: true);
        await using var session = await BrowserSession.LaunchAsync();
        await using var anaContext = await session.NewPhoneContextAsync(host.BaseAddress);
        var ana = await anaContext.NewPageAsync();
        await MeetingTests.SignInAsync(ana, "ana.restrepo@demo.example");
        await ana.GetByRole(AriaRole.Link, new() { Name = Group }).First.ClickAsync();
        var groupUrl = ana.Url;
        var groupId = new Uri(groupUrl).Segments[^1].TrimEnd('/');
        await WaitLiveAsync(ana);

        await using var jamesContext = await session.NewPhoneContextAsync(host.BaseAddress);
        var james = await jamesContext.NewPageAsync();
        await MeetingTests.SignInAsync(james, "james.whitfield@demo.example");
        await james.GotoAsync(groupUrl);
        await WaitLiveAsync(james);
        await james.EvaluateAsync("() => { window.notReloaded = true; window.seen = []; window.roundtableLive.on('changed', c => window.seen.push(c)); }");

        // Rosa sits only in the other group. She opens her own connection from the page and asks for this group.
        await using var rosaContext = await session.NewPhoneContextAsync(host.BaseAddress);
        var rosa = await rosaContext.NewPageAsync();
        await MeetingTests.SignInAsync(rosa, "rosa.palacios@demo.example");
        await rosa.GetByRole(AriaRole.Link).Filter(new() { HasText = "San Rafael" }).First.ClickAsync();
        await WaitLiveAsync(rosa);
        Assert.Equal(0, await ListenAsStrangerAsync(rosa, groupId));

        // 1. The facilitator saves the details; the member's feed shows it without reload.
        var edit = await anaContext.NewPageAsync();
        await edit.GotoAsync(groupUrl + "/edit");
        await edit.GetByRole(AriaRole.Button, new() { Name = "Save details" }).ClickAsync();
        await NewestActivityAsync(james, "updated the details");
        Assert.True(await james.EvaluateAsync<bool>("() => window.notReloaded === true"));

        // 2. Offline while the status changes; back online, the page catches up from the journal.
        await jamesContext.SetOfflineAsync(true);
        await james.Locator("html[data-live=reconnecting]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await edit.GotoAsync(groupUrl + "/edit");
        await edit.Locator("#status").SelectOptionAsync("paused");
        await edit.GetByRole(AriaRole.Button, new() { Name = "Set status" }).ClickAsync();
        await NewestActivityAsync(ana, "changed the status");
        await jamesContext.SetOfflineAsync(false);
        await NewestActivityAsync(james, "changed the status");
        Assert.True(await james.EvaluateAsync<bool>("() => window.notReloaded === true"));

        // 3. The member is removed: from then on nothing reaches his page, and catching up answers nothing.
        await RemoveAsync(await anaContext.NewPageAsync(), groupUrl, "James Whitfield");
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

    internal static Task WaitLiveAsync(IPage page) => page.Locator("html[data-live=on]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    private static Task NewestActivityAsync(IPage page, string text) =>
        page.Locator("ol.activity li").First.Filter(new() { HasText = text }).WaitForAsync();
}
