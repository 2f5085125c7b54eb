using Microsoft.Playwright;

namespace Platform.Browser.Tests;

/// <summary>The meeting cycle in a browser: schedule a monthly series, run a meeting, publish its record, members acknowledge.</summary>
public sealed class MeetingTests
{
    [BrowserFact]
    public async Task Facilitator_SchedulesRunsAndPublishes_MemberAcknowledges()
    {
        await using var scene = await DemoScene.StartAsync();
        var (_, page) = await scene.SignInAsync("ana.restrepo@demo.example");

        // A monthly series from yesterday, on yesterday's weekday of its week of the month (so the rule keeps that date
        // and the first meeting has started: it can be run), 09:00–11:00 in Bogotá.
        var yesterday = DateTime.UtcNow.AddDays(-1);
        var meetingUrl = await DemoScene.ScheduleAsync(page, "Plenaria mensual", yesterday, "09:00", "11:00", async () =>
        {
            await page.Locator("#place").FillAsync("Casa de la Cultura, San Rafael");
            await page.Locator("details.recurrence summary").ClickAsync();
            await page.Locator("#repeat").SelectOptionAsync("monthly_nth_weekday");
            var week = (yesterday.Day - 1) / 7 + 1;
            await page.Locator("#week-of-month").SelectOptionAsync(week > 4 ? "-1" : week.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.Locator("#weekday").SelectOptionAsync(((int)yesterday.DayOfWeek is 0 ? 7 : (int)yesterday.DayOfWeek).ToString(System.Globalization.CultureInfo.InvariantCulture));
        });

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
        var (_, member) = await scene.SignInAsync("james.whitfield@demo.example");
        await member.GotoAsync(meetingUrl + "/record");
        await BrowserSession.ScreenshotAsync(member, "record-member");
        await BrowserSession.AssertFitsPhoneAsync(member);
        await member.GetByRole(AriaRole.Button, new() { Name = "I have read revision 1" }).ClickAsync();
        Assert.Contains("acknowledgement is recorded", await member.Locator("main").TextContentAsync() ?? "", StringComparison.Ordinal);
        await page.ReloadAsync();
        Assert.Contains("James Whitfield", await page.Locator("#ack-done").Locator("xpath=..").TextContentAsync() ?? "", StringComparison.Ordinal);
    }
}
