namespace Platform.Host.Tests.Organisations;

public sealed class EditOrganisationTests
{
    [Fact]
    public async Task EditOrganisation_AsAdministrator_PrefillsThenSavesChanges()
    {
        using var factory = new PlatformFactory();
        using var browser = await factory.SignedInBrowserAsync("admin@example.org", PlatformRoles.Administrator);
        var organisation = await GroupSeats.OrganisationAsync(factory, "Defensoria", StakeholderType.OversightBody);

        var form = await browser.GetAsync($"/organisations/{organisation}/edit");
        var saved = await browser.SubmitAsync($"/organisations/{organisation}/edit", new Dictionary<string, string>
        {
            ["Input.Name"] = "Defensoría del Pueblo",
            ["Input.Type"] = "oversight_body",
            ["Input.Country"] = "CO",
            ["Input.Website"] = "https://defensoria.example.org",
        });

        Assert.Equal("Defensoria", form.Document.QuerySelector("#name")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Found, saved.Status);
        var detail = await factory.Services.GetRequiredService<OrganisationQueries>().FindAsync(organisation);
        Assert.Equal(("Defensoría del Pueblo", "https://defensoria.example.org"), (detail!.Organisation.Name, detail.Organisation.Website));
    }

    [Fact]
    public async Task EditOrganisation_WebsiteNotHttp_IsRefusedWithMessageAndNothingChanges()
    {
        using var factory = new PlatformFactory();
        using var browser = await factory.SignedInBrowserAsync("admin@example.org", PlatformRoles.Administrator);
        var organisation = await GroupSeats.OrganisationAsync(factory, "Defensoria", StakeholderType.OversightBody);

        var page = await browser.SubmitAsync($"/organisations/{organisation}/edit", new Dictionary<string, string>
        {
            ["Input.Name"] = "Renamed",
            ["Input.Website"] = "javascript:alert(1)",
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector("#website[aria-invalid=true]"));
        Assert.Equal("Renamed", page.Document.QuerySelector("#name")?.GetAttribute("value"));
        Assert.Equal("Defensoria", (await factory.Services.GetRequiredService<OrganisationQueries>().FindAsync(organisation))!.Organisation.Name);
    }

    [Theory]
    [InlineData("seated in the facilitator's group", true)]
    [InlineData("seated only in another group", false)]
    [InlineData("registered by the facilitator, seated nowhere", true)]
    [InlineData("registered by someone else, seated nowhere", false)]
    public async Task EditOrganisation_AsFacilitator_AllowedOnlyWhereSeatedInOwnGroupOrOwnUnseated(string situation, bool allowed)
    {
        using var factory = new PlatformFactory();
        using var browser = await factory.SignedInBrowserAsync("facilitator@example.org");
        var facilitator = (await factory.FindUserAsync("facilitator@example.org"))!;
        var other = await factory.CreateUserAsync("otra.facilitadora@example.org");
        var own = await GroupSeats.GroupAsync(factory, "Mesa de Segovia");
        var elsewhere = await GroupSeats.GroupAsync(factory, "Mesa de Remedios");
        await GroupSeats.SeatAsync(factory, own, facilitator, await GroupSeats.OrganisationAsync(factory, "Fundación Facilitadora"), "facilitator");
        await GroupSeats.SeatAsync(factory, elsewhere, other, await GroupSeats.OrganisationAsync(factory, "Fundación Remedios"), "facilitator");
        var registeredBy = situation.Contains("someone else", StringComparison.Ordinal) ? other.Id : facilitator.Id;
        var organisation = (await factory.Services.GetRequiredService<OrganisationStore>().CreateAsync(
            new("Minera del Norte", StakeholderType.LargeScaleMining, "CO", null, null), registeredBy)).OrganisationId;
        if (situation.StartsWith("seated", StringComparison.Ordinal))
        {
            var seated = await factory.CreateUserAsync("lucia@example.org");
            await GroupSeats.SeatAsync(factory, situation.Contains("another", StringComparison.Ordinal) ? elsewhere : own, seated, organisation, "member");
        }

        var details = await browser.GetAsync($"/organisations/{organisation}");
        var form = await browser.GetAsync($"/organisations/{organisation}/edit");
        var fields = new Dictionary<string, string> { ["Input.Name"] = "Minera del Norte", ["Input.Type"] = "community", ["Input.Country"] = "CO" };
        var saved = allowed
            ? await browser.SubmitAsync($"/organisations/{organisation}/edit", "main form[method=post]", fields)
            : await browser.PostAsync($"/organisations/{organisation}/edit", new Dictionary<string, string>(fields) { ["_handler"] = "edit-organisation" });

        var type = (await factory.Services.GetRequiredService<OrganisationQueries>().FindAsync(organisation))!.Organisation.Type;
        Assert.Equal(allowed, details.Document.QuerySelector($"main a[href='/organisations/{organisation}/edit']") is not null);
        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Redirect, form.Status);
        Assert.Equal(allowed ? $"/organisations/{organisation}" : "/account/access-denied", new Uri(new Uri("http://localhost"), saved.Location).AbsolutePath);
        Assert.Equal(allowed ? StakeholderType.Community : StakeholderType.LargeScaleMining, type);
    }
}
