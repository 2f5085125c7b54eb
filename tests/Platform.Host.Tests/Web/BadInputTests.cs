namespace Platform.Host.Tests.Web;

/// <summary>The inputs the audit found answering 500 or a misleading message; the walk over every endpoint is MalformedInputTests.</summary>
public sealed class BadInputTests
{
    [Fact]
    public async Task ReportedQueries_AsFacilitatorAndDonor_AnswerThePlainPage()
    {
        using var factory = new PlatformFactory();
        var seed = await Personas.SeededAsync(factory);
        using var facilitator = await seed.SeatedBrowserAsync("facilitator@example.org", seed.GroupA, "facilitator");
        using var donor = await factory.SignedInBrowserAsync("donor@example.org", PlatformRoles.Donor);
        var group = $"/groups/{seed.GroupA}";

        var pages = new[]
        {
            await facilitator.GetAsync("/notifications?page=abc"),
            await facilitator.GetAsync("/organisations?page=abc"),
            await facilitator.GetAsync($"{group}/meetings/{seed.MeetingA}/record?revision=abc"),
            await facilitator.GetAsync($"{group}/actions?overdue=1"),
            await facilitator.GetAsync($"{group}/fragments/actions?overdue=1"),
            await facilitator.GetAsync($"{group}/summary?from=0001-01&to=9999-12"),
            await donor.GetAsync("/portfolio?from=0001-01&to=9999-12"),
            await donor.GetAsync("/portfolio.csv?from=0001-01&to=9999-12"),
        };

        Assert.All(pages, page => Assert.Equal(HttpStatusCode.OK, page.Status));
    }

    [Theory]
    [InlineData("/%E3%80%82x", "/%E3%80%82x")]
    [InlineData("/%09/evil.example", "/")]
    [InlineData("/account/profile%0D%0ASet-Cookie:%20x=1", "/")]
    public async Task SignIn_WithOddReturnUrl_RedirectsToAnAsciiPathOnThisSite(string returnUrl, string expected)
    {
        using var factory = new PlatformFactory();
        await factory.CreateUserAsync("bea@example.org");
        using var browser = factory.Browser();

        var page = await browser.SubmitAsync($"/account/sign-in?returnUrl={returnUrl}", new Dictionary<string, string>
        {
            ["Input.Email"] = "bea@example.org",
            ["Input.Password"] = PlatformFactory.Password,
        });

        var location = new Uri(new Uri("http://localhost"), page.Location);
        Assert.Equal(HttpStatusCode.Found, page.Status);
        Assert.Equal(("localhost", expected), (location.Host, location.PathAndQuery));
        Assert.All(page.Location!, c => Assert.True(char.IsAscii(c) && !char.IsControl(c)));
    }

    [Theory]
    [InlineData("/\t/evil.example", "/")]
    [InlineData("/\u3002x", "/%E3%80%82x")]
    public async Task LanguageSwitcher_WithOddReturnUrl_RedirectsToAnAsciiPathOnThisSite(string returnUrl, string expected)
    {
        using var factory = new PlatformFactory();
        using var browser = factory.Browser();

        var page = await browser.SubmitAsync("/account/sign-in", "form.language-switcher", new Dictionary<string, string>
        {
            ["culture"] = "fr",
            ["returnUrl"] = returnUrl,
        });

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal(expected, page.Location);
    }

    [Fact]
    public async Task AnyForm_WithNulCharacter_Answers400SayingWhatIsWrongInTheReadersLanguage()
    {
        using var factory = new PlatformFactory();
        using var admin = await factory.SignedInBrowserAsync("admin@example.org", PlatformRoles.Administrator);
        await admin.SubmitAsync("/account/sign-in", "form.language-switcher", new Dictionary<string, string> { ["culture"] = "es" });

        var page = await admin.SubmitAsync("/organisations/new", new Dictionary<string, string> { ["Input.Name"] = "Coop\0erativa" });

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("No se pudo leer este formulario", page.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("antiforgery", page.Document.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await new Personas(factory).ScalarAsync<long>("SELECT COUNT(*) FROM organisation"));
    }

    [Fact]
    public async Task NewActionItem_PersonBesideUnknownOrganisation_ReshowsFormWithMessageAndKeepsWhatWasTyped()
    {
        using var factory = new PlatformFactory();
        var seed = await Personas.SeededAsync(factory);
        var beto = await seed.PersonAsync("beto@example.org");
        await seed.SeatAsync(seed.GroupA, beto, "facilitator");
        using var browser = await factory.SignedInAsync("beto@example.org");

        var page = await browser.SubmitAsync($"/groups/{seed.GroupA}/actions/new", new Dictionary<string, string>
        {
            ["Input.Title"] = "Informe de incidentes del trimestre",
            ["Input.OwnerUserId"] = beto,
            ["Input.OwnerOrganisationId"] = Guid.NewGuid().ToString(),
            ["Input.Priority"] = "high",
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("has no seat in this group", page.Document.QuerySelector("#owner-org-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Informe de incidentes del trimestre", page.Document.QuerySelector("input[name='Input.Title']")?.GetAttribute("value"));
        Assert.Equal(2L, await seed.ScalarAsync<long>("SELECT COUNT(*) FROM action_item"));
    }
}
