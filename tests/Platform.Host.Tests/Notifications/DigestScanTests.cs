using Platform.Grains.Notifications;
using Platform.Web.Notifications;
using Platform.Messages.Notifications;

namespace Platform.Host.Tests.Notifications;

public sealed class DigestScanTests
{
    [Fact]
    public async Task RunAsync_DueDigest_ListsOwedItemsAndComingMeetingsInTheirLanguageAndZoneOnlyForTheirGroups()
    {
        using var factory = new PlatformFactory();
        var f = await DigestFixture.CreateAsync(factory);

        var before = await Scan(factory).RunAsync(DigestFixture.DueAt.AddMinutes(-1));
        var sent = await Scan(factory).RunAsync(DigestFixture.DueAt);
        var mail = await OutboxAsync(factory, f.Lucia);

        Assert.Equal((0, 1), (before, sent));
        var (subject, body) = Assert.Single(mail);
        Assert.Equal("Roundtable: su semana (2026-W48)", subject);
        Assert.Contains("Mesa minera de Segovia:", body, StringComparison.Ordinal);
        Assert.Contains("2 × programó (reunión)", body, StringComparison.Ordinal);
        Assert.Contains("Entregar informe de incidentes (Mesa minera de Segovia) · vence el 25/11/2026", body, StringComparison.Ordinal);
        // Thursday 26 November 14:00 UTC is 09:00 in Bogotá.
        Assert.Contains("26/11/2026 9:00 · Reunión mensual de Segovia", body, StringComparison.Ordinal);
        Assert.Contains("(horas en America/Bogota)", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Remedios", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Tarea ya cumplida", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Reunión lejana", body, StringComparison.Ordinal);
        Assert.Matches(@"https?://\S+/account/notifications", body);
    }

    [Fact]
    public async Task RunAsync_AgainThatWeekAndAfterRestart_OneDigestPerWeek()
    {
        using var factory = new PlatformFactory();
        var f = await DigestFixture.CreateAsync(factory);

        var first = await Scan(factory).RunAsync(DigestFixture.DueAt.AddMinutes(5));
        // A restarted host has only the database: a new scan with new services, 15 minutes later, finds nothing to send.
        var restarted = await RestartedScan(factory).RunAsync(DigestFixture.DueAt.AddMinutes(20));
        var nextWeek = await RestartedScan(factory).RunAsync(DigestFixture.DueAt.AddDays(7));

        Assert.Equal((1, 0, 1), (first, restarted, nextWeek));
        Assert.Equal(
            ["digest:2026-W48", "digest:2026-W49"],
            (await factory.QueryAsync<string>("SELECT dedupe_key FROM notification WHERE user_id = @id ORDER BY dedupe_key", new { id = f.Lucia.Id })));
        Assert.Equal(2, (await OutboxAsync(factory, f.Lucia)).Count);
    }

    [Fact]
    public async Task RunAsync_DigestTurnedOffOrNothingToSay_SendsNothing()
    {
        using var factory = new PlatformFactory();
        var f = await DigestFixture.CreateAsync(factory);
        var idle = await factory.CreateUserAsync("idle@example.org");
        await factory.Data.SeatAsync(f.Segovia, idle.Id, await factory.Data.OrganisationAsync("Cooperativa de Segovia"));
        await factory.Services.GetRequiredService<NotificationPreferenceStore>().SaveAsync(
            f.Lucia.Id, new NotificationPreferences(new HashSet<NotificationKind>(), DigestPreference.Default with { Enabled = false }));

        // Idle sits in Segovia too, so this week's activity and meeting are news to them: only a quiet week sends nothing.
        var quietWeek = DigestFixture.DueAt.AddDays(28);
        var sent = await Scan(factory).RunAsync(quietWeek);

        Assert.Equal(0, sent);
        Assert.Empty(await OutboxAsync(factory, f.Lucia));
    }

    [Fact]
    public async Task RunAsync_OnceFacilitator_DigestCarriesTheJournalHeadOthersDoNot()
    {
        using var factory = new PlatformFactory();
        var f = await DigestFixture.CreateAsync(factory);

        await Scan(factory).RunAsync(DigestFixture.DueAt);
        await factory.ExecuteAsync("UPDATE membership SET role = 'facilitator' WHERE user_id = @id", new { id = f.Lucia.Id });
        var head = await factory.Services.GetRequiredService<Platform.Grains.Journal.JournalQueries>().HeadAsync();
        await Scan(factory).RunAsync(DigestFixture.DueAt.AddDays(7));
        var mail = await OutboxAsync(factory, f.Lucia);

        Assert.Equal(2, mail.Count);
        Assert.DoesNotContain("registro de auditoría", mail[0].Body, StringComparison.Ordinal);
        Assert.Contains($"Cabeza del registro de auditoría hoy: entrada {head!.Seq}, hash {head.HashPrefix}…", mail[1].Body, StringComparison.Ordinal);
    }

    private static DigestScan Scan(PlatformFactory factory) => factory.Services.GetRequiredService<DigestScan>();

    private static DigestScan RestartedScan(PlatformFactory factory) =>
        new(new DigestQueries(factory.Services.GetRequiredService<Platform.Grains.Storage.Database>()),
            factory.Services.GetRequiredService<DigestComposer>(),
            factory.Services.GetRequiredService<INotifier>());

    private static async Task<List<(string Subject, string Body)>> OutboxAsync(PlatformFactory factory, User user) =>
        [.. await factory.QueryAsync<(string Subject, string Body)>("SELECT subject AS Subject, body AS Body FROM mail_outbox WHERE user_id = @id ORDER BY created_at", new { id = user.Id })];
}

internal static class DeliveryTestData
{
    public static async Task<IReadOnlyList<T>> QueryAsync<T>(this PlatformFactory factory, string sql, object? parameters = null)
    {
        await using var connection = await factory.Services.GetRequiredService<Platform.Grains.Storage.Database>().OpenAsync();
        return [.. await connection.QueryAsync<T>(sql, parameters)];
    }
}
