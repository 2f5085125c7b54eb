using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Platform.Browser.Tests;

/// <summary>A facilitator sets up the forum in a browser: organisations, a working group, a member invited by e-mail.</summary>
public sealed partial class FacilitatorTests
{
    private const string Password = "a long passphrase";

    [BrowserFact]
    public async Task Facilitator_SetsUpForumAndInvitesMember_MemberSeesGroupAndBalance()
    {
        await using var scene = await DemoScene.StartAsync(demo: false);
        var page = await (await scene.PhoneAsync()).NewPageAsync();
        await NewcomerTests.CreateAdministratorAsync(page, (await scene.Host.SetupLink.WaitAsync(TimeSpan.FromSeconds(90))).ToString());

        // Organisations at the table; a second one with the same name in the same country is refused with a link.
        await CreateOrganisationAsync(page, "Cooperativa Minera La Esperanza", "asm_organisation");
        await CreateOrganisationAsync(page, "Fundación Tierra y Derechos", "civil_society");
        await CreateOrganisationAsync(page, "cooperativa minera la esperanza ", "asm_organisation");
        var existing = page.Locator("main form a[href^='/organisations/']");
        Assert.Contains("Cooperativa Minera La Esperanza", await existing.TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Equal("cooperativa minera la esperanza ", await page.GetByLabel("Name").InputValueAsync());

        // The working group, with the administrator as first facilitator acting for the NGO.
        await page.GotoAsync("/groups/new");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Mesa de Seguridad Minera de San Rafael");
        await page.GetByLabel("Scope").SelectOptionAsync("local");
        await page.GetByLabel("Country (ISO code)").FillAsync("CO");
        await page.GetByLabel("Time zone of the meetings").SelectOptionAsync("America/Bogota");
        await page.GetByLabel("Meets").SelectOptionAsync("monthly");
        await page.GetByLabel("Terms of reference").FillAsync("## Objetivo\n\nPrevenir conflictos de seguridad. [Notas](javascript:alert(1))");
        await SelectContainingAsync(page.GetByLabel("Organisation you act for"), "Fundación Tierra y Derechos");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the group" }).ClickAsync();
        await page.WaitForURLAsync(GroupPage());
        var groupUrl = page.Url;
        Assert.Equal("Objetivo", await page.Locator("main h3", new() { HasText = "Objetivo" }).TextContentAsync());
        Assert.Equal(0, await page.Locator("main a[href^='javascript']").CountAsync());

        // Invite a member by e-mail for the cooperative; the link arrives in the outbox.
        await page.GetByRole(AriaRole.Link, new() { Name = "Manage members" }).ClickAsync();
        var invite = page.Locator("form", new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }) });
        await invite.GetByLabel("E-mail address").FillAsync("rosa@example.org");
        await SelectContainingAsync(invite.GetByLabel("Organisation"), "Cooperativa Minera La Esperanza");
        await invite.GetByLabel("Role").SelectOptionAsync("member");
        await invite.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).ClickAsync();
        var link = await InvitationLinkAsync(scene.Host.DataDirectory);

        // The member accepts in her own browser and finds the group on her home page, without edit rights.
        var member = await (await scene.PhoneAsync()).NewPageAsync();
        await member.GotoAsync(link);
        await member.GetByLabel("Your name").FillAsync("Rosa Palacios");
        await member.GetByLabel("New password", new() { Exact = true }).FillAsync(Password);
        await member.GetByLabel("Type the new password again").FillAsync(Password);
        await member.Locator("main form button[type=submit]").ClickAsync();
        await member.GotoAsync("/");
        await member.GetByRole(AriaRole.Link, new() { Name = "Mesa de Seguridad Minera de San Rafael" }).ClickAsync();
        await member.WaitForURLAsync(GroupPage());
        await BrowserSession.ScreenshotAsync(member, "group-page-member");
        await BrowserSession.AssertFitsPhoneAsync(member);
        Assert.Equal(0, await member.GetByRole(AriaRole.Link, new() { Name = "Manage members" }).CountAsync());
        var balance = await member.Locator("main", new() { HasText = "Balance at the table" }).TextContentAsync() ?? "";
        Assert.Contains("Artisanal and small-scale miners", balance, StringComparison.Ordinal);
        Assert.Contains("Private security", balance, StringComparison.Ordinal);
        await member.GotoAsync(groupUrl + "/members");
        Assert.Contains("/account/access-denied", member.Url, StringComparison.Ordinal);

        // The last facilitator cannot be removed: the page explains why.
        await page.GotoAsync(groupUrl + "/members");
        var remove = page.Locator("form", new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Remove from the group" }) });
        await remove.GetByLabel("Person").SelectOptionAsync(new SelectOptionValue { Index = 0 });
        var chosen = await remove.GetByLabel("Person").Locator("option:checked").TextContentAsync() ?? "";
        if (chosen.Contains("Rosa", StringComparison.Ordinal))
        {
            await remove.GetByLabel("Person").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        }

        await remove.GetByRole(AriaRole.Button, new() { Name = "Remove from the group" }).ClickAsync();
        await BrowserSession.ScreenshotAsync(page, "members-last-facilitator");
        Assert.Contains("at least one facilitator", await page.Locator("main").TextContentAsync() ?? "", StringComparison.Ordinal);
    }

    /// <summary>Chooses the option whose text contains <paramref name="text"/> (options also show country and type).</summary>
    private static async Task SelectContainingAsync(ILocator select, string text)
    {
        var value = await select.Locator("option", new() { HasText = text }).First.GetAttributeAsync("value");
        await select.SelectOptionAsync(value ?? throw new InvalidOperationException($"No option contains '{text}'."));
    }

    private static async Task CreateOrganisationAsync(IPage page, string name, string type)
    {
        await page.GotoAsync("/organisations/new");
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByLabel("Stakeholder type").SelectOptionAsync(type);
        await page.GetByLabel("Country").SelectOptionAsync("CO");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create organisation" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>
    /// The invitation link from the host's outbox folder. The delivery job writes the mail moments after the post, so this
    /// looks again at each change under the data folder (the .eml, then the outbox row marked sent) until a deadline.
    /// </summary>
    private static async Task<string> InvitationLinkAsync(string dataDirectory)
    {
        using var changed = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(dataDirectory) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite };
        watcher.Created += (_, _) => changed.Release();
        watcher.Changed += (_, _) => changed.Release();
        watcher.EnableRaisingEvents = true;
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var outbox = new DirectoryInfo(Path.Combine(dataDirectory, "outbox"));
            foreach (var mail in outbox.Exists ? outbox.GetFiles("*.eml") : [])
            {
                var link = InvitationUrl().Match(await File.ReadAllTextAsync(mail.FullName)).Value;
                if (link.Length > 0)
                {
                    return link;
                }
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await changed.WaitAsync(left))
            {
                throw new TimeoutException("No invitation mail reached the host's outbox folder within 15 s of the invite.");
            }
        }
    }

    private static Regex GroupPage() => GroupUrl();

    [GeneratedRegex(@"/groups/[0-9a-f-]{36}$")]
    private static partial Regex GroupUrl();

    [GeneratedRegex(@"https?://\S+/account/invitation\?token=[A-Za-z0-9_-]+")]
    private static partial Regex InvitationUrl();
}
