using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Platform.Browser.Tests;

/// <summary>The meeting cycle in a browser: schedule a monthly series, run a meeting, publish its record, members acknowledge.</summary>
public sealed partial class MeetingTests
{
    private const string Group = "Voluntary Principles Working Group – Colombia";

    [BrowserFact]
    public async Task Facilitator_SchedulesRunsAndPublishes_MemberAcknowledges()
    {
        await using var host = await HostProcess.StartAsync(demo: true);
        await using var session = await BrowserSession.LaunchAsync();
        await using var facilitatorContext = await session.NewPhoneContextAsync(host.BaseAddress);
        var page = await facilitatorContext.NewPageAsync();
        await SignInAsync(page, "ana.restrepo@demo.example");

        // A monthly series from yesterday, on yesterday's weekday of its week of the month (so the rule keeps that date
        // and the first meeting has started: it can be run), 09:00–11:00 in Bogotá.
        var yesterday = DateTime.UtcNow.AddDays(-1);
        await page.GetByRole(AriaRole.Link, new() { Name = Group }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Meetings" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Schedule a meeting" }).ClickAsync();
        await page.Locator("#title").FillAsync("Plenaria mensual");
        await page.Locator("#date").FillAsync(yesterday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#start-time").FillAsync("09:00");
        await page.Locator("#end-time").FillAsync("11:00");
        await page.Locator("#place").FillAsync("Casa de la Cultura, San Rafael");
        await page.Locator("details.recurrence summary").ClickAsync();
        await page.Locator("#repeat").SelectOptionAsync("monthly_nth_weekday");
        var week = (yesterday.Day - 1) / 7 + 1;
        await page.Locator("#week-of-month").SelectOptionAsync(week > 4 ? "-1" : week.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#weekday").SelectOptionAsync(((int)yesterday.DayOfWeek is 0 ? 7 : (int)yesterday.DayOfWeek).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await ScheduleAsync(page);
        await page.WaitForURLAsync(MeetingUrl());
        var meetingUrl = page.Url;

        // An agenda item, then the meeting itself: attendance, a note, a decision.
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit" }).First.ClickAsync();
        await page.Locator("#agenda-0-title").FillAsync("Incidentes de seguridad del mes");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save agenda" }).ClickAsync();
        await page.GotoAsync(meetingUrl + "/run");
        await page.Locator("#status-0").SelectOptionAsync("present");
        await page.Locator("#status-1").SelectOptionAsync("apologies");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save attendance" }).ClickAsync();
        await page.Locator("#note-text").FillAsync("Se revisaron dos incidentes reportados en la vereda El Carmen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await page.Locator("#outcome-kind").SelectOptionAsync("decision");
        await page.Locator("#outcome-text").FillAsync("La empresa y la policía acuerdan un protocolo de comunicación.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add outcome" }).ClickAsync();
        // Issue 15: what fell outside the agenda goes under General / other business.
        await page.Locator("#note-item").SelectOptionAsync(new SelectOptionValue { Label = "General / other business" });
        await page.Locator("#note-text").FillAsync("La próxima reunión será en la sede de la alcaldía.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        Assert.Contains("sede de la alcaldía", await page.Locator("#item-general").TextContentAsync() ?? "", StringComparison.Ordinal);
        // Publishing asks first: the confirmation page names who will be told; "Yes" publishes.
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish the record" }).ClickAsync();
        Assert.Contains("Who will be told", await page.Locator("main").TextContentAsync() ?? "", StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, publish the record" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/record", StringComparison.Ordinal));
        Assert.Contains("protocolo de comunicación", await page.Locator("main").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Contains("sede de la alcaldía", await page.Locator("main section.record-general").TextContentAsync() ?? "", StringComparison.Ordinal);

        // A member reads the published record and acknowledges it in one step; the facilitator sees it.
        await using var memberContext = await session.NewPhoneContextAsync(host.BaseAddress);
        var member = await memberContext.NewPageAsync();
        await SignInAsync(member, "james.whitfield@demo.example");
        await member.GotoAsync(meetingUrl + "/record");
        await BrowserSession.ScreenshotAsync(member, "record-member");
        await BrowserSession.AssertFitsPhoneAsync(member);
        await member.GetByRole(AriaRole.Button, new() { Name = "I have read revision 1" }).ClickAsync();
        Assert.Contains("acknowledgement is recorded", await member.Locator("main").TextContentAsync() ?? "", StringComparison.Ordinal);
        await page.ReloadAsync();
        Assert.Contains("James Whitfield", await page.Locator("#ack-done").Locator("xpath=..").TextContentAsync() ?? "", StringComparison.Ordinal);
    }

    internal static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("demo-password-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/sign-in", StringComparison.Ordinal));

        // Demo people keep the language of their profile (Ana reads Spanish); this test reads English.
        await page.Locator("#culture-select").SelectOptionAsync("en");
        await page.Locator("form.language-switcher button").ClickAsync();
        await page.WaitForSelectorAsync("html[lang=en]");
    }

    /// <summary>Submits the schedule form, confirming once if the page warns about an overlap.</summary>
    private static async Task ScheduleAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule", Exact = true }).ClickAsync();
        var anyway = page.GetByRole(AriaRole.Button, new() { Name = "Schedule anyway" });
        if (await anyway.CountAsync() > 0)
        {
            await anyway.ClickAsync();
        }
    }

    [GeneratedRegex(@"/meetings/[0-9a-f-]{36}$")]
    private static partial Regex MeetingUrl();
}
