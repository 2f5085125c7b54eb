namespace Platform.Host.Tests.WorkingGroups;

/// <summary>Issue 11: a facilitator cannot seat a donor, and an administrator cannot make a seated person a donor.</summary>
public sealed class DonorSeatPageTests
{
    [Fact]
    public async Task AddMember_PersonIsDonor_IsRefusedWithExplanationAndDonorStillSeesNoGroup()
    {
        using var factory = new PlatformFactory();
        var ana = await factory.CreateUserAsync("ana@example.org");
        await factory.CreateUserAsync("emily@example.org", PlatformRoles.Donor);
        var ngo = await factory.OrganisationAsync("Corporación Jurídica");
        var group = await factory.GroupAsync(ana, ngo);
        using var facilitator = await factory.SignedInAsync("ana@example.org");
        using var donor = await factory.SignedInAsync("emily@example.org");

        var refused = await facilitator.SubmitAsync($"/groups/{group}/members", "section[aria-labelledby=add-title] form", new Dictionary<string, string>
        {
            ["Add.Email"] = "emily@example.org",
            ["Add.OrganisationId"] = ngo.ToString(),
            ["Add.Role"] = "observer",
        });

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("cannot sit in a working group", refused.Document.QuerySelector("main [role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Null(await factory.RoleInAsync(group, (await factory.FindUserAsync("emily@example.org"))!.Id));
        PageAssert.Denied(await donor.GetAsync($"/groups/{group}"));
    }

    [Fact]
    public async Task MakeDonor_PersonSeatedInAGroup_IsRefusedWithExplanationAndGivesNoRole()
    {
        using var factory = new PlatformFactory();
        var ana = await factory.CreateUserAsync("ana@example.org");
        await factory.GroupAsync(ana, await factory.OrganisationAsync("Corporación Jurídica"));
        using var admin = await factory.SignedInBrowserAsync("admin@example.org", PlatformRoles.Administrator);

        var page = await admin.SubmitAsync("/admin/donors", new Dictionary<string, string> { ["Email"] = "ana@example.org" });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("sits in a working group", page.Document.QuerySelector("#donor-email-error")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(PlatformRoles.Donor, await factory.RolesOfAsync(ana));
    }
}
