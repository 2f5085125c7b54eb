namespace Platform.Host.Tests.Live;

/// <summary>The fragments a live page re-fetches: the piece alone (no layout), under the group's own policy.</summary>
public sealed class LiveFragmentTests(SeededHost host) : IClassFixture<SeededHost>
{
    private Personas Seed => host.Seed;

    [Fact]
    public async Task MeetingsFragment_Member_RendersTheMonthWithoutLayout()
    {
        using var browser = await MiaAsync();

        var own = await browser.GetAsync($"/groups/{Seed.GroupA}/fragments/meetings?month=2026-12");
        var other = await browser.GetAsync($"/groups/{Seed.GroupB}/fragments/meetings?month=2026-12");

        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Contains("Reunión mensual", own.Document.Body?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Null(own.Document.QuerySelector("nav, header, footer"));
        Assert.NotEqual(HttpStatusCode.OK, other.Status);
    }

    [Fact]
    public async Task ActivityFragment_Member_RendersTheFeedSection()
    {
        using var browser = await MiaAsync();

        var page = await browser.GetAsync($"/groups/{Seed.GroupA}/fragments/activity");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector("section h2#activity-title"));
        Assert.Null(page.Document.QuerySelector("main"));
    }

    [Fact]
    public async Task ActionsFragment_Member_RendersTheBoardColumnsOnlyForTheirGroup()
    {
        using var browser = await MiaAsync();

        var own = await browser.GetAsync($"/groups/{Seed.GroupA}/fragments/actions?org=&person=&overdue=false");
        var other = await browser.GetAsync($"/groups/{Seed.GroupB}/fragments/actions");

        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Contains("Informe de incidentes", own.Document.Body?.TextContent ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("Revisión del protocolo", own.Document.Body?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Null(own.Document.QuerySelector("nav, header, footer"));
        Assert.NotEqual(HttpStatusCode.OK, other.Status);
    }

    /// <summary>Mia, a member of group A only.</summary>
    private Task<FormClient> MiaAsync() => host.SeatedBrowserAsync("mia@example.org", host.Seed.GroupA, "member");
}
