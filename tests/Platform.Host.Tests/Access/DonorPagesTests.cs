namespace Platform.Host.Tests.Access;

public sealed class DonorPagesTests
{
    private static readonly string[] SeededPeople = ["Rosa Quispe", "Julián Restrepo", "Amara Diallo"];

    [Fact]
    public async Task Portfolio_Donor_ShowsOnlyPortfolioGroupsAndNoPerson()
    {
        using var factory = new PlatformFactory();
        var (seed, browser) = await DonorOfGroupAAsync(factory);
        using var _ = browser;

        var page = await browser.GetAsync("/portfolio");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Mesa minera de Segovia"], page.Document.QuerySelectorAll("main section h2 a").Select(h => h.TextContent.Trim()));
        Assert.DoesNotContain("Grupo nacional", page.MainText, StringComparison.Ordinal);
        AssertNoPerson(page);
    }

    [Fact]
    public async Task Summary_ThreeMembers_ShowsSmallCountsAsUnderFive()
    {
        using var factory = new PlatformFactory();
        var (seed, browser) = await DonorOfGroupAAsync(factory);
        using var _ = browser;

        var page = await browser.GetAsync($"/groups/{seed.GroupA}/summary");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["<5", "<5"], page.Document.QuerySelectorAll("main dl.group-figures dd").Select(d => d.TextContent.Trim()));
        var seats = page.Document.QuerySelectorAll("main table.group-seats tbody td").Select(d => d.TextContent.Trim()).ToList();
        Assert.Equal(7, seats.Count);
        Assert.All(seats, s => Assert.True(s is "0" or "<5", s));
        Assert.Contains("<5", seats);
        AssertNoPerson(page);
    }

    [Fact]
    public async Task Portfolio_DonorRoleRemovedByAdministrator_DeniesTheNextRequest()
    {
        using var factory = new PlatformFactory();
        var seed = await SeedGroupAWithPeopleAsync(factory);
        await factory.CreateUserAsync("dora@example.org");
        using var admin = await factory.SignedInBrowserAsync("admin@example.org", PlatformRoles.Administrator);
        using var donor = factory.Browser();

        var made = await admin.SubmitAsync("/admin/donors", new Dictionary<string, string> { ["Email"] = "dora@example.org" });
        Assert.Equal(HttpStatusCode.Found, made.Status);
        var donorPage = new Uri(made.Location!).PathAndQuery;
        await admin.SubmitAsync(donorPage, "main form[method=post]:has(select)", new Dictionary<string, string> { ["AddGroupId"] = seed.GroupA.ToString() });
        await donor.SignInAsync("dora@example.org", PlatformFactory.Password);
        var before = await donor.GetAsync("/portfolio");
        await admin.SubmitAsync(donorPage, "main section:last-of-type form", new Dictionary<string, string>());
        var after = await donor.GetAsync("/portfolio");

        Assert.Contains("Mesa minera de Segovia", before.MainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, after.Status);
        PageAssert.Denied(after);
        Assert.Empty((await admin.GetAsync("/admin/donors")).Document.QuerySelectorAll("#donor-list + ul li"));
    }

    [Fact]
    public async Task MakeDonor_UnknownEmail_ShowsErrorAndKeepsWhatWasTyped()
    {
        using var factory = new PlatformFactory();
        using var admin = await factory.SignedInBrowserAsync("admin@example.org", PlatformRoles.Administrator);

        var page = await admin.SubmitAsync("/admin/donors", new Dictionary<string, string> { ["Email"] = "nobody@example.org" });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var input = page.Document.QuerySelector("main input[name=Email]");
        Assert.Equal(("true", "nobody@example.org"), (input?.GetAttribute("aria-invalid"), input?.GetAttribute("value")));
        Assert.NotNull(page.Document.QuerySelector("#donor-email-error"));
    }

    [Fact]
    public async Task RemoveGroup_FromPortfolio_DonorNoLongerSeesIt()
    {
        using var factory = new PlatformFactory();
        var seed = await SeedGroupAWithPeopleAsync(factory);
        var donor = await seed.PersonAsync("dora@example.org", PlatformRoles.Donor);
        await seed.PortfolioAsync(donor, seed.GroupA);
        using var admin = await factory.SignedInBrowserAsync("admin@example.org", PlatformRoles.Administrator);

        var removed = await admin.SubmitAsync($"/admin/donors/{donor}", "main form:has(button[name=RemoveGroupId])",
            new Dictionary<string, string> { ["RemoveGroupId"] = seed.GroupA.ToString() });
        using var browser = await factory.SignedInAsync("dora@example.org");

        Assert.Equal(HttpStatusCode.Found, removed.Status);
        AssertEmptyPortfolio(await browser.GetAsync("/portfolio"));
        Assert.Equal(HttpStatusCode.Found, (await browser.GetAsync($"/groups/{seed.GroupA}/summary")).Status);
    }

    [Fact]
    public async Task Navigation_DonorAndAdministrator_LinkToTheirPages()
    {
        using var factory = new PlatformFactory();
        using var donor = await factory.SignedInBrowserAsync("dora@example.org", PlatformRoles.Donor);
        using var admin = await factory.SignedInBrowserAsync("admin@example.org", PlatformRoles.Administrator);

        var donorHome = await donor.GetAsync("/account/profile");
        var adminHome = await admin.GetAsync("/admin");

        Assert.NotNull(donorHome.Document.QuerySelector("header nav a[href='/portfolio']"));
        Assert.Null(adminHome.Document.QuerySelector("header nav a[href='/portfolio']"));
        Assert.NotNull(adminHome.Document.QuerySelector("main a[href='/admin/donors']"));
    }

    [Fact]
    public async Task Home_Donor_LeadsToThePortfolio_OthersNot()
    {
        using var factory = new PlatformFactory();
        using var donor = await factory.SignedInBrowserAsync("dora@example.org", PlatformRoles.Donor);
        using var member = await factory.SignedInBrowserAsync("mia@example.org");

        var donorHome = await donor.GetAsync("/");
        var memberHome = await member.GetAsync("/");

        Assert.NotNull(donorHome.Document.QuerySelector("main a[href='/portfolio']"));
        Assert.Null(memberHome.Document.QuerySelector("main a[href='/portfolio']"));
    }

    [Theory]
    [InlineData("?from=2026-13&to=2026-11", "could not be read")]
    [InlineData("?from=2020-01&to=2099-12", "reaches into the future")]
    [InlineData("?from=2026-11&to=2026-05", "comes after the last")]
    [InlineData("?from=2019-01&to=2026-10", "at most 36 months")]
    public async Task Portfolio_PeriodThatCannotBeShownAsAsked_SaysWhatChanged(string query, string message)
    {
        using var factory = new PlatformFactory();
        using var donor = await factory.SignedInBrowserAsync("dora@example.org", PlatformRoles.Donor);

        var page = await donor.GetAsync("/portfolio" + query);
        var asAsked = await donor.GetAsync("/portfolio?from=2026-01&to=2026-06");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.Document.QuerySelector("[role=status].period-changed")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Null(asAsked.Document.QuerySelector(".period-changed"));
    }

    private static void AssertEmptyPortfolio(FormClient.Page page)
    {
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(page.Document.QuerySelectorAll("main section"));
    }

    private static void AssertNoPerson(FormClient.Page page)
    {
        var html = page.Document.DocumentElement.OuterHtml;
        foreach (var name in SeededPeople)
        {
            Assert.DoesNotContain(name, html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(name.Split(' ')[0].ToLowerInvariant() + "@", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>A donor with group A (seeded with people) in their portfolio, signed in.</summary>
    private static async Task<(Personas Seed, FormClient Browser)> DonorOfGroupAAsync(PlatformFactory factory)
    {
        var seed = await SeedGroupAWithPeopleAsync(factory);
        var donor = await seed.PersonAsync("donor@example.org", PlatformRoles.Donor);
        await seed.PortfolioAsync(donor, seed.GroupA);
        return (seed, await factory.SignedInAsync("donor@example.org"));
    }

    /// <summary>Group A with three people from three organisations (ASM, police, a community), group B empty.</summary>
    private static async Task<Personas> SeedGroupAWithPeopleAsync(PlatformFactory factory)
    {
        var seed = await Personas.SeededAsync(factory);
        var police = await seed.OrganisationAsync("Policía de Segovia", "public_security_police");
        var organisations = new[] { seed.Organisation, police, seed.Organisation };
        for (var i = 0; i < SeededPeople.Length; i++)
        {
            var user = await factory.CreateUserAsync($"{SeededPeople[i].Split(' ')[0].ToLowerInvariant()}@example.org");
            await seed.ExecuteAsync("UPDATE user_account SET display_name = @name WHERE id = @id", new { name = SeededPeople[i], id = user.Id });
            await seed.SeatAsync(seed.GroupA, user.Id, i == 0 ? "facilitator" : "member", organisations[i]);
        }

        return seed;
    }
}
