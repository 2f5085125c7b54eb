using Microsoft.Playwright;

namespace Platform.Browser.Tests;

/// <summary>Two people on one action-item board: what one adds appears on the other's board without a reload.</summary>
public sealed class BoardLiveTests
{
    private const string Group = "Voluntary Principles Working Group – Colombia";

    [BrowserFact]
    public async Task Board_FacilitatorAddsItem_AppearsOnMembersOpenBoard()
    {
        await using var host = await HostProcess.StartAsync(demo: true);
        await using var session = await BrowserSession.LaunchAsync();
        await using var anaContext = await session.NewPhoneContextAsync(host.BaseAddress);
        var ana = await anaContext.NewPageAsync();
        await MeetingTests.SignInAsync(ana, "ana.restrepo@demo.example");
        await ana.GetByRole(AriaRole.Link, new() { Name = Group }).First.ClickAsync();
        var boardUrl = ana.Url + "/actions";

        await using var jamesContext = await session.NewPhoneContextAsync(host.BaseAddress);
        var james = await jamesContext.NewPageAsync();
        await MeetingTests.SignInAsync(james, "james.whitfield@demo.example");
        await james.GotoAsync(boardUrl);
        await LiveTests.WaitLiveAsync(james);
        await james.EvaluateAsync("() => { window.notReloaded = true; }");

        await ana.GotoAsync(boardUrl + "/new");
        await ana.Locator("#title").FillAsync("Revisar el protocolo de comunicación con la policía");
        var owner = ana.Locator("#owner");
        await owner.SelectOptionAsync(await owner.Locator("option", new() { HasText = "James Whitfield" }).First.GetAttributeAsync("value") ?? "");
        await ana.GetByRole(AriaRole.Button, new() { Name = "Create action item" }).ClickAsync();

        await james.Locator("main", new() { HasText = "Revisar el protocolo de comunicación con la policía" })
            .WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.True(await james.EvaluateAsync<bool>("() => window.notReloaded === true"));
        await BrowserSession.AssertFitsPhoneAsync(james);
    }
}
