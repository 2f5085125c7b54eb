using Platform.Grains.ActionItems;

namespace Platform.Host.Tests.ActionItems;

/// <summary>
/// Issue 15: the board and "my action items" can be searched by text and ordered, and their live fragments (what a change
/// re-fetches) keep the same search and order, so an update never undoes what the reader narrowed.
/// </summary>
public sealed class ActionListSearchTests
{
    [Fact]
    public async Task Board_SearchWithoutAccentsOrderedByTitle_PageAndLiveFragmentListTheSameItems()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        await CreateAsync(factory, group, "Mapa de riesgos en la vereda", ActionItemPriority.Low);
        await CreateAsync(factory, group, "Capacitación en derechos humanos", ActionItemPriority.High);
        await CreateAsync(factory, group, "Análisis de riesgos del corredor", ActionItemPriority.Normal);
        using var member = factory.Browser();
        await member.SignInAsync(group.Member.Email!, PlatformFactory.Password);

        var page = await member.GetAsync($"/groups/{group.GroupId}/actions?q=RIESGOS&sort=title");
        var live = page.Document.QuerySelector("[data-live-group][data-hx-get]")!.GetAttribute("data-hx-get")!;
        var fragment = await member.GetAsync(live);
        var accents = await member.GetAsync($"/groups/{group.GroupId}/actions?q=capacitacion");

        string[] expected = ["Análisis de riesgos del corredor", "Mapa de riesgos en la vereda"];
        Assert.Equal(expected, Titles(page));
        Assert.Equal(expected, Titles(fragment));
        Assert.Equal("RIESGOS", page.Document.QuerySelector("input#q")?.GetAttribute("value"));
        Assert.Equal("title", page.Document.QuerySelector("select#sort option[selected]")?.GetAttribute("value"));
        Assert.Equal(["Capacitación en derechos humanos"], Titles(accents));
    }

    [Fact]
    public async Task MyActions_OrderedByPriority_PageAndLiveFragmentAgreeAndServeOnlyTheSignedInPerson()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        await CreateAsync(factory, group, "Mapa de riesgos", ActionItemPriority.Low);
        await CreateAsync(factory, group, "Capacitación", ActionItemPriority.High);
        await CreateAsync(factory, group, "Informe mensual", ActionItemPriority.Normal);
        using var member = factory.Browser();
        await member.SignInAsync(group.Member.Email!, PlatformFactory.Password);
        using var facilitator = factory.Browser();
        await facilitator.SignInAsync(group.Facilitator.Email!, PlatformFactory.Password);

        var page = await member.GetAsync("/actions?sort=priority");
        var live = page.Document.QuerySelector("[data-live-group][data-hx-get]")!;
        var fragment = await member.GetAsync(live.GetAttribute("data-hx-get")!);
        var othersList = await facilitator.GetAsync(live.GetAttribute("data-hx-get")!);
        var nothing = await member.GetAsync("/actions?q=zzz");

        string[] expected = ["Capacitación", "Informe mensual", "Mapa de riesgos"];
        Assert.Equal(expected, Titles(page));
        Assert.Equal(expected, Titles(fragment));
        Assert.Contains(group.GroupId.ToString(), live.GetAttribute("data-live-group"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, othersList.Status);
        Assert.Empty(Titles(othersList));
        Assert.Contains("«zzz»", nothing.MainText, StringComparison.Ordinal);
    }

    private static string[] Titles(FormClient.Page page) =>
        [.. page.Document.QuerySelectorAll("li[data-live-item] > a").Select(a => a.TextContent.Trim())];

    private static Task<Guid> CreateAsync(PlatformFactory factory, MeetingGroup group, string title, ActionItemPriority priority) => group.ActionItemAsync(factory, title, priority);
}
