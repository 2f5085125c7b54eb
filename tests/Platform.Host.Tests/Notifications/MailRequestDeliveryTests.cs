using Platform.Grains.Mail;

namespace Platform.Host.Tests.Notifications;

/// <summary>Invitation and record mails leave through the delivery job, once per recipient, whatever the mail server does.</summary>
public sealed class MailRequestDeliveryTests
{
    [Fact]
    public async Task Delivery_RunTwiceAfterScheduling_EachInviteeGetsOneInvitationInTheirLanguageWithTheCalendarLink()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var meeting = await ScheduleAsync(factory, group);

        var beforeDelivery = factory.OutboxMessages();
        var first = await factory.DeliverMailAsync();
        var second = await factory.DeliverMailAsync();

        Assert.Empty(beforeDelivery);
        Assert.Equal((2, 0), (first, second));
        var mails = factory.OutboxMessages();
        Assert.Equal(2, mails.Count);
        var spanish = Assert.Single(mails, m => m.Contains("beto@example.org", StringComparison.Ordinal));
        Assert.Contains("le invita a: Mesa de enero", spanish, StringComparison.Ordinal);
        Assert.Contains($"/groups/{group.GroupId}/meetings/{meeting}/ics", spanish, StringComparison.Ordinal);
        Assert.Contains("invites you to: Mesa de enero", Assert.Single(mails, m => m.Contains("ana@example.org", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(0, await factory.CountAsync("SELECT COUNT(*) FROM mail_request WHERE done_at IS NULL"));
    }

    [Fact]
    public async Task Delivery_TwoHostsRaceOnOneDatabase_EachInviteeGetsOneInvitation()
    {
        using var first = new PlatformFactory();
        using var second = new PlatformFactory(sharedFolder: first.Folder);
        var group = await MeetingGroup.CreateAsync(first);
        await ScheduleAsync(first, group);

        var sent = await Task.WhenAll(Task.Run(first.DeliverMailAsync), Task.Run(second.DeliverMailAsync));

        Assert.Equal(2, sent.Sum());
        var mails = first.OutboxMessages();
        Assert.Single(mails, m => m.Contains("To: ana@example.org", StringComparison.Ordinal));
        Assert.Single(mails, m => m.Contains("To: beto@example.org", StringComparison.Ordinal));
        Assert.Equal(2, await first.CountAsync("SELECT COUNT(*) FROM mail_outbox"));
    }

    [Fact]
    public async Task PublishThenCorrect_EachParticipantGetsThePublicationMailThenTheCorrectionMail()
    {
        using var factory = new PlatformFactory();
        var (s, _) = await factory.PublishedStageAsync();
        var note = (await factory.RecordGrain(s.Meeting).GetAsync())!.Notes.First(n => !n.Restricted);

        await factory.DeliverMailAsync();
        await factory.RecordGrain(s.Meeting).CorrectAsync(new CorrectRecord("Errata", [new RecordEdit(note.Id, "Nota corregida", false)], s.Ana.Id));
        await factory.DeliverMailAsync();

        var mails = factory.OutboxMessages();
        Assert.Equal(6, mails.Count);
        foreach (var (email, published, corrected) in new[]
        {
            ("ana@example.org", "has been published", "was corrected (revision 2)"),
            ("beto@example.org", "Se public", "Se corrigi"),
            ("olga@example.org", "a été publié", "a été corrigé (révision 2)"),
        })
        {
            var theirs = mails.Where(m => m.Contains("To: " + email, StringComparison.Ordinal)).ToList();
            Assert.Equal(2, theirs.Count);
            Assert.Contains(published, theirs[0], StringComparison.Ordinal);
            Assert.Contains(corrected, theirs[1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Publish_MailServerDown_PublishesWithoutTryingItAndTheMailGoesOutOnceItIsBack()
    {
        var server = new FakeMailTransport { Down = true };
        using var factory = new PlatformFactory { TestServices = services => services.AddSingleton(new MailTransport(server)) };
        var s = await RecordStage.CreateAsync(factory);

        await factory.PublishAsync(s);
        var attemptsDuringPublish = server.Attempts;
        await factory.DeliverMailAsync();
        var troubled = await factory.Services.GetRequiredService<MailOutboxQueries>().TroubledAsync();
        server.Down = false;
        var early = await factory.DeliverMailAsync();
        factory.Time.Advance(MailBackoff.After(1)!.Value);
        var onceBack = await factory.DeliverMailAsync();

        Assert.Equal(0, attemptsDuringPublish);
        Assert.True((await factory.RecordGrain(s.Meeting).GetAsync())!.IsPublished);
        Assert.Equal(3, troubled.Count);
        Assert.All(troubled, mail => Assert.Equal((1, "SmtpException"), (mail.Attempts, mail.LastError)));
        Assert.Equal((0, 3), (early, onceBack));
        Assert.Equal(["ana@example.org", "beto@example.org", "olga@example.org"], server.Sent.Select(m => m.To).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task MailKick_MeetingScheduledWhileJobsRun_InvitationsGoOutBeforeTheNextInterval()
    {
        var server = new FakeMailTransport { Expected = 2 };
        using var factory = new PlatformFactory { JobsEnabled = true, TestServices = services => services.AddSingleton(new MailTransport(server)) };
        var group = await MeetingGroup.CreateAsync(factory);

        await ScheduleAsync(factory, group);

        // The job's first run was at start; without the kick the next would come only after its 30 s interval.
        await server.Arrived.WaitAsync(Platform.Host.Jobs.DeliveryJobs.MailInterval / 3);
        Assert.Equal(["ana@example.org", "beto@example.org"], server.Sent.Select(m => m.To).Order(StringComparer.Ordinal));
    }

    private static Task<Guid> ScheduleAsync(PlatformFactory factory, MeetingGroup group) =>
        group.ScheduleAsync(factory, new LocalDate(2027, 1, 12), "Mesa de enero", "Alcaldía de Segovia", invite: true);
}
