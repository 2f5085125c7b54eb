using Microsoft.Playwright;

namespace Platform.Browser.Tests;

/// <summary>
/// Two people on one action-item board: what one adds appears on the other's board without a reload, also after a
/// spell offline; once removed from the group the member's board hears nothing more; a person of another group who
/// asks the hub for this group hears nothing at all.
/// </summary>
public sealed class BoardLiveTests
{
    [BrowserFact]
    public async Task Board_FacilitatorAddsItem_AppearsOnMembersOpenBoard()
    {
        await using var scene = await DemoScene.StartAsync();
        var (ana, boardUrl) = await OpenBoardAsync(scene);
        var james = await WatchHighlightsAsync(scene, boardUrl);
        var firstItem = await james.Locator("li[data-live-item]").First.BoundingBoxAsync();
        Assert.True(firstItem is { Y: < 740 }, $"On a 360 × 740 phone the board's first item starts at {firstItem?.Y} px, below the first screen.");

        await AddItemAsync(ana, boardUrl, "Revisar el protocolo de comunicación con la policía");

        await ShowsAsync(james, "Revisar el protocolo de comunicación con la policía");
        await DemoScene.AssertNotReloadedAsync(james);
        await AssertHighlightedAndAnnouncedAsync(james, "Revisar el protocolo de comunicación con la policía");
        await BrowserSession.AssertFitsPhoneAsync(james);
        await BrowserSession.AssertKeyboardFocusAsync(james);
    }

    [BrowserFact]
    public async Task MyActions_FacilitatorGivesMemberAnItem_AppearsOnTheirOpenListHighlightedAndAnnounced()
    {
        await using var scene = await DemoScene.StartAsync();
        var (ana, boardUrl) = await OpenBoardAsync(scene);
        var james = await WatchHighlightsAsync(scene, "/actions");

        await AddItemAsync(ana, boardUrl, "Entregar el mapa de riesgos de la vereda", "James Whitfield");

        await ShowsAsync(james, "Entregar el mapa de riesgos de la vereda");
        await DemoScene.AssertNotReloadedAsync(james);
        await AssertHighlightedAndAnnouncedAsync(james, "Entregar el mapa de riesgos de la vereda");
    }

    [BrowserFact]
    public async Task Board_FacilitatorOnHostAAddsItem_AppearsOnMembersBoardOpenOnHostB()
    {
        await using var two = await TwoHostBoards.OpenAsync();
        var (ana, james, boardUrl) = (two.Ana, two.James, two.BoardUrl);
        await DemoScene.MarkNotReloadedAsync(james);

        await AddItemAsync(ana, boardUrl, "Acordar la ruta de patrullaje con la comunidad");

        await ShowsAsync(james, "Acordar la ruta de patrullaje con la comunidad");
        await DemoScene.AssertNotReloadedAsync(james);
    }

    /// <summary>
    /// A host stops while a change it made is on its way: the page open on the survivor never heard of it (here it turns a
    /// deaf ear to "changed" to stand for the signal lost with the host), yet shows it once the survivor has noticed the
    /// loss and told its pages to catch up from the journal, without a reload.
    /// </summary>
    [BrowserFact]
    public async Task Board_HostStopsAfterAChangeItsSignalNeverArrived_PageOnSurvivorCatchesUp()
    {
        await using var two = await TwoHostBoards.OpenAsync();
        var (a, ana, james, boardUrl) = (two.A, two.Ana, two.James, two.BoardUrl);
        await james.EvaluateAsync("() => { window.notReloaded = true; window.roundtableLive.off('changed'); }");

        await AddItemAsync(ana, boardUrl, "Verificar la denuncia de la vereda El Salado");
        await ana.Locator("main", new() { HasText = "Verificar la denuncia de la vereda El Salado" }).WaitForAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(0, await james.Locator("main", new() { HasText = "Verificar la denuncia de la vereda El Salado" }).CountAsync());
        await a.KillAsync();

        await james.Locator("main", new() { HasText = "Verificar la denuncia de la vereda El Salado" })
            .WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        await DemoScene.AssertNotReloadedAsync(james);
    }

