using Platform.Host.Tests.Notifications;

namespace Platform.Host.Tests.Accounts;

/// <summary>
/// People management as an administrator meets it (issue 16): finding people, deactivating someone (which ends their
/// sessions at once and refuses every sign-in), reactivating them, and a two-step grace period.
/// </summary>
public sealed class PeopleManagementTests
{
    private const string Deactivate = "main form:has(button[value=deactivate])";
    private const string Reactivate = "main form:has(button[value=reactivate])";
    private const string Grace = "main form:has(input[name=Days])";

    [Fact]
    public async Task Deactivate_SignedInPerson_EndsTheSessionAtOnceUntilReactivated()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        using var admin = await factory.SignedInBrowserAsync("admin@example.org", PlatformRoles.Administrator);
        var member = group.Member;
        using var person = factory.Browser();
        await person.SignInAsync(member.Email, PlatformFactory.Password);
        var before = await person.GetAsync("/account/profile");

        var deactivated = await admin.SubmitAsync($"/admin/people/{member.Id}", Deactivate, new Dictionary<string, string>());
        var after = await person.GetAsync("/account/profile");
        var refused = await person.SignInAsync(member.Email, PlatformFactory.Password);
        var wrongPassword = await person.SignInAsync(member.Email, "not the password at all");

        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.Equal(HttpStatusCode.Found, deactivated.Status);
        Assert.Equal(HttpStatusCode.Found, after.Status);
        Assert.StartsWith("/account/sign-in", new Uri(new Uri("http://localhost"), after.Location).PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal(wrongPassword.Document.QuerySelector("#sign-in-failure")?.TextContent, refused.Document.QuerySelector("#sign-in-failure")?.TextContent);
        Assert.Contains("Deactivated", (await admin.GetAsync("/admin/people")).MainText, StringComparison.Ordinal);

        var reactivated = await admin.SubmitAsync($"/admin/people/{member.Id}", Reactivate, new Dictionary<string, string>());
        using var again = factory.Browser();
        var signedIn = await again.SignInAsync(member.Email, PlatformFactory.Password);
        var page = await admin.GetAsync($"/admin/people/{member.Id}");

        Assert.Equal(HttpStatusCode.Found, reactivated.Status);
        Assert.Equal(HttpStatusCode.Found, signedIn.Status);
        Assert.Single(page.Document.QuerySelectorAll("main ul.person-seats li"));
        var adminId = (await factory.FindUserAsync("admin@example.org"))!.Id;
        Assert.Equal([("account.deactivated", adminId), ("account.reactivated", adminId)], await JournalAsync(factory, member.Id));
    }

    [Fact]
    public async Task ForgotPassword_DeactivatedAccount_SendsNothingAndAnswersTheSame()
    {
        using var factory = new PlatformFactory();
        using var admin = await factory.SignedInBrowserAsync("admin@example.org", PlatformRoles.Administrator);
        var person = await factory.CreateUserAsync("pablo@example.org");
        await admin.SubmitAsync($"/admin/people/{person.Id}", Deactivate, new Dictionary<string, string>());
        using var browser = factory.Browser();

        var asked = await browser.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "pablo@example.org" });

        Assert.NotNull(asked.Document.QuerySelector("main [role=status]"));
        Assert.Empty(await factory.DeliveredMailAsync());
    }

    [Fact]
    public async Task Deactivate_Yourself_IsRefusedWithAReason()
    {
        using var factory = new PlatformFactory();
        using var admin = await factory.SignedInBrowserAsync("admin@example.org", PlatformRoles.Administrator);
        var self = (await factory.FindUserAsync("admin@example.org"))!;

        var page = await admin.SubmitAsync($"/admin/people/{self.Id}", Deactivate, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("cannot deactivate yourself", page.Document.QuerySelector("#person-refusal")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin")).Status);
        Assert.Empty(await JournalAsync(factory, self.Id));
    }

    [Fact]
    public async Task Search_NameOrAddress_FindsThePersonAndShowsTheirLastSignIn()
    {
        using var factory = new PlatformFactory();
        using var admin = await factory.SignedInBrowserAsync("admin@example.org", PlatformRoles.Administrator);
        await factory.CreateUserAsync("rosa.quispe@example.org");
        await factory.CreateUserAsync("julian@example.org");
        using var rosa = factory.Browser();
        await rosa.SignInAsync("rosa.quispe@example.org", PlatformFactory.Password);

        var byName = await admin.GetAsync("/admin/people?q=QUISPE");
        var byAddress = await admin.GetAsync("/admin/people?q=julian%40example");

        Assert.Equal(["rosa.quispe"], Names(byName));
        Assert.Equal(["julian"], Names(byAddress));
        Assert.DoesNotContain("Never", byName.Document.QuerySelector("main tbody tr")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Never", byAddress.Document.QuerySelector("main tbody tr")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("QUISPE", byName.Document.QuerySelector("#people-search")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Grace_FacilitatorWithoutTwoStep_ReachesPagesAfterTheAdministratorAllowsIt()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        await factory.ExecuteAsync("UPDATE user_account SET two_step_grace_until = NULL WHERE id = @id", new { id = group.Facilitator.Id });
        using var admin = await factory.SignedInBrowserAsync("admin@example.org", PlatformRoles.Administrator);
        using var facilitator = factory.Browser();
        await facilitator.SignInAsync(group.Facilitator.Email, PlatformFactory.Password);
        var forced = await facilitator.GetAsync($"/groups/{group.GroupId}");

        var invalid = await admin.SubmitAsync($"/admin/people/{group.Facilitator.Id}", Grace, new Dictionary<string, string> { ["Days"] = "45" });
        var allowed = await admin.SubmitAsync($"/admin/people/{group.Facilitator.Id}", Grace, new Dictionary<string, string> { ["Days"] = "7" });
        using var later = factory.Browser();
        await later.SignInAsync(group.Facilitator.Email, PlatformFactory.Password);
        var reached = await later.GetAsync($"/groups/{group.GroupId}");

        Assert.StartsWith("/account/two-step/setup", forced.Location, StringComparison.Ordinal);
        var days = invalid.Document.QuerySelector("main input[name=Days]");
        Assert.Equal(("true", "45"), (days?.GetAttribute("aria-invalid"), days?.GetAttribute("value")));
        Assert.Contains("from 1 to 30", invalid.Document.QuerySelector("#grace-days-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, allowed.Status);
        Assert.Equal(HttpStatusCode.OK, reached.Status);
        var adminId = (await factory.FindUserAsync("admin@example.org"))!.Id;
        Assert.Equal([("account.two_step_grace_allowed", adminId)], await JournalAsync(factory, group.Facilitator.Id));
    }

    private static string[] Names(FormClient.Page page) =>
        [.. page.Document.QuerySelectorAll("main tbody tr td:first-child a").Select(a => a.TextContent.Trim())];

    internal static async Task<IReadOnlyList<(string Action, string Actor)>> JournalAsync(PlatformFactory factory, string entityKey) =>
        await factory.QueryAsync<(string Action, string Actor)>(
            "SELECT action AS Action, actor AS Actor FROM journal_entry WHERE entity_key = @entityKey AND entity_kind IN ('account', 'invitation') ORDER BY seq", new { entityKey });
}
