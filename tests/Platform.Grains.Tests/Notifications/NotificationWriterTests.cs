using Platform.Grains.Mail;
using Platform.Grains.Notifications;
using Platform.Grains.Tests.Access;

namespace Platform.Grains.Tests.Notifications;

public sealed class NotificationWriterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task WriteAsync_SameDedupeKeyTwice_OneNotificationAndOneMail()
    {
        using var db = await TempDatabase.MigratedAsync();
        var zoe = await new AccessSeed(db.Database).UserAsync("zoe");
        var writer = new NotificationWriter(db.Database);
        var request = Request(zoe, "reminder:meeting-1:120");

        var first = await writer.WriteAsync([request], Compose, Now);
        var second = await writer.WriteAsync([request, request], Compose, Now.AddMinutes(15));

        Assert.Equal((1, 0), (first.Count, second.Count));
        Assert.Equal(1, await CountAsync(db, "SELECT COUNT(*) FROM notification"));
        Assert.Equal(1, await CountAsync(db, "SELECT COUNT(*) FROM mail_outbox"));
    }

    [Fact]
    public async Task WriteAsync_KindTurnedOff_NotificationButNoMail()
    {
        using var db = await TempDatabase.MigratedAsync();
        var (zoe, ana) = await ZoeAndAnaAsync(db);
        await new NotificationPreferenceStore(db.Database).SaveAsync(zoe, new NotificationPreferences(
            new HashSet<NotificationKind> { NotificationKind.MeetingReminder }, DigestPreference.Default));

        var created = await new NotificationWriter(db.Database).WriteAsync([Request(zoe, "k1"), Request(ana, "k1")], Compose, Now);

        Assert.Equal(2, created.Count);
        Assert.Equal(2, await CountAsync(db, "SELECT COUNT(*) FROM notification"));
        Assert.Equal(0, await CountAsync(db, "SELECT COUNT(*) FROM mail_outbox WHERE user_id = @zoe", new { zoe }));
        Assert.Equal(1, await CountAsync(db, "SELECT COUNT(*) FROM mail_outbox WHERE user_id = @ana", new { ana }));
    }

    [Fact]
    public async Task WriteAsync_Mail_IsComposedForTheRecipientAndDueAtOnce()
    {
        using var db = await TempDatabase.MigratedAsync();
        var zoe = await new AccessSeed(db.Database).UserAsync("zoe");

        await new NotificationWriter(db.Database).WriteAsync([Request(zoe, "k1")], Compose, Now);
        var claimed = Assert.IsType<ClaimedMail>(await new MailOutboxStore(db.Database).ClaimNextAsync(Now, Now, Now.AddMinutes(5)));

        Assert.Equal(("zoe@example.org", "Reminder.Meeting for zoe@example.org in en"), (claimed.ToAddress, claimed.Subject));
    }

    [Fact]
    public async Task WriteAsync_SeveralOfOneKindForOnePerson_EachNotifiedOneMail()
    {
        using var db = await TempDatabase.MigratedAsync();
        var (zoe, ana) = await ZoeAndAnaAsync(db);

        var created = await new NotificationWriter(db.Database).WriteAsync(
            [Request(zoe, "k1"), Request(zoe, "k2"), Request(zoe, "k3"), Request(ana, "k1")], Compose, Now);

        Assert.Equal(4, created.Count);
        Assert.Equal(3, await CountAsync(db, "SELECT COUNT(*) FROM notification WHERE user_id = @zoe", new { zoe }));
        Assert.Equal("3 in one", await ScalarAsync(db, "SELECT body FROM mail_outbox WHERE user_id = @zoe", new { zoe }));
        Assert.Equal("1 in one", await ScalarAsync(db, "SELECT body FROM mail_outbox WHERE user_id = @ana", new { ana }));
    }

    /// <summary>Two people with accounts, Zoe then Ana.</summary>
    private static async Task<(string Zoe, string Ana)> ZoeAndAnaAsync(TempDatabase db)
    {
        var seed = new AccessSeed(db.Database);
        return (await seed.UserAsync("zoe"), await seed.UserAsync("ana"));
    }

    private static NotificationRequest Request(string userId, string key) =>
        new(userId, null, NotificationKind.MeetingReminder, "Reminder.Meeting", ["Reunión mensual"], "/groups", key);

    private static OutgoingMail Compose(NotificationRecipient recipient, IReadOnlyList<NotificationRequest> requests) =>
        new(recipient.Email, $"{requests[0].MessageKey} for {recipient.Email} in {recipient.PreferredLanguage}", $"{requests.Count} in one");

    private static Task<string?> ScalarAsync(TempDatabase db, string sql, object? parameters = null) => new TestData(db.Database).ScalarAsync<string?>(sql, parameters);

    private static Task<long> CountAsync(TempDatabase db, string sql, object? parameters = null) => new TestData(db.Database).ScalarAsync<long>(sql, parameters);
}
