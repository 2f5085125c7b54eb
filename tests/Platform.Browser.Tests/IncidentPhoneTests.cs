using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Orleans;
using Platform.Grains.Incidents;

namespace Platform.Browser.Tests;

/// <summary>The facilitator's incident register and settings on a 360 px phone: nothing scrolls sideways, every form works without scripts.</summary>
public sealed class IncidentPhoneTests
{
    [BrowserFact]
    public async Task RegisterAndSettings_AsFacilitatorOnAPhoneWithoutJavaScript_FitAndTheirFormsWork()
    {
        using var host = InProcessHost.Start();
        var (group, facilitator) = await IntakeTests.OpenIntakeAsync(host);
        await SeatMemberAsync(host, group, "Hernando Ríos");
        var incident = Guid.NewGuid();
        await host.Services.GetRequiredService<IGrainFactory>().GetGrain<IIncidentGrain>(incident).ReportAsync(new ReportIncident(
            group, IncidentChannel.Member, facilitator, IncidentKind.GrievanceWater, "El río quedó turbio después de la voladura.", null, null, null, [], AffectedCounts.None));
        await using var session = await BrowserSession.LaunchAsync();
        await using var phone = await IntakeTests.PhoneAsync(session, host.BaseAddress, "en-GB");
        var page = await phone.NewPageAsync();
        await SignInAsync(page);

        // The register, filtered through its plain GET form.
        await page.GotoAsync($"/groups/{group}/incidents");
        await Assertions.Expect(page.Locator("table.incident-register tbody tr")).ToHaveCountAsync(1);
        await IntakeTests.AssertFitsAsync(page);
        await page.GetByLabel("Status").SelectOptionAsync("assessed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("table.incident-register")).ToHaveCountAsync(0);
        await page.GetByLabel("Status").SelectOptionAsync("received");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("table.incident-register tbody tr")).ToHaveCountAsync(1);
        await BrowserSession.ScreenshotAsync(page, "incident-register-phone");

        // The settings: retention, an authority, a case handler; each a plain POST.
        await page.GetByRole(AriaRole.Link, new() { Name = "Incident settings" }).ClickAsync();
        await IntakeTests.AssertFitsAsync(page);
        await page.GetByLabel("Keep a closed case for (days)").FillAsync("365");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Keep a closed case for (days)")).ToHaveValueAsync("365");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Defensoría del Pueblo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the authority" }).ClickAsync();
        await Assertions.Expect(page.Locator("section[aria-labelledby=authorities-title] ul")).ToContainTextAsync("Defensoría del Pueblo");
        await page.Locator("#appoint-user").SelectOptionAsync(new SelectOptionValue { Label = "Hernando Ríos (Cooperativa El Cerro)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Appoint as case handler" }).ClickAsync();
        await Assertions.Expect(page.Locator("section[aria-labelledby=handlers-title] ul")).ToContainTextAsync("Hernando Ríos");
        await IntakeTests.AssertFitsAsync(page);
        await BrowserSession.ScreenshotAsync(page, "incident-settings-phone");

        // With scripts on, the whole document (not only main) is no wider than the phone: the case page too, whose assess
        // form now lists every party that may be alleged and the counts of people affected.
        await using var scripted = await session.NewPhoneContextAsync(host.BaseAddress);
        var measured = await scripted.NewPageAsync();
        await SignInAsync(measured);
        foreach (var url in new[] { $"/groups/{group}/incidents", $"/groups/{group}/incidents/settings", $"/groups/{group}/incidents/{incident}" })
        {
            await measured.GotoAsync(url);
            await BrowserSession.AssertFitsPhoneAsync(measured);
        }

        await Assertions.Expect(measured.Locator("#assess-women")).ToHaveValueAsync("0");
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync("facilitadora@example.org");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(InProcessHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true })).ToHaveCountAsync(0);
    }

    private static async Task SeatMemberAsync(InProcessHost host, Guid group, string name)
    {
        var member = await host.CreateUserAsync("miembro@example.org", name);
        await host.Data.SeatAsync(group, member.Id, await host.Data.OrganisationAsync("Cooperativa El Cerro", "asm_organisation"));
    }
}
