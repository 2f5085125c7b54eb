using System.Net;
using Platform.Host.Tests.Access;

namespace Platform.Host.Tests.Live;

/// <summary>The fragments a live page re-fetches: the piece alone (no layout), under the group's own policy.</summary>
public sealed class LiveFragmentTests
{
    [Fact]
    public async Task MeetingsFragment_Member_RendersTheMonthWithoutLayout()
    {
        using var factory = new PlatformFactory();
        var seed = new Personas(factory);
        await seed.SeedGroupsAsync();
        using var browser = await seed.SeatedBrowserAsync("mia@example.org", seed.GroupA, "member");

        var own = await browser.GetAsync($"/groups/{seed.GroupA}/fragments/meetings?month=2026-12");
        var other = await browser.GetAsync($"/groups/{seed.GroupB}/fragments/meetings?month=2026-12");

        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Contains("Reunión mensual", own.Document.Body?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Null(own.Document.QuerySelector("nav, header, footer"));
        Assert.NotEqual(HttpStatusCode.OK, other.Status);
    }

    [Fact]
    public async Task ActivityFragment_Member_RendersTheFeedSection()
    {
        using var factory = new PlatformFactory();
        var seed = new Personas(factory);
        await seed.SeedGroupsAsync();
        using var browser = await seed.SeatedBrowserAsync("mia@example.org", seed.GroupA, "member");

        var page = await browser.GetAsync($"/groups/{seed.GroupA}/fragments/activity");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector("section h2#activity-title"));
        Assert.Null(page.Document.QuerySelector("main"));
    }

    [Fact]
    public async Task ActionsFragment_Member_RendersTheBoardColumnsOnlyForTheirGroup()
    {
        using var factory = new PlatformFactory();
        var seed = new Personas(factory);
        await seed.SeedGroupsAsync();
        using var browser = await seed.SeatedBrowserAsync("mia@example.org", seed.GroupA, "member");

        var own = await browser.GetAsync($"/groups/{seed.GroupA}/fragments/actions?org=&person=&overdue=false");
        var other = await browser.GetAsync($"/groups/{seed.GroupB}/fragments/actions");

        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Contains("Informe de incidentes", own.Document.Body?.TextContent ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("Revisión del protocolo", own.Document.Body?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Null(own.Document.QuerySelector("nav, header, footer"));
        Assert.NotEqual(HttpStatusCode.OK, other.Status);
    }
}
