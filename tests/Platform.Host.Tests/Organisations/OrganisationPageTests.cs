namespace Platform.Host.Tests.Organisations;

public sealed class OrganisationPageTests
{
    [Fact]
    public async Task NewOrganisation_AsFacilitator_CreatesItAndOpensItsPage()
    {
        using var factory = new PlatformFactory();
        using var browser = await FacilitatorAsync(factory);

        var created = await browser.SubmitAsync("/organisations/new", Fields("Cooperativa La Esperanza", "asm_organisation", "CO"));
        var path = new Uri(created.Location!).AbsolutePath;
        var page = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.Found, created.Status);
        Assert.Matches("^/organisations/[0-9a-f-]{36}$", path);
        Assert.Equal("Cooperativa La Esperanza", page.Document.QuerySelector("main h1")?.TextContent);
        Assert.Contains("Colombia (CO)", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewOrganisation_SameNameOtherCaseSameCountry_LinksToExistingAndKeepsTypedFields()
    {
        using var factory = new PlatformFactory();
        using var browser = await FacilitatorAsync(factory);
        var existing = await GroupSeats.OrganisationAsync(factory, "Cooperativa La Esperanza", StakeholderType.AsmOrganisation);
        var typed = Fields("  cooperativa LA esperanza ", "community", "CO", "Typed description", "https://other.example.org");

        var page = await browser.SubmitAsync("/organisations/new", typed);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector($"main form a[href='/organisations/{existing}']"));
        Assert.Equal("true", page.Document.QuerySelector("#name")?.GetAttribute("aria-invalid"));
        Assert.Equal(
            ("  cooperativa LA esperanza ", "community", "CO", "Typed description", "https://other.example.org"),
            (page.Document.QuerySelector("#name")?.GetAttribute("value"),
             page.Document.QuerySelector("#type option[selected]")?.GetAttribute("value"),
             page.Document.QuerySelector("#country option[selected]")?.GetAttribute("value"),
             page.Document.QuerySelector("#description")?.TextContent,
             page.Document.QuerySelector("#website")?.GetAttribute("value")));
    }

    [Fact]
    public async Task NewOrganisation_MemberWhoFacilitatesNothing_IsSentToAccessDenied()
    {
        using var factory = new PlatformFactory();
        using var browser = await factory.SignedInBrowserAsync("member@example.org");
        var member = (await factory.FindUserAsync("member@example.org"))!;
        var organisation = await GroupSeats.OrganisationAsync(factory, "Mesa comunitaria");
        await GroupSeats.SeatAsync(factory, await GroupSeats.GroupAsync(factory, "Mesa local"), member, organisation, "member");

        var get = await browser.GetAsync("/organisations/new");
        var post = await browser.PostAsync("/organisations/new", Fields("Sneaky", "community", "CO"));

        Assert.All([get, post], page =>
        {
            Assert.Equal(HttpStatusCode.Found, page.Status);
            PageAssert.Denied(page);
        });
        Assert.Null(await factory.Services.GetRequiredService<OrganisationQueries>().FindByNameAsync("Sneaky", "CO"));
    }

