using OtpNet;
using Platform.Grains.People;
using Platform.Host.Tests.Notifications;

namespace Platform.Host.Tests.Accounts;

/// <summary>
/// Two-step verification as a person meets it: enrolment with the key the page shows, a code after the password, a code
/// that works once, recovery codes that work once, and enrolment forced on those who see names, notes and reports.
/// </summary>
public sealed class TwoStepTests
{
    private const string Email = "tomas@example.org";

    [Fact]
    public async Task Gate_AdministratorWithoutGrace_EveryPageLeadsToEnrolmentUntilItIsDone()
    {
        using var factory = new PlatformFactory();
        await factory.CreateUserAsync(Email, PlatformRoles.Administrator, twoStepGrace: false);
        using var browser = factory.Browser();
        await browser.SignInAsync(Email, PlatformFactory.Password);

        var before = await browser.GetAsync("/organisations");
        var fragment = await browser.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/organisations") { Headers = { { "HX-Request", "true" } } });
        var setup = await browser.GetAsync(before.Location!);
        var codes = await EnrolAsync(factory, browser);
        var after = await browser.GetAsync("/organisations");

        Assert.Equal(HttpStatusCode.Found, before.Status);
        Assert.StartsWith("/account/two-step/setup?returnUrl=%2Forganisations", before.Location, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, fragment.StatusCode);
        Assert.NotNull(setup.Document.QuerySelector("main [role=alert]"));
        Assert.Equal(10, codes.Count);
        Assert.Equal(HttpStatusCode.OK, after.Status);
    }

