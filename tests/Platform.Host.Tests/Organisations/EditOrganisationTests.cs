using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platform.Grains.Organisations;

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
}
