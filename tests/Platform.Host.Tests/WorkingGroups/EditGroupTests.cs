namespace Platform.Host.Tests.WorkingGroups;

public sealed class EditGroupTests
{
    [Fact]
    public async Task SaveDetails_UnknownCountryInFrench_ShowsMessageNextToFieldAndKeepsInput()
    {
        using var factory = new PlatformFactory();
        var org = await factory.OrganisationAsync("Corporación Jurídica");
        var ana = await factory.CreateUserAsync("ana@example.org");
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var stored = await users.FindByIdAsync(ana.Id);
            stored!.PreferredLanguage = "fr";
            await users.UpdateAsync(stored);
        }

        var groupId = await factory.GroupAsync(ana, org);
        using var facilitator = await factory.SignedInAsync("ana@example.org");

        var page = await facilitator.SubmitAsync($"/groups/{groupId}/edit", new Dictionary<string, string>
        {
            ["Input.Name"] = "Mesa renombrada",
            ["Input.Country"] = "ZZ",
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("true", page.Document.QuerySelector("#country")?.GetAttribute("aria-invalid"));
        Assert.Contains("code ISO", page.Document.QuerySelector("#country-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Mesa renombrada", page.Document.QuerySelector("#name")?.GetAttribute("value"));
        Assert.Equal("Mesa minera de Segovia", (await factory.Group(groupId).GetAsync())!.Details.Name);
    }
}