    [Fact]
    public async Task Gate_FacilitatorWithoutGrace_IsSentToEnrolment()
    {
        using var factory = new PlatformFactory();
        var group = await Platform.Host.Tests.Meetings.MeetingGroup.CreateAsync(factory);
        await factory.ExecuteAsync("UPDATE user_account SET two_step_grace_until = NULL WHERE id = @id", new { id = group.Facilitator.Id });
        using var browser = factory.Browser();
        await browser.SignInAsync(group.Facilitator.Email, PlatformFactory.Password);

        var page = await browser.GetAsync($"/groups/{group.GroupId}");

        Assert.Equal(HttpStatusCode.Found, page.Status);
        Assert.StartsWith("/account/two-step/setup", page.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_TwoStepOn_AsksTheCodeAndRefusesTheSameCodeTwice()
    {
        using var factory = new PlatformFactory();
        var (key, _, enrolling) = await EnrolledAsync(factory);
        enrolling.Dispose();

        using var first = factory.Browser();
        var password = await first.SignInAsync(Email, PlatformFactory.Password);
        var code = Code(factory, key);
        var signedIn = await SendCodeAsync(first, Local(password), code);
        using var second = factory.Browser();
        var replay = await SendCodeAsync(second, Local(await second.SignInAsync(Email, PlatformFactory.Password)), code);
        factory.Time.Advance(TimeSpan.FromSeconds(30));
        var next = await SendCodeAsync(second, Local(await second.SignInAsync(Email, PlatformFactory.Password)), Code(factory, key));

        Assert.StartsWith("/account/two-step?", Local(password), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, signedIn.Status);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/account/profile")).Status);
        Assert.NotNull(replay.Document.QuerySelector("#two-step-failure"));
        Assert.Equal(HttpStatusCode.Found, next.Status);
    }

    [Fact]
    public async Task SignIn_PasswordOnlyWithTwoStepOn_OpensNothing()
    {
        using var factory = new PlatformFactory();
        (await EnrolledAsync(factory)).Browser.Dispose();
        using var browser = factory.Browser();

        await browser.SignInAsync(Email, PlatformFactory.Password);
        var profile = await browser.GetAsync("/account/profile");

        Assert.Equal(HttpStatusCode.Found, profile.Status);
        Assert.StartsWith("/account/sign-in", Local(profile), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_RecoveryCode_WorksOnceOnly()
    {
        using var factory = new PlatformFactory();
        var (_, codes, enrolling) = await EnrolledAsync(factory);
        enrolling.Dispose();

        using var first = factory.Browser();
        var used = await SendRecoveryAsync(first, Local(await first.SignInAsync(Email, PlatformFactory.Password)), codes[0].ToLowerInvariant());
        using var second = factory.Browser();
        var again = await SendRecoveryAsync(second, Local(await second.SignInAsync(Email, PlatformFactory.Password)), codes[0]);

        Assert.Equal(HttpStatusCode.Found, used.Status);
        Assert.NotNull(again.Document.QuerySelector("#two-step-failure"));
        Assert.Contains("9", (await first.GetAsync("/account/two-step/setup")).MainText, StringComparison.Ordinal);
        var journalled = await factory.QueryAsync<string>("SELECT summary FROM journal_entry WHERE action = 'account.recovery_code_used'");
        Assert.DoesNotContain(codes[0], Assert.Single(journalled), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignIn_FiveWrongCodes_LocksTheAccountLikePasswordsDo()
    {
        using var factory = new PlatformFactory();
        var (key, _, enrolling) = await EnrolledAsync(factory);
        enrolling.Dispose();
        using var browser = factory.Browser();
        var step = Local(await browser.SignInAsync(Email, PlatformFactory.Password));

        for (var i = 0; i < 5; i++)
        {
            await SendCodeAsync(browser, step, "000000" == Code(factory, key) ? "111111" : "000000");
        }

        var right = await SendCodeAsync(browser, step, Code(factory, key));

        Assert.NotEqual(HttpStatusCode.Found, right.Status);
        Assert.Contains("15", right.Document.QuerySelector("#two-step-failure")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TurnOff_WrongPassword_StaysOnAndTheKeyIsNeverStoredInPlain()
    {
        using var factory = new PlatformFactory();
        var (key, _, browser) = await EnrolledAsync(factory);
        using var signedIn = browser;

        var off = await browser.SendAsync(await browser.OpenFormAsync("/account/two-step/setup", "two-step-off"), new Dictionary<string, string> { ["Again.Password"] = "not my password" });
        var stored = await factory.QueryAsync<string>("SELECT authenticator_key FROM user_account WHERE email = @email", new { email = Email });

        Assert.Equal("true", off.Document.QuerySelector("#off-password")?.GetAttribute("aria-invalid"));
        Assert.Contains("two-step-codes", off.Document.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(key, Assert.Single(stored), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(key.ToLowerInvariant(), (await browser.GetAsync("/account/two-step/setup")).Document.Body!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewRecoveryCodes_AskThePasswordAgainAndTheOldCodesStopWorking()
    {
        using var factory = new PlatformFactory();
        var (_, old, browser) = await EnrolledAsync(factory);
        using var signedIn = browser;

        var refused = await browser.SendAsync(await browser.OpenFormAsync("/account/two-step/setup", "two-step-codes"), new Dictionary<string, string> { ["Again.Password"] = "not my password" });
        var renewed = await browser.SendAsync(await browser.OpenFormAsync("/account/two-step/setup", "two-step-codes"), new Dictionary<string, string> { ["Again.Password"] = PlatformFactory.Password });
        var fresh = renewed.Document.QuerySelectorAll("ol.recovery-codes code").Select(c => c.TextContent).ToList();
        using var other = factory.Browser();
        var withOld = await SendRecoveryAsync(other, Local(await other.SignInAsync(Email, PlatformFactory.Password)), old[0]);

        Assert.Equal("true", refused.Document.QuerySelector("#codes-password")?.GetAttribute("aria-invalid"));
        Assert.Empty(refused.Document.QuerySelectorAll("ol.recovery-codes"));
        Assert.Equal(10, fresh.Count);
        Assert.Empty(fresh.Intersect(old));
        Assert.NotNull(withOld.Document.QuerySelector("#two-step-failure"));
    }

    [Fact]
    public async Task TurnOnThenOff_EachActIsJournalledWithThePersonAsActor()
    {
        using var factory = new PlatformFactory();
        var (_, _, browser) = await EnrolledAsync(factory);
        using var signedIn = browser;

        var off = await browser.SendAsync(await browser.OpenFormAsync("/account/two-step/setup", "two-step-off"), new Dictionary<string, string> { ["Again.Password"] = PlatformFactory.Password });
        var person = (await factory.FindUserAsync(Email))!;
        var entries = await factory.QueryAsync<(string Action, string Actor)>("SELECT action, actor FROM journal_entry WHERE entity_kind = 'account' ORDER BY seq");

        Assert.NotNull(off.Document.QuerySelector("main [role=status]"));
        Assert.Equal(["account.two_step_enabled", "account.recovery_codes_renewed", "account.two_step_disabled"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(person.Id, e.Actor));
    }

    /// <summary>Where a redirect leads, as path and query (the host may answer with an absolute address).</summary>
    private static string Local(FormClient.Page page) =>
        new Uri(new Uri("http://localhost"), page.Location ?? throw new InvalidOperationException($"No redirect (status {page.Status}).")).PathAndQuery;

    private static string Code(PlatformFactory factory, string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(factory.Time.GetUtcNow().UtcDateTime);

    /// <summary>Enrols the signed-in <paramref name="browser"/> with the key its setup page shows; returns the recovery codes shown.</summary>
    private static async Task<IReadOnlyList<string>> EnrolAsync(PlatformFactory factory, FormClient browser, Action<string>? keyShown = null)
    {
        var form = await browser.OpenFormAsync("/account/two-step/setup", "two-step-enrol");
        var page = await browser.GetAsync("/account/two-step/setup");
        var key = string.Concat(page.Document.QuerySelector("code.totp-key")!.TextContent.Split(' ')).ToUpperInvariant();
        keyShown?.Invoke(key);
        var enrolled = await browser.SendAsync(form, new Dictionary<string, string> { ["Enrol.Code"] = Code(factory, key) });
        return [.. enrolled.Document.QuerySelectorAll("ol.recovery-codes code").Select(c => c.TextContent)];
    }

    /// <summary>A person with two-step verification on; the browser that enrolled (still signed in), the key and the recovery codes.</summary>
    private static async Task<(string Key, IReadOnlyList<string> Codes, FormClient Browser)> EnrolledAsync(PlatformFactory factory)
    {
        await factory.CreateUserAsync(Email);
        var browser = factory.Browser();
        await browser.SignInAsync(Email, PlatformFactory.Password);
        var key = "";
        var codes = await EnrolAsync(factory, browser, k => key = k);

        // The code just used is spent: the next sign-in uses the following step's code.
        factory.Time.Advance(TimeSpan.FromSeconds(30));
        return (key, codes, browser);
    }

    private static async Task<FormClient.Page> SendCodeAsync(FormClient browser, string stepUrl, string code) =>
        await browser.SendAsync(await browser.OpenFormAsync(stepUrl, "two-step-code"), new Dictionary<string, string> { ["Code.Code"] = code });

    private static async Task<FormClient.Page> SendRecoveryAsync(FormClient browser, string stepUrl, string code) =>
        await browser.SendAsync(await browser.OpenFormAsync(stepUrl, "two-step-recovery"), new Dictionary<string, string> { ["Recovery.Code"] = code });
}
