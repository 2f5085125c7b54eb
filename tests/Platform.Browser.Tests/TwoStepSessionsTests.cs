using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.Grains.People;

namespace Platform.Browser.Tests;

/// <summary>
/// A facilitator with no administrator's grace meets two-step enrolment before her group, enrols with the key the page
/// shows, reaches the group, and then looks after her signed-in devices on a phone.
/// </summary>
public sealed class TwoStepSessionsTests
{
    private const string Email = "facilitadora@example.org";
    private const string GroupName = "Mesa minera de Remedios";

    [BrowserFact]
    public async Task Facilitator_WithoutGrace_EnrolsBeforeTheGroupThenEndsAnotherSessionOnAPhone()
    {
        using var host = InProcessHost.Start();
        var (group, userId) = await FacilitatorWithoutGraceAsync(host);
        await using var session = await BrowserSession.LaunchAsync();
        await using var phone = await session.NewPhoneContextAsync(host.BaseAddress);
        var page = await phone.NewPageAsync();

        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync(Email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(InProcessHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true })).ToHaveCountAsync(0);

        // The group stays closed until enrolment is done: asking for it lands on enrolment.
        await page.GotoAsync($"/groups/{group}");
        await page.WaitForURLAsync(url => url.Contains("/account/two-step/setup", StringComparison.Ordinal));
        Assert.Equal(0, await page.GetByText(GroupName).CountAsync());

        await Assertions.Expect(page.Locator("main [role=alert]")).ToHaveCountAsync(1);
        var key = string.Concat((await page.Locator("code.totp-key").TextContentAsync() ?? "").Split(' ')).ToUpperInvariant();
        await EnrolAsync(page, key);

        await page.GotoAsync($"/groups/{group}");
        Assert.EndsWith($"/groups/{group}", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("main h1")).ToContainTextAsync(GroupName);

        // Another device of hers (signed in elsewhere): the sessions page lists it, and she ends it.
        await host.Services.GetRequiredService<SessionStore>().StartAsync(userId, TimeSpan.FromDays(14), "Firefox/Windows");
        await page.GotoAsync("/account/profile");
        await page.GetByRole(AriaRole.Link, new() { Name = "Signed-in devices" }).ClickAsync();
        await Assertions.Expect(page.Locator("main tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("main tbody tr", new() { HasText = "This device" })).ToHaveCountAsync(1);
        await BrowserSession.AssertFitsPhoneAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "End this session" }).ClickAsync();
        await Assertions.Expect(page.Locator("main [role=status]")).ToContainTextAsync("That session has ended");
        await Assertions.Expect(page.Locator("main tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("main tbody tr")).ToContainTextAsync("This device");
        await BrowserSession.AssertFitsPhoneAsync(page);
    }

    /// <summary>
    /// Sends the code the key gives now. A code is good for about a minute; on a loaded machine the page may take longer
    /// between reading it and sending it, and then, like a person, the test types the next one once.
    /// </summary>
    private static async Task EnrolAsync(IPage page, string key)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            await page.GetByLabel("Six-digit code").FillAsync(new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow));
            await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-step verification" }).ClickAsync();
            await page.Locator("ol.recovery-codes, #code-error").First.WaitForAsync();
            if (await page.Locator("ol.recovery-codes").CountAsync() == 1)
            {
                return;
            }
        }

        Assert.Fail("Enrolment refused the code twice: " + await page.Locator("main").TextContentAsync());
    }

    private static async Task<(Guid Group, string UserId)> FacilitatorWithoutGraceAsync(InProcessHost host)
    {
        var facilitator = await host.CreateUserAsync(Email, "Facilitadora");
        return (await host.FacilitatedGroupAsync(GroupName, facilitator), facilitator.Id);
    }
}
