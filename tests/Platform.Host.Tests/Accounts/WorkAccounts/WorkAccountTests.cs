using Platform.Grains.People;
using Platform.Grains.Tests.Calendar;

namespace Platform.Host.Tests.Accounts.WorkAccounts;

/// <summary>
/// Sign-in with a work account through a real OpenID provider on loopback (<see cref="OidcProviderProcess"/>): a work
/// account reaches only the Roundtable account it is linked to, and is linked only through an invitation, an address the
/// provider verified, or by the signed-in person; it never creates access by itself.
/// </summary>
public sealed class WorkAccountTests(WorkAccountTests.Platform platform) : IClassFixture<WorkAccountTests.Platform>
{
    [NodeFact]
    public async Task SignIn_ProviderVerifiedAddressOfAnAccount_LinksItAndLandsOnTheirGroups()
    {
        var user = await platform.Factory.CreateUserAsync("ana.work@example.org");
        using var browser = platform.Factory.Browser();

        var landed = await platform.SignInThroughProviderAsync(browser, "/account/sign-in", "ana.work@example.org");
        var home = await browser.GetAsync("/");
        var again = platform.Factory.Browser();
        var second = await platform.SignInThroughProviderAsync(again, "/account/sign-in", "ana.work@example.org");

        Assert.Equal("/", landed);
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Equal("My working groups", home.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("/", second);
        Assert.Single(await platform.LoginsAsync(user.Email!));
        Assert.Equal(1L, await platform.JournalCountAsync(user.Id, "account.work_account_linked"));
    }

    [NodeFact]
    public async Task SignInPage_WorkAccountsConfigured_OffersTheButtonAndLetsItsFormReachTheProvider()
    {
        using var browser = platform.Factory.Browser();

        using var response = await browser.Http.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        var page = await FormClient.Page.ReadAsync(response);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Equal("Sign in with a work account", page.Document.QuerySelector("form[action='/account/work-account/sign-in'] button")?.TextContent.Trim());
        Assert.Contains($"form-action 'self' {platform.Provider.Authority.GetLeftPart(UriPartial.Authority)};", policy, StringComparison.Ordinal);
    }

    [NodeFact]
    public async Task SignIn_AddressNotVerifiedByTheProvider_LinksNothingAndSaysWhy()
    {
        await platform.Factory.CreateUserAsync("bo.work@example.org");
        using var browser = platform.Factory.Browser();

        var landed = await platform.SignInThroughProviderAsync(browser, "/account/sign-in", "unverified:bo.work@example.org");
        var page = await browser.GetAsync(landed);
        var home = await browser.GetAsync("/actions");

        Assert.StartsWith("/account/sign-in?work=unknown", landed, StringComparison.Ordinal);
        Assert.Contains("No Roundtable account uses this work account", page.Document.QuerySelector("main [role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, home.Status); // still signed out
        Assert.Empty(await platform.LoginsAsync("bo.work@example.org"));
    }

    [NodeFact]
    public async Task SignIn_NobodyHasTheAddress_CreatesNoAccount()
    {
        using var browser = platform.Factory.Browser();

        var landed = await platform.SignInThroughProviderAsync(browser, "/account/sign-in", "stranger.work@example.org");

        Assert.StartsWith("/account/sign-in?work=unknown", landed, StringComparison.Ordinal);
        Assert.Null(await platform.Factory.FindUserAsync("stranger.work@example.org"));
    }

    [NodeFact]
    public async Task Invitation_AcceptedWithAWorkAccount_CreatesTheInvitedAccountWithoutPassword()
    {
        var admin = await platform.Factory.CreateUserAsync("admin.work@example.org", PlatformRoles.Administrator);
        var token = await platform.Factory.InviteAsync(admin, "cy.work@example.org", PlatformRoles.Donor);
        using var browser = platform.Factory.Browser();

        // The person's work address differs from the invited one: the invitation link is what proves who they are.
        var landed = await platform.SignInThroughProviderAsync(browser, $"/account/invitation?token={token}", "cy.lastname@corp.example");
        var user = await platform.Factory.FindUserAsync("cy.work@example.org");
        var spentPage = await platform.Factory.Browser().GetAsync($"/account/invitation?token={token}");
        // Posting the spent token anyway (a second tab, or a copied form) creates nothing either.
        var reused = await platform.SignInThroughProviderAsync(
            platform.Factory.Browser(), "/account/sign-in", "someone.else@corp.example", new Dictionary<string, string> { ["invitation"] = token });

        Assert.Equal("/", landed);
        Assert.NotNull(user);
        Assert.Null(user.PasswordHash);
        Assert.Contains(PlatformRoles.Donor, await platform.Factory.RolesOfAsync(user));
        Assert.Single(await platform.LoginsAsync("cy.work@example.org"));
        Assert.Null(spentPage.Document.QuerySelector("form[action='/account/work-account/sign-in']"));
        Assert.StartsWith("/account/sign-in?work=invitation", reused, StringComparison.Ordinal);
        Assert.Null(await platform.Factory.FindUserAsync("someone.else@corp.example"));
    }

    [NodeFact]
    public async Task Profile_LinkThenUnlink_WorksAndIsJournalled()
    {
        var user = await platform.Factory.CreateUserAsync("dee.work@example.org");
        using var browser = platform.Factory.Browser();
        await browser.SignInAsync(user.Email!, PlatformFactory.Password);

        // A different address at the provider: linking from the profile needs none, the person is signed in here.
        var linked = await platform.SignInThroughProviderAsync(browser, "/account/work-account", "dee.corp@corp.example");
        var page = await browser.GetAsync(linked);
        var unlinked = await browser.SubmitAsync("/account/work-account", "main form[action='/account/work-account/unlink']", new Dictionary<string, string>());
        var viaProvider = await platform.SignInThroughProviderAsync(platform.Factory.Browser(), "/account/sign-in", "dee.corp@corp.example");

        Assert.Equal("/account/work-account?work=linked", linked);
        Assert.Contains("Your work account is linked", page.MainText, StringComparison.Ordinal);
        Assert.Equal("/account/work-account?work=unlinked", unlinked.Location);
        Assert.Empty(await platform.LoginsAsync(user.Email!));
        Assert.StartsWith("/account/sign-in?work=unknown", viaProvider, StringComparison.Ordinal);
        Assert.Equal(1L, await platform.JournalCountAsync(user.Id, "account.work_account_linked"));
        Assert.Equal(1L, await platform.JournalCountAsync(user.Id, "account.work_account_unlinked"));
    }

    [NodeFact]
    public async Task Profile_UnlinkWithoutPassword_IsRefusedSoThePersonCanStillSignIn()
    {
        var admin = await platform.Factory.CreateUserAsync("admin2.work@example.org", PlatformRoles.Administrator);
        var token = await platform.Factory.InviteAsync(admin, "eve.work@example.org");
        using var browser = platform.Factory.Browser();
        await platform.SignInThroughProviderAsync(browser, $"/account/invitation?token={token}", "eve@corp.example");

        var refused = await browser.SubmitAsync("/account/work-account", "main form[action='/account/work-account/unlink']", new Dictionary<string, string>());

        Assert.Equal("/account/work-account?work=needs-password", refused.Location);
        Assert.Single(await platform.LoginsAsync("eve.work@example.org"));
    }

    [NodeFact]
    public async Task Link_WorkAccountOfAnotherPerson_IsRefused()
    {
        await platform.Factory.CreateUserAsync("fay.work@example.org");
        await platform.SignInThroughProviderAsync(platform.Factory.Browser(), "/account/sign-in", "fay.work@example.org");
        var other = await platform.Factory.CreateUserAsync("gus.work@example.org");
        using var browser = platform.Factory.Browser();
        await browser.SignInAsync(other.Email!, PlatformFactory.Password);

        var taken = await platform.SignInThroughProviderAsync(browser, "/account/work-account", "fay.work@example.org");

        Assert.Equal("/account/work-account?work=taken", taken);
        Assert.Empty(await platform.LoginsAsync(other.Email!));
    }

    [NodeFact]
    public async Task SignIn_PersonWithTwoStepVerification_IsAskedForTheCode()
    {
        var user = await platform.Factory.CreateUserAsync("hal.work@example.org");
        using (var scope = platform.Factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var stored = await users.FindByIdAsync(user.Id);
            await users.ResetAuthenticatorKeyAsync(stored!);
            await users.SetTwoFactorEnabledAsync(stored!, enabled: true);
        }

        using var browser = platform.Factory.Browser();
        var landed = await platform.SignInThroughProviderAsync(browser, "/account/sign-in", "hal.work@example.org");
        var groups = await browser.GetAsync("/actions");

        Assert.StartsWith("/account/two-step?returnUrl=%2F", landed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, groups.Status); // not signed in until the code is given
    }

    [Fact]
    public async Task Off_ByDefault_NoWorkAccountButtonAndTheStartIsNotFound()
    {
        using var factory = new PlatformFactory();
        using var browser = factory.Browser();

        var signIn = await browser.GetAsync("/account/sign-in");
        var form = signIn.Document.QuerySelector("main form[method=post]")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var start = await browser.PostAsync("/account/work-account/sign-in", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        Assert.Null(signIn.Document.QuerySelector("form[action='/account/work-account/sign-in']"));
        Assert.Equal(HttpStatusCode.NotFound, start.Status);
    }

    /// <summary>One provider and one platform for the class: each test uses its own people.</summary>
    public sealed class Platform : IAsyncLifetime
    {
        private OidcProviderProcess? provider;

        public PlatformFactory Factory { get; private set; } = null!;

        public OidcProviderProcess Provider => provider!;

        public async Task InitializeAsync()
        {
            if (Grains.Tests.NodePackage.FindNode() is null)
            {
                return; // the tests skip (or fail under CI) by their attribute
            }

            provider = await OidcProviderProcess.StartAsync(new Uri("http://localhost/signin-oidc"));
            Factory = new PlatformFactory { Settings = provider.Settings(), DistinctClientAddresses = true };
        }

        public async Task DisposeAsync()
        {
            Factory?.Dispose();
            if (provider is not null)
            {
                await provider.DisposeAsync();
            }
        }

        /// <summary>
        /// Submits the work-account form on <paramref name="startPage"/>, plays <paramref name="login"/> at the provider and
        /// follows the platform's redirects; answers where the platform finally sends the person.
        /// </summary>
        public async Task<string> SignInThroughProviderAsync(FormClient browser, string startPage, string login, IReadOnlyDictionary<string, string>? fields = null)
        {
            var started = await browser.SubmitAsync(
                startPage, "main form[action^='/account/work-account/']:not([action$='/unlink'])", fields ?? new Dictionary<string, string>());
            Assert.True(started.Status == HttpStatusCode.Found, $"Starting answered {started.Status}.");
            var back = await ProviderVisit.SignInAsync(Provider, new Uri(started.Location!), login);
            var page = await browser.GetAsync(back.PathAndQuery);
            while (page.Status == HttpStatusCode.Found && page.Location!.StartsWith("/account/work-account/", StringComparison.Ordinal))
            {
                page = await browser.GetAsync(page.Location);
            }

            Assert.True(page.Status == HttpStatusCode.Found, $"The platform answered {page.Status}: {page.MainText}");
            return page.Location!;
        }

        public async Task<IList<UserLoginInfo>> LoginsAsync(string email)
        {
            using var scope = Factory.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            return await users.FindByEmailAsync(email) is { } user ? await users.GetLoginsAsync(user) : [];
        }

        public async Task<long> JournalCountAsync(string userId, string action)
        {
            await using var connection = await Factory.Services.GetRequiredService<Database>().OpenAsync();
            return await connection.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM journal_entry WHERE entity_kind = 'account' AND entity_key = @userId AND action = @action", new { userId, action });
        }
    }
}
