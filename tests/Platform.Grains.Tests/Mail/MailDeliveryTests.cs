using Microsoft.Extensions.Logging.Abstractions;
using Platform.Grains.Mail;

namespace Platform.Grains.Tests.Mail;

public sealed class MailDeliveryTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RunAsync_TransportKeepsFailing_BacksOffThenListsAsFailed()
    {
        using var db = await TempDatabase.MigratedAsync();
        var transport = new FakeTransport { Failing = true };
        var delivery = Delivery(db, transport);
        await new MailOutboxStore(db.Database).QueueAsync(Mail("zoe@example.org", Start));
        var expectedWaits = new[] { 1, 5, 30, 120, 720 }.Select(m => TimeSpan.FromMinutes(m)).ToArray();
        var now = Start;
        var waits = new List<TimeSpan>();

        for (var attempt = 1; attempt <= MailBackoff.MaxAttempts - 1; attempt++)
        {
            await delivery.RunAsync(now);
            var row = Assert.Single(await new MailOutboxQueries(db.Database).TroubledAsync());
            Assert.Null(row.FailedAt);
            waits.Add(row.NextAttemptAt - now);
            Assert.Equal(0, await delivery.RunAsync(row.NextAttemptAt - TimeSpan.FromSeconds(1)));
            now = row.NextAttemptAt;
        }

        await delivery.RunAsync(now);

        Assert.Equal(expectedWaits, waits);
        var failed = Assert.Single(await new MailOutboxQueries(db.Database).TroubledAsync());
        Assert.Equal((MailBackoff.MaxAttempts, now, "SmtpException"), (failed.Attempts, failed.FailedAt, failed.LastError));
        Assert.Equal(0, await delivery.RunAsync(now.AddDays(30)));
        Assert.Empty(transport.Sent);
    }

    [Fact]
    public async Task RunAsync_TransportWorks_SendsMarksSentAndForgetsTheBody()
    {
        using var db = await TempDatabase.MigratedAsync();
        var transport = new FakeTransport();
        await new MailOutboxStore(db.Database).QueueAsync(Mail("zoe@example.org", Start));

        var sent = await Delivery(db, transport).RunAsync(Start);
        var again = await Delivery(db, transport).RunAsync(Start.AddMinutes(10));

        Assert.Equal((1, 0), (sent, again));
        Assert.Equal("Reset link: https://example.org/reset?token=secret", Assert.Single(transport.Sent).Body);
        await using var connection = await db.Database.OpenAsync();
        var row = await connection.QuerySingleAsync<(string Body, string? SentAt)>("SELECT body AS Body, sent_at AS SentAt FROM mail_outbox");
        Assert.Equal("", row.Body);
        Assert.NotNull(row.SentAt);
    }

    [Fact]
    public async Task RunAsync_SecondHostRunsWhileFirstIsSending_SendsNothingTwice()
    {
        using var db = await QueuedAsync(5);

        var second = new FakeTransport();
        var secondSent = -1;
        var first = new FakeTransport();
        first.During = async () =>
        {
            first.During = null;
            secondSent = await Delivery(db, second).RunAsync(Start);
        };

        var firstSent = await Delivery(db, first).RunAsync(Start);

        // Rows are claimed one at a time: the second host takes the four the first has not reached; none goes out twice.
        Assert.Equal((1, 4), (firstSent, secondSent));
        Assert.Equal(5, first.Sent.Concat(second.Sent).Distinct().Count());
    }

    [Fact]
    public async Task ClaimNextAsync_TwoHostsRacing_NeverClaimTheSameRow()
    {
        using var db = await QueuedAsync(200);

        var claims = await Task.WhenAll(Task.Run(() => ClaimAllAsync(db)), Task.Run(() => ClaimAllAsync(db)));

        var ids = claims.SelectMany(c => c).ToList();
        Assert.Equal(200, ids.Count);
        Assert.Equal(200, ids.Distinct().Count());
    }

    [Fact]
    public async Task RunAsync_LeaseOfADeadHostEnds_RowIsSentByAnother()
    {
        using var db = await TempDatabase.MigratedAsync();
        await new MailOutboxStore(db.Database).QueueAsync(Mail("zoe@example.org", Start));
        Assert.NotNull(await new MailOutboxStore(db.Database).ClaimNextAsync(Start, Start, Start + MailDelivery.Lease));
        var transport = new FakeTransport();

        var during = await Delivery(db, transport).RunAsync(Start.AddMinutes(1));
        var after = await Delivery(db, transport).RunAsync(Start + MailDelivery.Lease);

        Assert.Equal((0, 1), (during, after));
    }

    [Fact]
    public async Task RunAsync_MoreMailThanOneBatchOfOld_AllSentInOneRun()
    {
        using var db = await QueuedAsync(120);

        var transport = new FakeTransport();
        var sent = await Delivery(db, transport).RunAsync(Start);

        // A record published to a large group reaches everyone in one run, not 50 every 30 seconds.
        Assert.Equal(120, sent);
        Assert.Equal(120, transport.Sent.Select(m => m.To).Distinct().Count());
    }

    [Fact]
    public async Task RetryNowAsync_FailedRow_IsSentOnTheNextRun()
    {
        using var db = await TempDatabase.MigratedAsync();
        var transport = new FakeTransport { Failing = true };
        await new MailOutboxStore(db.Database).QueueAsync(Mail("zoe@example.org", Start) with { Attempts = MailBackoff.MaxAttempts - 1 });
        await Delivery(db, transport).RunAsync(Start);
        var queries = new MailOutboxQueries(db.Database);
        var failed = Assert.Single(await queries.TroubledAsync());

        transport.Failing = false;
        var retried = await queries.RetryNowAsync(failed.Id, Start.AddHours(1));
        var sent = await Delivery(db, transport).RunAsync(Start.AddHours(1));

        Assert.NotNull(failed.FailedAt);
        Assert.Equal((true, 1), (retried, sent));
        Assert.Empty(await queries.TroubledAsync());
    }

    /// <summary>A database whose outbox holds a mail for each of <paramref name="people"/> people, due at <see cref="Start"/>.</summary>
    private static async Task<TempDatabase> QueuedAsync(int people)
    {
        var db = await TempDatabase.MigratedAsync();
        var outbox = new MailOutboxStore(db.Database);
        for (var i = 0; i < people; i++)
        {
            await outbox.QueueAsync(Mail($"person{i}@example.org", Start));
        }

        return db;
    }

    /// <summary>One host's claims, row by row until none is left.</summary>
    private static async Task<List<string>> ClaimAllAsync(TempDatabase db)
    {
        var outbox = new MailOutboxStore(db.Database);
        var ids = new List<string>();
        while (await outbox.ClaimNextAsync(Start, Start, Start + MailDelivery.Lease) is { } mail)
        {
            ids.Add(mail.Id);
        }

        return ids;
    }

    private static MailDelivery Delivery(TempDatabase db, FakeTransport transport) =>
        new(new MailOutboxStore(db.Database), new MailTransport(transport), NullLogger<MailDelivery>.Instance);

    private static QueuedMail Mail(string to, DateTimeOffset now) =>
        new(null, null, new OutgoingMail(to, "Subject", "Reset link: https://example.org/reset?token=secret"), now, now);
}