    [BrowserFact]
    public async Task Board_OfflineRemovedAndOtherGroup_CatchUpThenSilence()
    {
        await using var scene = await DemoScene.StartAsync();
        var (ana, boardUrl) = await OpenBoardAsync(scene);
        var groupUrl = boardUrl[..^"/actions".Length];
        await DemoScene.WaitLiveAsync(ana);
        var (jamesPhone, james) = await LiveTests.WatchAsync(scene, "james.whitfield@demo.example", boardUrl);

        // Rosa sits only in the other group; from her own board she asks the hub for this group's board.
        var rosa = await LiveTests.StrangerAsync(scene, groupUrl, "/actions");

        // 1. Offline while an item is added; back online, the board catches up from the journal without a reload.
        await jamesPhone.SetOfflineAsync(true);
        await james.Locator("html[data-live=reconnecting]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await AddItemAsync(ana, boardUrl, "Actualizar el mapa de riesgos de la vereda");
        await jamesPhone.SetOfflineAsync(false);
        await ShowsAsync(james, "Actualizar el mapa de riesgos de la vereda");
        await DemoScene.AssertNotReloadedAsync(james);

        // 2. Removed from the group: the next item reaches the facilitator's board but never the member's.
        await LiveTests.RemoveAsync(await ana.Context.NewPageAsync(), groupUrl, "James Whitfield");
        var seenAtRemoval = await james.EvaluateAsync<int>("() => window.seen.length");
        await ana.GotoAsync(boardUrl);
        await DemoScene.WaitLiveAsync(ana);
        var adder = await ana.Context.NewPageAsync();
        await AddItemAsync(adder, boardUrl, "Informe confidencial de seguimiento");
        await ShowsAsync(ana, "Informe confidencial de seguimiento");
        Assert.Equal(seenAtRemoval, await james.EvaluateAsync<int>("() => window.seen.length"));
        Assert.Equal(0, await james.Locator("main", new() { HasText = "Informe confidencial de seguimiento" }).CountAsync());
        Assert.Equal(0, await james.EvaluateAsync<int>("async () => (await window.roundtableLive.invoke('catchUp', 0)).length"));

        // 3. Rosa's connection heard nothing of this group's board all along.
        Assert.Equal(0, await rosa.EvaluateAsync<int>("() => window.stolen.length"));
    }

    /// <summary>Two hosts of one cluster: Ana (facilitator) on A's board, James (member) on the same board through B, live.</summary>
    private sealed class TwoHostBoards : IAsyncDisposable
    {
        private readonly List<IAsyncDisposable> owned = [];

        public HostProcess A { get; private set; } = default!;

        public IPage Ana { get; private set; } = default!;

        public IPage James { get; private set; } = default!;

        public string BoardUrl { get; private set; } = "";

        public static async Task<TwoHostBoards> OpenAsync()
        {
            var two = new TwoHostBoards();
            var a = two.Own(await HostProcess.StartAsync(demo: true, null, ClusterTests.ClusterSettings()));
            var b = two.Own(await HostProcess.StartAsync(demo: false, a.DataDirectory, ClusterTests.ClusterSettings()));
            var session = two.Own(await BrowserSession.LaunchAsync());
            two.A = a;
            two.Ana = await two.Own(await session.NewPhoneContextAsync(a.BaseAddress)).NewPageAsync();
            await DemoScene.SignInAsync(two.Ana, "ana.restrepo@demo.example");
            two.BoardUrl = await OpenBoardAsync(two.Ana);
            two.James = await two.Own(await session.NewPhoneContextAsync(b.BaseAddress)).NewPageAsync();
            await DemoScene.SignInAsync(two.James, "james.whitfield@demo.example");
            await two.James.GotoAsync(new Uri(b.BaseAddress, new Uri(two.BoardUrl).AbsolutePath).ToString());
            await DemoScene.WaitLiveAsync(two.James);
            return two;
        }

        private T Own<T>(T disposable)
            where T : IAsyncDisposable
        {
            owned.Add(disposable);
            return disposable;
        }

        public async ValueTask DisposeAsync()
        {
            // Pages and browser first, hosts last: the reverse of opening.
            for (var i = owned.Count - 1; i >= 0; i--)
            {
                await owned[i].DisposeAsync();
            }
        }
    }

    /// <summary>Ana, the facilitator, signs in on a phone and opens the demo group's board; answers her page and the board's address.</summary>
    private static async Task<(IPage Ana, string BoardUrl)> OpenBoardAsync(DemoScene scene)
    {
        var (_, ana) = await scene.SignInAsync("ana.restrepo@demo.example");
        return (ana, await OpenBoardAsync(ana));
    }

    /// <summary>From the signed-in home page, opens the demo group and its board; answers the board's address.</summary>
    private static async Task<string> OpenBoardAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = DemoScene.Group }).First.ClickAsync();
        var boardUrl = page.Url + "/actions";
        await page.GotoAsync(boardUrl);
        return boardUrl;
    }

    /// <summary>
    /// James signs in on a phone and opens <paramref name="url"/>, live, marked to show it is never reloaded, noting every
    /// item highlighted (see <see cref="WatchHighlightsAsync(IPage)"/>).
    /// </summary>
    private static async Task<IPage> WatchHighlightsAsync(DemoScene scene, string url)
    {
        var (_, james) = await scene.SignInAsync("james.whitfield@demo.example");
        await james.GotoAsync(url);
        await DemoScene.WaitLiveAsync(james);
        await DemoScene.MarkNotReloadedAsync(james);
        await WatchHighlightsAsync(james);
        return james;
    }

    /// <summary>Notes every item live.js marks as just changed: the mark lasts seconds, a slow machine may look later.</summary>
    private static async Task WatchHighlightsAsync(IPage page) => await page.EvaluateAsync("""
        () => {
          window.highlighted = [];
          new MutationObserver(records => records
            .filter(r => r.target.classList && r.target.classList.contains('live-changed'))
            .forEach(r => window.highlighted.push(r.target.textContent)))
            .observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
        }
        """);

    /// <summary>The item was marked as just changed, and screen readers were told its title (a polite status region).</summary>
    private static async Task AssertHighlightedAndAnnouncedAsync(IPage page, string title)
    {
        await Assertions.Expect(page.Locator("#live-status[role=status]")).ToContainTextAsync(title);
        Assert.True(await page.EvaluateAsync<bool>("t => window.highlighted.some(text => text.includes(t))", title), $"{title} was not highlighted.");
    }

    private static async Task AddItemAsync(IPage page, string boardUrl, string title, string ownerName = "Ana María Restrepo")
    {
        await page.GotoAsync(boardUrl + "/new");
        await page.Locator("#title").FillAsync(title);
        var owner = page.Locator("#owner");
        await owner.SelectOptionAsync(await owner.Locator("option", new() { HasText = ownerName }).First.GetAttributeAsync("value") ?? "");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create action item" }).ClickAsync();
    }

    private static Task ShowsAsync(IPage page, string text) =>
        page.Locator("main", new() { HasText = text }).WaitForAsync(new() { State = WaitForSelectorState.Attached });
}
