using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Orleans;
using Platform.Grains.Incidents;

namespace Platform.Browser.Tests;

public sealed class IntakeTests
{
    private const string Narrative = "Los vigilantes de la empresa golpearon a dos mujeres en la portería.";
    private const string Answer = "Gracias. Remitimos su informe a la Defensoría del Pueblo; le contaremos lo que responda.";

    [BrowserFact]
    public async Task Reporter_OnAPhoneWithoutJavaScript_ReportsKeepsTheCodeAndReadsTheAnswer()
    {
        using var host = InProcessHost.Start();
        var (group, facilitator) = await OpenIntakeAsync(host);
        await using var session = await BrowserSession.LaunchAsync();

        // A person on a cheap phone, scripts off, Spanish browser: finds the group, reports, keeps the code.
        var code = await ReportAsync(session, host.BaseAddress);

        // The facilitator, on her own phone without scripts, finds the case in the register, assesses it, refers it to the
        // ombudsman (the group's list of authorities is set up beforehand) and answers the reporter.
        await host.Services.GetRequiredService<IGrainFactory>().GetGrain<IIncidentSettingsGrain>(group)
            .AddAuthorityAsync(new AddAuthority("Defensoría del Pueblo", AuthorityKind.Ombudsman, facilitator));
        await HandleCaseAsync(session, host.BaseAddress, group);

        // Days later, in a fresh browser: the code, typed with dashes, opens the report and its answer.
        await using var later = await PhoneAsync(session, host.BaseAddress);
        var page = await later.NewPageAsync();
        await page.GotoAsync("/report/follow-up?lang=es");
        await page.GetByLabel("Código de recibo").FillAsync(code.Replace(' ', '-'));
        await page.GetByRole(AriaRole.Button, new() { Name = "Abrir mi informe" }).ClickAsync();

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("remitido a una autoridad");
        await Assertions.Expect(page.Locator("main .intake-messages")).ToContainTextAsync(Answer);
        Assert.DoesNotContain(code.Replace(" ", "", StringComparison.Ordinal), page.Url, StringComparison.Ordinal);
        await AssertFitsAsync(page);
        await BrowserSession.ScreenshotAsync(page, "intake-answer");
    }

    private static async Task HandleCaseAsync(BrowserSession session, Uri baseAddress, Guid group)
    {
        await using var desk = await PhoneAsync(session, baseAddress, "en-GB");
        var page = await desk.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync("facilitadora@example.org");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("a long passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.GotoAsync($"/groups/{group}/incidents");
        await page.Locator("table.incident-register tbody tr a").First.ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(Narrative);
        await AssertFitsAsync(page);

        await page.Locator("#assess-Scale").SelectOptionAsync("3");
        await page.Locator("#assess-Irremediability").SelectOptionAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the assessment" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Assessed");

        await page.GetByLabel("Referred on").FillAsync("2026-11-24");
        await page.GetByLabel("Reference", new() { Exact = true }).FillAsync("DP-2026-114");
        await page.GetByRole(AriaRole.Button, new() { Name = "Refer", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("DP-2026-114");

        await page.GetByLabel("Reply to the reporter").FillAsync(Answer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("main .incident-message")).ToContainTextAsync(Answer);
        await AssertFitsAsync(page);
        await BrowserSession.ScreenshotAsync(page, "incident-handled");
    }

    private static async Task<string> ReportAsync(BrowserSession session, Uri baseAddress)
    {
        await using var phone = await PhoneAsync(session, baseAddress);
        var page = await phone.NewPageAsync();
        await page.GotoAsync("/report");
        Assert.Equal("es", await page.Locator("html").GetAttributeAsync("lang"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Mesa minera de Segovia" }).ClickAsync();
        await page.GetByLabel("Abuso de guardias de seguridad privada").CheckAsync();
        await page.GetByLabel("¿Qué pasó?").FillAsync(Narrative);
        await page.GetByLabel("¿Dónde ocurrió? (opcional)").FillAsync("Portería norte");
        await page.GetByLabel("El día (o el primer día posible)").FillAsync("2026-11-20");
        await page.GetByLabel("Guardias de seguridad privada", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Mujeres", new() { Exact = true }).FillAsync("2");
        await AssertFitsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enviar el informe" }).ClickAsync();

        var code = (await page.Locator(".receipt-code").InnerTextAsync()).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, code.Length);
        Assert.All(code, g => Assert.Matches("^[0-9]{4}$", g));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Solo se muestra esta vez");
        Assert.DoesNotContain(string.Concat(code), page.Url, StringComparison.Ordinal);
        await AssertFitsAsync(page);
        await BrowserSession.ScreenshotAsync(page, "intake-code");
        return string.Join(' ', code);
    }

    internal static Task<IBrowserContext> PhoneAsync(BrowserSession session, Uri baseAddress, string locale = "es-CO") =>
        session.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            Locale = locale,
            JavaScriptEnabled = false,
        });

    /// <summary>No horizontal scrolling on a 360 px screen (measured without page scripts: the layout box of the document).</summary>
    internal static async Task AssertFitsAsync(IPage page)
    {
        var box = await page.Locator("main").BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X + box.Width <= 360, $"{page.Url}: main ends at {box.X + box.Width} px on a 360 px screen.");
    }

    internal static async Task<(Guid Group, string Facilitator)> OpenIntakeAsync(InProcessHost host)
    {
        // Given time by an administrator: these tests are about the register, not two-step verification (NewcomerTests).
        var facilitator = await host.CreateUserAsync("facilitadora@example.org", "Facilitadora", twoStepGrace: true);
        var group = await host.FacilitatedGroupAsync("Mesa minera de Segovia", facilitator);

        await host.Services.GetRequiredService<IGrainFactory>().GetGrain<IIncidentSettingsGrain>(group)
            .ChangeAsync(new ChangeIncidentSettings(true, 730, 30, facilitator.Id, 0));
        return (group, facilitator.Id);
    }
}
