using Platform.Grains.Mail;
using Platform.Grains.Notifications;

namespace Platform.Host.Tests.Notifications;

public sealed class NotifierTests
{
    [Fact]
    public async Task NotifyAsync_FrenchRecipient_MailInFrenchWithAbsoluteLinkAndSettingsFooter()
    {
        using var factory = new PlatformFactory();
        var zoe = await factory.CreateUserAsync("zoe@example.org");
        await factory.ExecuteAsync("UPDATE user_account SET preferred_language = 'fr' WHERE id = @id", new { id = zoe.Id });

        var created = await Notifier(factory).NotifyAsync([Request(zoe, "digest:2026-W48")]);
        var mail = Assert.Single(await factory.QueryAsync<(string Subject, string Body)>("SELECT subject AS Subject, body AS Body FROM mail_outbox"));

        Assert.Equal(1, created);
        Assert.Equal("Roundtable : votre semaine (2026-W48)", mail.Subject);
        Assert.StartsWith("Votre résumé hebdomadaire de vos groupes de travail.", mail.Body, StringComparison.Ordinal);
        Assert.Matches(@"\nhttps?://\S+/notifications\n", mail.Body);
        Assert.Matches(@"Modifiez-les ici : https?://\S+/account/notifications", mail.Body);
    }

    [Fact]
    public async Task NotifyAsync_SameDedupeKeyTwice_OneNotificationOneMailOneDelivery()
    {
        using var factory = new PlatformFactory();
        var zoe = await factory.CreateUserAsync("zoe@example.org");

        var first = await Notifier(factory).NotifyAsync([Request(zoe, "digest:2026-W48")]);
        var second = await Notifier(factory).NotifyAsync([Request(zoe, "digest:2026-W48")]);
        var delivered = await factory.Services.GetRequiredService<MailDelivery>().RunAsync(factory.Time.GetUtcNow());

        Assert.Equal((1, 0, 1), (first, second, delivered));
        Assert.Equal(1, await factory.CountAsync("SELECT COUNT(*) FROM notification WHERE user_id = @id", new { id = zoe.Id }));
        var eml = Assert.Single(factory.OutboxMessages());
        Assert.Contains("Roundtable: your week (2026-W48)", eml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingsPage_KindTurnedOff_NotificationButNoMail()
    {
        using var factory = new PlatformFactory();
        using var browser = await factory.SignedInBrowserAsync("zoe@example.org");
        var zoe = (await factory.FindUserAsync("zoe@example.org"))!;
        var page = await browser.GetAsync("/account/notifications");
        var form = page.Document.QuerySelector("main form")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").Select(i => KeyValuePair.Create(i.GetAttribute("name")!, i.GetAttribute("value") ?? "")).ToList();
        fields.AddRange([KeyValuePair.Create("weekday", "5"), KeyValuePair.Create("hour", "17"), KeyValuePair.Create("digest", "on")]);

        // Every kind stays ticked except the digest: a browser posts only ticked boxes, one "email" field each.
        fields.AddRange(form.QuerySelectorAll("input[name=email]").Select(i => i.GetAttribute("value")!).Where(k => k != "digest").Select(k => KeyValuePair.Create("email", k)));
        using var content = new FormUrlEncodedContent(fields);
        using var posted = await browser.Http.PostAsync(new Uri("/account/notifications", UriKind.Relative), content);
        var created = await Notifier(factory).NotifyAsync([Request(zoe, "digest:2026-W48")]);
        var reloaded = await browser.GetAsync("/account/notifications");

        Assert.Equal(HttpStatusCode.Found, posted.StatusCode);
        Assert.Equal(1, created);
        Assert.Equal(0, await factory.CountAsync("SELECT COUNT(*) FROM mail_outbox"));
        Assert.Null(reloaded.Document.QuerySelector("main input[value=digest]")?.GetAttribute("checked"));
        Assert.NotNull(reloaded.Document.QuerySelector("main input[value=meeting_reminder]")?.GetAttribute("checked"));
        Assert.Equal("5", reloaded.Document.QuerySelector("#digest-weekday option[selected]")?.GetAttribute("value"));
        Assert.Equal("17", reloaded.Document.QuerySelector("#digest-hour option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task NotifyAsync_ThreeEscalationsForOneFacilitator_OneMailListingEachInHerLanguage()
    {
        using var factory = new PlatformFactory();
        var ana = await factory.CreateUserAsync("ana@example.org");
        await factory.ExecuteAsync("UPDATE user_account SET preferred_language = 'es' WHERE id = @id", new { id = ana.Id });
        var items = new[] { "Informe de incidentes", "Protocolo con la policía", "Mapa de riesgos" };

        var created = await Notifier(factory).NotifyAsync([.. items.Select((title, i) => new NotificationRequest(
            ana.Id, null, NotificationKind.ActionEscalated, "Reminder.EscalatedOverdue", ["Mesa de Segovia", title, "8"], $"/items/{i}", $"escalated:{i}"))]);
        var mail = Assert.Single(await factory.QueryAsync<(string Subject, string Body)>("SELECT subject AS Subject, body AS Body FROM mail_outbox"));

        Assert.Equal(3, created);
        Assert.Equal(3, await factory.CountAsync("SELECT COUNT(*) FROM notification WHERE user_id = @id", new { id = ana.Id }));
        Assert.StartsWith("3 notificaciones nuevas", mail.Subject, StringComparison.Ordinal);
        Assert.All(items, title => Assert.Contains(title, mail.Body, StringComparison.Ordinal));
        Assert.Matches(@"\n  https?://\S+/items/2", mail.Body);
    }

    private static INotifier Notifier(PlatformFactory factory) => factory.Services.GetRequiredService<INotifier>();

    private static NotificationRequest Request(User user, string key) =>
        new(user.Id, null, NotificationKind.Digest, "Digest.Weekly", ["2026-W48"], "/notifications", key);
}