    [Fact]
    public async Task OrganisationPage_AsDonor_ShowsGroupsButNoPeople()
    {
        using var factory = new PlatformFactory();
        using var facilitator = await FacilitatorAsync(factory);
        using var donorBrowser = await factory.SignedInBrowserAsync("donor@example.org", PlatformRoles.Donor);
        var donor = (await factory.FindUserAsync("donor@example.org"))!;
        var lucia = await factory.CreateUserAsync("lucia.gomez@example.org");
        var organisation = await GroupSeats.OrganisationAsync(factory, "Asociación de Mineros", StakeholderType.AsmOrganisation);
        var group = await GroupSeats.GroupAsync(factory, "Mesa de seguridad de Segovia");
        await GroupSeats.SeatAsync(factory, group, lucia, organisation, "member");
        await GroupSeats.PortfolioAsync(factory, donor, group);

        var asDonor = await donorBrowser.GetAsync($"/organisations/{organisation}");
        var asFacilitator = await facilitator.GetAsync($"/organisations/{organisation}");

        Assert.Equal(HttpStatusCode.OK, asDonor.Status);
        Assert.Contains("Mesa de seguridad de Segovia", asDonor.MainText, StringComparison.Ordinal);
        Assert.Null(asDonor.Document.QuerySelector("#people-heading"));
        Assert.DoesNotContain("lucia.gomez", asDonor.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
        // Issue 11: facilitating some other group no longer shows the people of this one.
        Assert.DoesNotContain("lucia.gomez", asFacilitator.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganisationPages_Anonymous_RedirectToSignIn()
    {
        using var factory = new PlatformFactory();
        using var browser = factory.Browser();

        var pages = new[] { await browser.GetAsync("/organisations"), await browser.GetAsync($"/organisations/{Guid.NewGuid()}") };

        Assert.All(pages, page => Assert.Contains("/account/sign-in", page.Location, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OrganisationPage_UnknownId_IsNotFound()
    {
        using var factory = new PlatformFactory();
        using var browser = await factory.SignedInBrowserAsync("member@example.org");

        var page = await browser.GetAsync($"/organisations/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task OrganisationPage_AsMember_ShowsPeopleOnlyWhenSharingAGroup(bool sharesGroup)
    {
        using var factory = new PlatformFactory();
        using var browser = await factory.SignedInBrowserAsync("member@example.org");
        var member = (await factory.FindUserAsync("member@example.org"))!;
        var lucia = await factory.CreateUserAsync("lucia.gomez@example.org");
        var organisation = await GroupSeats.OrganisationAsync(factory, "Asociación de Mineros", StakeholderType.AsmOrganisation);
        var own = await GroupSeats.OrganisationAsync(factory, "Junta de Acción Comunal", StakeholderType.Community);
        var luciasGroup = await GroupSeats.GroupAsync(factory, "Mesa de Segovia");
        await GroupSeats.SeatAsync(factory, luciasGroup, lucia, organisation, "member");
        await GroupSeats.SeatAsync(factory, sharesGroup ? luciasGroup : await GroupSeats.GroupAsync(factory, "Mesa de Remedios"), member, own, "observer");

        var page = await browser.GetAsync($"/organisations/{organisation}");

        Assert.Equal(sharesGroup, page.Document.QuerySelector("section.organisation-people")?.TextContent.Contains("lucia.gomez", StringComparison.Ordinal) ?? false);
    }

    [Theory]
    [InlineData("member")]
    [InlineData("facilitator")]
    public async Task OrganisationPage_SeatedInGroupA_ShowsPeopleOfGroupAButNoneSeatedOnlyInGroupB(string role)
    {
        using var factory = new PlatformFactory();
        using var browser = await factory.SignedInBrowserAsync("viewer@example.org");
        var viewer = (await factory.FindUserAsync("viewer@example.org"))!;
        var lucia = await factory.CreateUserAsync("lucia.gomez@example.org");
        var pedro = await factory.CreateUserAsync("pedro.informante@example.org");
        var organisation = await GroupSeats.OrganisationAsync(factory, "Asociación de Mineros", StakeholderType.AsmOrganisation);
        var groupA = await GroupSeats.GroupAsync(factory, "Mesa de Segovia");
        var groupB = await GroupSeats.GroupAsync(factory, "Mesa de Remedios");
        await GroupSeats.SeatAsync(factory, groupA, viewer, organisation, role);
        await GroupSeats.SeatAsync(factory, groupA, lucia, organisation, "member");
        await GroupSeats.SeatAsync(factory, groupB, lucia, organisation, "facilitator");
        await GroupSeats.SeatAsync(factory, groupB, pedro, organisation, "observer");

        var page = await browser.GetAsync($"/organisations/{organisation}");

        var people = page.Document.QuerySelector("section.organisation-people")?.TextContent ?? "";
        Assert.Contains("lucia.gomez", people, StringComparison.Ordinal);
        Assert.DoesNotContain("pedro.informante", page.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Mesa de Remedios", people, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganisationPage_AsAdministrator_ShowsPeopleOfEveryGroup()
    {
        using var factory = new PlatformFactory();
        using var browser = await factory.SignedInBrowserAsync("admin@example.org", PlatformRoles.Administrator);
        var pedro = await factory.CreateUserAsync("pedro.informante@example.org");
        var organisation = await GroupSeats.OrganisationAsync(factory, "Asociación de Mineros", StakeholderType.AsmOrganisation);
        await GroupSeats.SeatAsync(factory, await GroupSeats.GroupAsync(factory, "Mesa de Remedios"), pedro, organisation, "observer");

        var page = await browser.GetAsync($"/organisations/{organisation}");

        Assert.Contains("pedro.informante", page.Document.QuerySelector("section.organisation-people")?.TextContent, StringComparison.Ordinal);
    }

    /// <summary>A signed-in person who facilitates one group (seated with SQL; the group grain is another slice's).</summary>
    private static async Task<FormClient> FacilitatorAsync(PlatformFactory factory)
    {
        var browser = await factory.SignedInBrowserAsync("facilitator@example.org");
        var facilitator = (await factory.FindUserAsync("facilitator@example.org"))!;
        var own = await GroupSeats.OrganisationAsync(factory, "Fundación Facilitadora");
        await GroupSeats.SeatAsync(factory, await GroupSeats.GroupAsync(factory, "Grupo nacional"), facilitator, own, "facilitator");
        return browser;
    }

    private static Dictionary<string, string> Fields(string name, string type, string country, string description = "", string website = "") => new()
    {
        ["Input.Name"] = name,
        ["Input.Type"] = type,
        ["Input.Country"] = country,
        ["Input.Description"] = description,
        ["Input.Website"] = website,
    };
}
