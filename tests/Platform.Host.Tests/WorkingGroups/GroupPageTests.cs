using System.Text.RegularExpressions;

namespace Platform.Host.Tests.WorkingGroups;

public sealed partial class GroupPageTests
{
    [Fact]
    public async Task NewGroupThenAddMember_AsFacilitator_MemberSeesGroupAtHome()
    {
        using var factory = new PlatformFactory();
        var ana = await factory.CreateUserAsync("ana@example.org");
        var ngo = await factory.OrganisationAsync("Corporación Jurídica", "civil_society");
        var company = await factory.OrganisationAsync("Minera del Norte", "large_scale_mining");
        await factory.GroupAsync(ana, ngo, "Earlier group");
        var beto = await factory.CreateUserAsync("beto@example.org");
        using var browser = await factory.SignedInAsync("ana@example.org");

        var created = await browser.SubmitAsync("/groups/new", new Dictionary<string, string>
        {
            ["Input.Name"] = "Mesa de seguridad y derechos humanos",
            ["Input.Scope"] = "national",
            ["Input.Country"] = "co",
            ["Input.TimeZone"] = "America/Bogota",
            ["Input.Cadence"] = "quarterly",
            ["Input.NonAttribution"] = "true",
            ["Input.TermsOfReference"] = "# Mandate",
            ["Input.OrganisationId"] = ngo.ToString(),
        });
        Assert.Equal(HttpStatusCode.Found, created.Status);
        var groupPath = new Uri(new Uri("http://localhost"), created.Location!).AbsolutePath;
        var added = await browser.SubmitAsync($"{groupPath}/members", "section[aria-labelledby=add-title] form", new Dictionary<string, string>
        {
            ["Add.Email"] = "beto@example.org",
            ["Add.OrganisationId"] = company.ToString(),
            ["Add.Role"] = "observer",
        });

        Assert.NotNull(added.Document.QuerySelector("main [role=status]"));
        var groupId = Guid.Parse(groupPath.Split('/')[^1]);
        Assert.Equal($"observer:{company}", await factory.RoleInAsync(groupId, beto.Id));
        using var member = await factory.SignedInAsync("beto@example.org");
        var home = await member.GetAsync("/");
        Assert.Contains("Mesa de seguridad y derechos humanos", home.Document.QuerySelector("main table")?.TextContent, StringComparison.Ordinal);
        var page = await member.GetAsync(groupPath);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector("main [role=note]"));
        Assert.Equal(2, page.Document.QuerySelectorAll("main ol.activity li").Length);
        var feed = page.Document.QuerySelectorAll("main ol.activity li").Select(li => Spaces().Replace(li.TextContent, " ").Trim()).ToList();
        Assert.EndsWith("· ana added beto to the group.", feed[0], StringComparison.Ordinal);
        Assert.EndsWith("· ana created the group Mesa de seguridad y derechos humanos.", feed[1], StringComparison.Ordinal);
        Assert.Equal(groupPath, page.Document.QuerySelector("main ol.activity li:nth-child(2) a")?.GetAttribute("href"));
        Assert.Equal(["Mining company", "Civil society"], page.Document.QuerySelectorAll("main .balance-present li").Select(li => li.TextContent));
        Assert.Null(page.Document.QuerySelector($"main a[href='{groupPath}/edit']"));
    }

    [Fact]
    public async Task NewGroup_TermsPostedWithBrowserLineBreaks_ShownBackInTheEditFormAsValidHtml()
    {
        using var factory = new PlatformFactory();
        var ana = await factory.CreateUserAsync("ana@example.org");
        var ngo = await factory.OrganisationAsync("Corporación Jurídica", "civil_society");
        await factory.GroupAsync(ana, ngo, "Earlier group");
        using var browser = await factory.SignedInAsync("ana@example.org");

        // Browsers post a textarea's line breaks as CR LF.
        var created = await browser.SubmitAsync("/groups/new", new Dictionary<string, string>
        {
            ["Input.Name"] = "Mesa de seguridad",
            ["Input.Scope"] = "national",
            ["Input.Country"] = "co",
            ["Input.TimeZone"] = "America/Bogota",
            ["Input.Cadence"] = "quarterly",
            ["Input.TermsOfReference"] = "# Mandato\r\n\r\nPrimera línea\r\nSegunda línea",
            ["Input.OrganisationId"] = ngo.ToString(),
        });
        var groupPath = new Uri(new Uri("http://localhost"), created.Location!).AbsolutePath;
        var edit = await browser.GetAsync(groupPath + "/edit");

        Assert.Equal(HttpStatusCode.Found, created.Status);
        Assert.DoesNotContain("&#13;", edit.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal("# Mandato\n\nPrimera línea\nSegunda línea", edit.Document.QuerySelector("textarea#terms")?.TextContent);
    }

    [Theory]
    [InlineData("edit")]
    [InlineData("members")]
    public async Task FacilitatorPages_AsMember_AreDenied(string page)
    {
        using var factory = new PlatformFactory();
        var ana = await factory.CreateUserAsync("ana@example.org");
        var org = await factory.OrganisationAsync("Corporación Jurídica");
        var groupId = await factory.GroupAsync(ana, org);
        using var member = await factory.SignedInBrowserAsync("beto@example.org");
        var beto = await factory.FindUserAsync("beto@example.org");
        await factory.Group(groupId).AddMemberAsync(new AddMember(beto!.Id, org, GroupRole.Member, ana.Id));

        var get = await member.GetAsync($"/groups/{groupId}/{page}");
        var post = await member.PostAsync($"/groups/{groupId}/{page}", new Dictionary<string, string> { ["_handler"] = "remove-member", ["Remove.UserId"] = ana.Id });

        Assert.Equal(HttpStatusCode.Found, get.Status);
        PageAssert.Denied(get);
        Assert.Equal(HttpStatusCode.Found, post.Status);
        PageAssert.Denied(post);
    }

    [Fact]
    public async Task RemoveMember_ByFacilitator_MemberIsDeniedOnNextRequest()
    {
        using var factory = new PlatformFactory();
        var org = await factory.OrganisationAsync("Corporación Jurídica");
        using var facilitator = await factory.SignedInBrowserAsync("ana@example.org");
        var ana = await factory.FindUserAsync("ana@example.org");
        var groupId = await factory.GroupAsync(ana!, org);
        using var member = await factory.SignedInBrowserAsync("beto@example.org");
        var beto = await factory.FindUserAsync("beto@example.org");
        await factory.Group(groupId).AddMemberAsync(new AddMember(beto!.Id, org, GroupRole.Member, ana!.Id));
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/groups/{groupId}")).Status);

        var removed = await facilitator.SubmitAsync($"/groups/{groupId}/members", "section[aria-labelledby=remove-title] form",
            new Dictionary<string, string> { ["Remove.UserId"] = beto.Id });
        var next = await member.GetAsync($"/groups/{groupId}");

        Assert.NotNull(removed.Document.QuerySelector("main [role=status]"));
        Assert.Equal(HttpStatusCode.Found, next.Status);
        PageAssert.Denied(next);
    }

    [Fact]
    public async Task RemoveMember_LastFacilitator_IsRefusedWithExplanation()
    {
        using var factory = new PlatformFactory();
        var org = await factory.OrganisationAsync("Corporación Jurídica");
        using var facilitator = await factory.SignedInBrowserAsync("ana@example.org");
        var ana = await factory.FindUserAsync("ana@example.org");
        var groupId = await factory.GroupAsync(ana!, org);

        var refused = await facilitator.SubmitAsync($"/groups/{groupId}/members", "section[aria-labelledby=remove-title] form",
            new Dictionary<string, string> { ["Remove.UserId"] = ana!.Id });

        Assert.Contains("at least one facilitator", refused.Document.QuerySelector("main [role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("facilitator:", await factory.RoleInAsync(groupId, ana.Id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InviteToGroup_Accepted_SeatsPersonWithChosenRoleAndOrganisation()
    {
        using var factory = new PlatformFactory();
        var org = await factory.OrganisationAsync("Corporación Jurídica");
        var police = await factory.OrganisationAsync("Policía Nacional", "public_security_police");
        using var facilitator = await factory.SignedInBrowserAsync("ana@example.org");
        var ana = await factory.FindUserAsync("ana@example.org");
        var groupId = await factory.GroupAsync(ana!, org);

        var sent = await facilitator.SubmitAsync($"/groups/{groupId}/members", "section[aria-labelledby=invite-title] form", new Dictionary<string, string>
        {
            ["Invite.Email"] = "carla@example.org",
            ["Invite.OrganisationId"] = police.ToString(),
            ["Invite.Role"] = "facilitator",
            ["Invite.PreferredLanguage"] = "es",
        });
        var mail = Assert.Single((await factory.DeliveredMailAsync()));
        var link = new Uri(InvitationLink().Match(mail).Value);
        using var invitee = factory.Browser();
        var accepted = await invitee.SubmitAsync(link.PathAndQuery, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Carla",
            ["Input.Password"] = PlatformFactory.Password,
            ["Input.ConfirmPassword"] = PlatformFactory.Password,
        });

        Assert.NotNull(sent.Document.QuerySelector("main [role=status]"));
        Assert.Contains("como Facilitador", mail, StringComparison.Ordinal);
        Assert.Contains("Policía Nacional", mail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, accepted.Status);
        var carla = await factory.FindUserAsync("carla@example.org");
        Assert.Equal($"facilitator:{police}", await factory.RoleInAsync(groupId, carla!.Id));

        // A facilitator sees names and notes: before the group's pages, the new facilitator turns on two-step verification.
        var members = await invitee.GetAsync($"/groups/{groupId}/members");
        Assert.Equal(HttpStatusCode.Found, members.Status);
        Assert.StartsWith("/account/two-step/setup", members.Location, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https?://\S+/account/invitation\?token=[A-Za-z0-9_\-]+")]
    private static partial Regex InvitationLink();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
