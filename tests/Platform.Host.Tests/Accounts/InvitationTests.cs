using System.Text.RegularExpressions;

namespace Platform.Host.Tests.Accounts;

public sealed partial class InvitationTests
{
    private static Dictionary<string, string> NewAccount() => new()
    {
        ["Input.DisplayName"] = "Carla",
        ["Input.Password"] = PlatformFactory.Password,
        ["Input.ConfirmPassword"] = PlatformFactory.Password,
    };

    [Fact]
    public async Task AcceptInvitation_FirstUse_CreatesAccountWithRoleAndLanguage()
    {
        using var factory = new PlatformFactory();
        var admin = await factory.CreateUserAsync("ana@example.org", PlatformRoles.Administrator);
        var token = await factory.InviteAsync(admin, "carla@example.org", PlatformRoles.Donor);
        using var browser = factory.Browser();

        var page = await browser.SubmitAsync($"/account/invitation?token={token}", NewAccount());

        Assert.Equal(HttpStatusCode.Found, page.Status);
        var user = await factory.FindUserAsync("carla@example.org");
        Assert.NotNull(user);
        Assert.Equal("es", user.PreferredLanguage);
        Assert.Equal([PlatformRoles.Donor], await factory.RolesOfAsync(user));
    }

    [Fact]
    public async Task AcceptInvitation_SecondUse_IsRefused()
    {
        using var factory = new PlatformFactory();
        var admin = await factory.CreateUserAsync("ana@example.org", PlatformRoles.Administrator);
        var token = await factory.InviteAsync(admin, "carla@example.org");
        using var first = factory.Browser();
        using var second = factory.Browser();
        await first.SubmitAsync($"/account/invitation?token={token}", NewAccount());

        var page = await second.GetAsync($"/account/invitation?token={token}");

        PageAssert.LinkRefused(page, "already been used");
    }

    [Fact]
    public async Task AcceptInvitation_AfterSevenDays_IsExpired()
    {
        using var factory = new PlatformFactory();
        var admin = await factory.CreateUserAsync("ana@example.org", PlatformRoles.Administrator);
        var token = await factory.InviteAsync(admin, "carla@example.org");
        using var browser = factory.Browser();
        var justBefore = await browser.GetAsync($"/account/invitation?token={token}");
        factory.Time.Advance(Invitation.Lifetime);

        var page = await browser.GetAsync($"/account/invitation?token={token}");

        Assert.NotNull(justBefore.Document.QuerySelector("main form"));
        PageAssert.LinkRefused(page, "expired");
    }

    [Fact]
    public async Task Invite_AsAdministrator_WritesInvitationInRecipientLanguageToOutbox()
    {
        using var factory = new PlatformFactory();
        using var admin = await factory.SignedInBrowserAsync("ana@example.org", PlatformRoles.Administrator);

        var sent = await admin.SubmitAsync("/account/invite", new Dictionary<string, string>
        {
            ["Input.Email"] = "dede@example.org",
            ["Input.Role"] = "",
            ["Input.PreferredLanguage"] = "fr",
        });

        Assert.NotNull(sent.Document.QuerySelector("main [role=status]"));
        var mail = Assert.Single((await factory.DeliveredMailAsync()));
        Assert.Contains("dede@example.org", mail, StringComparison.Ordinal);
        Assert.Contains("Ouvrez ce lien", mail, StringComparison.Ordinal);
        using var invitee = factory.Browser();
        var link = new Uri(InvitationLink().Match(mail).Value);
        Assert.NotNull((await invitee.GetAsync(link.PathAndQuery)).Document.QuerySelector("main form #password"));
    }

    [GeneratedRegex(@"https?://\S+/account/invitation\?token=[A-Za-z0-9_\-]+")]
    private static partial Regex InvitationLink();
}
