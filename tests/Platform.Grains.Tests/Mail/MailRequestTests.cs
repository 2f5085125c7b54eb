using Microsoft.Extensions.Logging.Abstractions;
using Platform.Grains.Events;
using Platform.Grains.Mail;
using Platform.Grains.Meetings;
using Platform.Grains.Persistence;
using Platform.Grains.Tests.Meetings;

namespace Platform.Grains.Tests.Mail;

/// <summary>Invitation and record mails are decided in the grain's transaction and expanded once, whoever expands them.</summary>
public sealed class MailRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SendInvitations_Committed_WritesOnePendingRequestUnderItsJournalEntry()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (meeting, ana) = await ScheduledAsync(silo);

        await silo.Meeting(meeting.Id).SendInvitationsAsync(new SendInvitations(ana));

        var sent = Assert.IsType<InvitationsSent>((await silo.PublishedAsync())[^1]);
        var request = Assert.Single(await new MailRequestStore(silo.Database).PendingAsync(10));
        Assert.Equal(new PendingMailRequest(sent.Seq, MailRequestKind.MeetingScheduled, meeting.GroupId, meeting.Id.ToString("D"), 0), request);
        Assert.Equal(1, await silo.Groups.CountAsync("SELECT COUNT(*) FROM journal_entry WHERE seq = @seq AND entity_key = @key", new { seq = sent.Seq, key = meeting.Id.ToString("D") }));
    }

    [Fact]
    public async Task CommitAndPublish_StaleVersion_LeavesNoRequestNoEntryAndNoKick()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (meeting, ana) = await ScheduledAsync(silo);
        var signal = new MailSignal();
        await using var events = new EventDispatcher(NullLogger<EventDispatcher>.Instance);
        var published = 0;
        using var subscription = events.Subscribe<object>((_, _) =>
        {
            published++;
            return Task.CompletedTask;
        });
        var persistence = new GrainPersistence(silo.Database, new JournalWriter(TimeProvider.System), events, signal);
        var entries = await silo.Groups.CountAsync("SELECT COUNT(*) FROM journal_entry");
        var requests = await silo.Groups.CountAsync("SELECT COUNT(*) FROM mail_request");
        var stale = meeting with { Sequence = 2, Version = 2 };

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => CommitEditAsync(persistence, stale, expectedVersion: 0, ana));

        Assert.Equal((0, entries), (requests, await silo.Groups.CountAsync("SELECT COUNT(*) FROM journal_entry")));
        Assert.Equal(requests, await silo.Groups.CountAsync("SELECT COUNT(*) FROM mail_request"));
        await events.WhenDeliveredAsync().WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(0, published);
        Assert.False(signal.WaitAsync(CancellationToken.None).IsCompleted);
    }

    [Fact]
    public async Task CommitAndPublish_WithRequest_KicksDeliveryAfterTheCommit()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (meeting, ana) = await ScheduledAsync(silo);
        var signal = new MailSignal();
        await using var events = new EventDispatcher(NullLogger<EventDispatcher>.Instance);
        var persistence = new GrainPersistence(silo.Database, new JournalWriter(TimeProvider.System), events, signal);
        var next = meeting with { Sequence = 2, Version = 2 };

        var changed = await CommitEditAsync(persistence, next, meeting.Version, ana);

        await signal.WaitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Contains(await new MailRequestStore(silo.Database).PendingAsync(10), r => r.JournalSeq == changed.Seq && r.Revision == 2);
    }

    [Fact]
    public async Task CompleteAsync_SameRequestTwice_QueuesItsMailsOnce()
    {
        using var db = await TempDatabase.MigratedAsync();
        var (seq, mails) = await RequestAsync(db);
        var store = new MailRequestStore(db.Database);

        var first = await store.CompleteAsync(seq, mails, Now);
        var second = await store.CompleteAsync(seq, mails, Now.AddSeconds(30));

        Assert.Equal((true, false), (first, second));
        Assert.Equal(2, await CountAsync(db.Database, "SELECT COUNT(*) FROM mail_outbox"));
        Assert.Empty(await store.PendingAsync(10));
    }

    [Fact]
    public async Task CompleteAsync_TwoHostsRace_OneWinsAndEachRecipientIsQueuedOnce()
    {
        using var db = await TempDatabase.MigratedAsync();
        var (seq, mails) = await RequestAsync(db);

        // A second Database on the same data is a second host: its own write turn, only the database's locks between them.
        var other = db.SecondHost();
        var outcomes = await Task.WhenAll(
            Task.Run(() => new MailRequestStore(db.Database).CompleteAsync(seq, mails, Now)),
            Task.Run(() => new MailRequestStore(other).CompleteAsync(seq, mails, Now)));

        Assert.Single(outcomes, won => won);
        Assert.Equal(1, await CountAsync(db.Database, "SELECT COUNT(*) FROM mail_outbox WHERE to_address = 'ana@example.org'"));
        Assert.Equal(1, await CountAsync(db.Database, "SELECT COUNT(*) FROM mail_outbox WHERE to_address = 'beto@example.org'"));
    }

    /// <summary>A meeting Ana scheduled in a new group for 8 December 2026, invitations not sent.</summary>
    private static async Task<(MeetingState Meeting, string Ana)> ScheduledAsync(MeetingSilo silo)
    {
        var (group, ana, _) = await silo.GroupAsync();
        var meeting = await silo.Meeting(Guid.NewGuid()).ScheduleAsync(MeetingSilo.December8(group, ana));
        return (meeting, ana);
    }

    /// <summary>Ana's edit to <paramref name="edited"/>, committed as the meeting grain commits one: row, journal entry, mail request, event.</summary>
    private static Task<MeetingChanged> CommitEditAsync(GrainPersistence persistence, MeetingState edited, long expectedVersion, string ana) =>
        persistence.CommitAndPublishAsync(
            MeetingStore.Update(edited, expectedVersion),
            [],
            new NewJournalEntry(edited.GroupId, "meeting", edited.Id.ToString("D"), "edited", ana, "Meeting edited"),
            new MailRequest(MailRequestKind.MeetingScheduled, edited.GroupId, edited.Id.ToString("D"), edited.Sequence),
            e => new MeetingChanged(edited.GroupId, edited.Id, e.Seq));

    /// <summary>A journal entry and its pending request, as a grain's commit writes them, and the two mails it expands to.</summary>
    private static async Task<(long Seq, IReadOnlyList<RenderedMail> Mails)> RequestAsync(TempDatabase db)
    {
        await using var people = new Platform.Grains.Tests.WorkingGroups.GroupSilo(db.Database);
        IReadOnlyList<RenderedMail> mails =
        [
            new(await people.PersonAsync("Ana"), new OutgoingMail("ana@example.org", "Invitation", "Join us")),
            new(await people.PersonAsync("Beto"), new OutgoingMail("beto@example.org", "Invitación", "Únase")),
        ];
        var group = Guid.NewGuid();
        await using var connection = await db.Database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var entry = await new JournalWriter(TimeProvider.System).AppendAsync(connection, transaction, new NewJournalEntry(group, "meeting", "m-1", "scheduled", null, "Meeting scheduled"));
        await MailRequestStore.InsertAsync(connection, transaction, new MailRequest(MailRequestKind.MeetingScheduled, group, "m-1", 1), entry.Seq, Now, CancellationToken.None);
        await transaction.CommitAsync();
        return (entry.Seq, mails);
    }

    private static Task<long> CountAsync(Database database, string sql) => new TestData(database).ScalarAsync<long>(sql);
}
