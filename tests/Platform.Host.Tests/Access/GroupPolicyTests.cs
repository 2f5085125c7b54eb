namespace Platform.Host.Tests.Access;

/// <summary>The route-based policies ask the database on every request: nothing is trusted from the cookie or the form.</summary>
public sealed class GroupPolicyTests
{
    [Fact]
    public async Task GroupPage_UserInNoGroup_IsDenied()
    {
        using var factory = new PlatformFactory();
        var seed = await Personas.SeededAsync(factory);
        using var browser = await factory.SignedInBrowserAsync("nadie@example.org");

        var page = await browser.GetAsync($"/groups/{seed.GroupA}/summary");

        PageAssert.Denied(page);
    }

    [Fact]
    public async Task GroupPage_RealIdOfAnotherGroup_IsDenied()
    {
        using var factory = new PlatformFactory();
        var seed = await Personas.SeededAsync(factory);
        using var browser = await seed.SeatedBrowserAsync("otto@example.org", seed.GroupB, "facilitator");

        var own = await browser.GetAsync($"/groups/{seed.GroupB}/summary");
        var other = await browser.GetAsync($"/groups/{seed.GroupA}/summary");

        Assert.Equal(HttpStatusCode.OK, own.Status);
        PageAssert.Denied(other);
    }

    [Fact]
    public async Task ItemAndMeetingPages_IdOfAnotherGroupsThingUnderThisGroup_AreDeniedEvenForAdministrator()
    {
        using var factory = new PlatformFactory();
        var seed = await Personas.SeededAsync(factory);
        using var browser = await factory.SignedInBrowserAsync("admin@example.org", PlatformRoles.Administrator);

        var own = await browser.GetAsync($"/groups/{seed.GroupB}/actions/{seed.ActionB}");
        var item = await browser.GetAsync($"/groups/{seed.GroupA}/actions/{seed.ActionB}");
        var meeting = await browser.GetAsync($"/groups/{seed.GroupA}/meetings/{seed.MeetingB}");

        Assert.Equal(HttpStatusCode.OK, own.Status);
        PageAssert.Denied(item);
        PageAssert.Denied(meeting);
    }

    [Fact]
    public async Task GroupPage_UnknownGroupId_IsDeniedEvenForAdministrator()
    {
        using var factory = new PlatformFactory();
        using var browser = await factory.SignedInBrowserAsync("admin@example.org", PlatformRoles.Administrator);

        var page = await browser.GetAsync($"/groups/{Guid.NewGuid()}/summary");

        PageAssert.Denied(page);
    }

    [Fact]
    public async Task GroupPage_MembershipDeletedBetweenRequests_DeniesTheNextRequest()
    {
        using var factory = new PlatformFactory();
        var seed = await Personas.SeededAsync(factory);
        using var browser = await seed.SeatedBrowserAsync("mia@example.org", seed.GroupA, "member");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/groups/{seed.GroupA}")).Status);

        await seed.UnseatAsync(seed.GroupA, (await factory.FindUserAsync("mia@example.org"))!.Id);
        var next = await browser.GetAsync($"/groups/{seed.GroupA}");

        PageAssert.Denied(next);
    }

    [Fact]
    public async Task AdministerPage_RoleRowDeletedButClaimStillInCookie_IsDenied()
    {
        using var factory = new PlatformFactory();
        var seed = new Personas(factory);
        using var browser = await factory.SignedInBrowserAsync("admin@example.org", PlatformRoles.Administrator);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin/donors")).Status);
        var admin = await factory.FindUserAsync("admin@example.org");

        await seed.RemoveRoleAsync(admin!.Id, PlatformRoles.Administrator);
        var next = await browser.GetAsync("/admin/donors");
        var home = await browser.GetAsync("/admin");

        PageAssert.Denied(next);
        PageAssert.Denied(home);
    }

    [Fact]
    public async Task GroupPost_MemberOfAnotherGroup_IsRedirectedBeforeTheFormIsRead()
    {
        using var factory = new PlatformFactory();
        var seed = await Personas.SeededAsync(factory);
        using var browser = await seed.SeatedBrowserAsync("otto@example.org", seed.GroupB, "facilitator");

        // The form names group B, the route names group A: only the route counts.
        var page = await browser.PostAsync($"/groups/{seed.GroupA}/summary", new Dictionary<string, string> { ["groupId"] = seed.GroupB.ToString() });

        PageAssert.Denied(page);
    }
}
