using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Grains.Mail;
using Platform.Grains.Storage;
using Platform.Grains.Tests.Storage;

namespace Platform.Browser.Tests;

/// <summary>
/// Two hosts on one PostgreSQL share Hangfire's schedule and locks: the reminder scan (every 2 s here) and mail delivery
/// run on either. While a host is delivering a few hundred queued mails and the reminder scan is writing overdue
/// reminders, that host is killed (SIGKILL). The survivor finishes: every reminder has its notification, every outbox
/// row is sent, and each message reaches the pickup folder once. Only the row the dead host had in flight may arrive
/// twice (sent, then killed before it was marked sent: SMTP takes no part in the database's transaction), with the
/// same Message-ID; the test counts those and allows at most one.
/// </summary>
public sealed partial class JobsOnceTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int QueuedMails = 400;

    [PostgresFact]
    public async Task TwoHostsOnPostgreSql_HostKilledWhileDelivering_EveryReminderAndMailSentOnceExceptTheOneInFlight()
    {
        var connection = TestPostgres.CreateDatabase(migrated: false);
        var storage = new Dictionary<string, string> { ["Storage:Provider"] = "postgresql", ["Storage:ConnectionString"] = connection };
        await using var a = await HostProcess.StartAsync(demo: true, null, Settings(storage, "host-a"));
        await using var b = await HostProcess.StartAsync(demo: false, a.DataDirectory, Settings(storage, "host-b"));
        var database = new Database(new StorageOptions { DataDirectory = a.DataDirectory, Provider = "postgresql", ConnectionString = connection }, a.DataDirectory);
        var outboxFolder = Path.Combine(a.DataDirectory, "outbox");

        var reminders = await MakeItemsOverdueAsync(database);
        var outbox = new MailOutboxStore(database);
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < QueuedMails; i++)
        {
            await outbox.QueueAsync(new QueuedMail(null, null, new OutgoingMail($"person{i}@example.org", $"once {i}", "Body"), now, now));
        }

        // The first seeded mail in the folder names the host sending (each host has its own From): that one is killed.
        var sender = await FirstSenderAsync(outboxFolder, TimeSpan.FromSeconds(90));
        var sentAtKill = Mails(outboxFolder).Count(m => m.To.StartsWith("person", StringComparison.Ordinal));
        Assert.True(sender is "host-a" or "host-b", $"the first mail came from '{sender}'");
        await (sender == "host-a" ? a : b).KillAsync();
        var killedAt = System.Diagnostics.Stopwatch.StartNew();
        var survivor = sender == "host-a" ? b : a;

        var (unsent, missing) = await WaitUntilDoneAsync(database, reminders, TimeSpan.FromSeconds(180));
        var doneAfter = killedAt.Elapsed;
        Assert.True(unsent == 0 && missing.Count == 0,
            $"{unsent} outbox rows unsent, {missing.Count} reminders without their notification, 180 s after the kill\n{await DiagnoseAsync(database)}\n{survivor.Output}");

        var sentRows = await SentRowIdsAsync(database);
        var delivered = Mails(outboxFolder);
        var perMessage = delivered.GroupBy(m => m.MessageId).ToDictionary(g => g.Key, g => g.Count());
        var twice = perMessage.Where(p => p.Value > 1).ToList();
        output.WriteLine($"{reminders.Count} reminders, {sentRows.Count} outbox rows; killed {sender} after {sentAtKill} mails; " +
            $"all sent {doneAfter.TotalSeconds:0.0} s after the kill; {delivered.Count} .eml files, {twice.Count} sent twice");

        var neverDelivered = sentRows.Where(id => !perMessage.ContainsKey(id)).ToList();
        var unknown = perMessage.Keys.Where(id => !sentRows.Contains(id)).ToList();
        Assert.True(neverDelivered.Count == 0 && unknown.Count == 0, $"{neverDelivered.Count} rows marked sent but not in the folder, {unknown.Count} files of no sent row");
        Assert.All(twice, p => Assert.Equal(2, p.Value));
        Assert.True(twice.Count <= 1, $"{twice.Count} messages were sent twice: only the one in flight at the kill may be");
        Assert.True(sentAtKill < QueuedMails / 2, $"{sentAtKill} of {QueuedMails} mails were out before the kill: the kill came too late to test a takeover");
        Assert.True(delivered.Count(m => m.To.StartsWith("person", StringComparison.Ordinal)) >= QueuedMails);
    }

    private static Dictionary<string, string> Settings(Dictionary<string, string> storage, string name) => new(ClusterTests.ClusterSettings(storage))
    {
        ["Jobs:ReminderCron"] = "*/2 * * * * *",
        ["Mail:Lease"] = "00:00:10",
        ["Mail:From"] = $"{name}@localhost",
    };

    private const string OverdueOwners = """
        SELECT u.id AS UserId, 'action-overdue:' || a.id || ':' || a.due_date AS DedupeKey
        FROM action_item a
        JOIN working_group g ON g.id = a.working_group_id
        JOIN membership s ON s.working_group_id = a.working_group_id
             AND (s.user_id = a.owner_user_id OR (a.owner_user_id IS NULL AND s.organisation_id = a.owner_organisation_id))
        JOIN user_account u ON u.id = s.user_id
        WHERE a.status IN ('open', 'in_progress', 'blocked') AND g.status <> 'closed'
        """;

    /// <summary>Every open item of every open group falls due two days ago: one overdue reminder per owner and item.</summary>
    private static async Task<List<(string UserId, string DedupeKey)>> MakeItemsOverdueAsync(Database database)
    {
        var due = DateTime.UtcNow.Date.AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync("UPDATE action_item SET due_date = @due WHERE status IN ('open', 'in_progress', 'blocked')", new { due });
        var owners = (await connection.QueryAsync<(string UserId, string DedupeKey)>(OverdueOwners)).Distinct().ToList();
        Assert.True(owners.Count >= 10, $"the demo has {owners.Count} open items with an owner");
        return owners;
    }

    private static async Task<(long Unsent, List<(string UserId, string DedupeKey)> Missing)> WaitUntilDoneAsync(
        Database database, List<(string UserId, string DedupeKey)> reminders, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            await using var connection = await database.OpenAsync();
            var unsent = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL");
            var notified = (await connection.QueryAsync<(string UserId, string DedupeKey, long Count)>(
                "SELECT user_id AS UserId, dedupe_key AS DedupeKey, COUNT(*) AS Count FROM notification WHERE dedupe_key LIKE 'action-overdue:%' GROUP BY user_id, dedupe_key"))
                .ToDictionary(n => (n.UserId, n.DedupeKey), n => n.Count);
            Assert.All(notified.Values, count => Assert.Equal(1, count));
            var missing = reminders.Where(r => !notified.ContainsKey(r)).ToList();
            if ((unsent == 0 && missing.Count == 0) || DateTime.UtcNow > deadline)
            {
                return (unsent, missing);
            }

            await Task.Delay(500);
        }
    }

    private static async Task<string> DiagnoseAsync(Database database)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<(string? Claimed, long Attempts, string Next, string? Failed)>(
            "SELECT claimed_until AS Claimed, attempts AS Attempts, next_attempt_at AS Next, failed_at AS Failed FROM mail_outbox WHERE sent_at IS NULL LIMIT 5");
        var locks = await connection.QueryAsync<(string Resource, DateTime Acquired)>("SELECT resource AS Resource, acquired AS Acquired FROM hangfire.lock");
        var jobs = await connection.QueryAsync<(string? State, long Count)>("SELECT statename AS State, COUNT(*) AS Count FROM hangfire.job GROUP BY statename");
        var servers = await connection.QueryAsync<(string Id, DateTime Beat)>("SELECT id AS Id, lastheartbeat AS Beat FROM hangfire.server");
        var recurring = await connection.QueryAsync<(string Key, string Field, string? Value)>("SELECT key AS Key, field AS Field, value AS Value FROM hangfire.hash WHERE key LIKE 'recurring-job:mail%' AND field IN ('NextExecution', 'LastExecution', 'LastJobId', 'Error', 'RetryAttempt')");
        var queue = await connection.QueryAsync<(long Id, DateTime? Fetched)>("SELECT jobid AS Id, fetchedat AS Fetched FROM hangfire.jobqueue");
        return $"servers: {string.Join("; ", servers)}\nrecurring: {string.Join("; ", recurring)}\nqueue: {string.Join("; ", queue)}\nnow {DateTime.UtcNow:O}; unsent: {string.Join("; ", rows)}\nlocks: {string.Join("; ", locks)}\njobs: {string.Join("; ", jobs)}";
    }

    private static async Task<HashSet<string>> SentRowIdsAsync(Database database)
    {
        await using var connection = await database.OpenAsync();
        return [.. await connection.QueryAsync<string>("SELECT id FROM mail_outbox WHERE sent_at IS NOT NULL")];
    }

    private static async Task<string> FirstSenderAsync(string folder, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var first = Mails(folder).Where(m => m.To.StartsWith("person", StringComparison.Ordinal)).Select(m => m.From).FirstOrDefault();
            if (first is not null)
            {
                return first;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("No queued mail was delivered.");
    }

    /// <summary>The pickup folder's messages: Message-ID (the outbox row's id), From's and To's local parts.</summary>
    private static List<(string MessageId, string From, string To)> Mails(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var mails = new List<(string, string, string)>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.eml"))
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (IOException)
            {
                continue; // still being written
            }

            var id = MessageIdHeader().Match(text);
            var from = FromHeader().Match(text);
            var to = ToHeader().Match(text);
            if (id.Success && from.Success && to.Success)
            {
                mails.Add((id.Groups[1].Value, from.Groups[1].Value, to.Groups[1].Value));
            }
        }

        return mails;
    }

    [GeneratedRegex(@"^Message-ID: <([0-9a-f-]+)@", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex MessageIdHeader();

    [GeneratedRegex(@"^From: <?([a-z-]+)@", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex FromHeader();

    [GeneratedRegex(@"^To: <?([a-z0-9.-]+)@", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex ToHeader();
}
