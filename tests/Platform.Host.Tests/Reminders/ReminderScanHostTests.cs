using Platform.Grains.Notifications;
using Platform.Grains.Tests.Reminders;

namespace Platform.Host.Tests.Reminders;

public sealed class ReminderScanHostTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 30, 14, 0, 0, TimeSpan.Zero);

    private static ReminderSeed Seed(PlatformFactory factory) =>
        new(factory.Services.GetRequiredService<Platform.Grains.Storage.Database>());

    [Fact]
    public async Task Run_MeetingReminder_SpanishArgumentsOnTheRecipientsClockWithCalendarLink()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var meeting = await Seed(factory).MeetingAsync(group.GroupId, Start, title: "Sesión de marzo");
        using var host = new ReminderHost(factory);

        var result = await host.Reminders.RunAsync(Start.AddHours(-2));

        Assert.Equal((2, 2), (result.Due, result.Created));
        var beto = Assert.Single(host.Notifier.Requests, r => r.UserId == group.Member.Id);
        Assert.Equal((NotificationKind.MeetingReminder, "Reminder.Meeting"), (beto.Kind, beto.MessageKey));
        Assert.Equal("Sesión de marzo", beto.Arguments[1]);
        Assert.Equal("lunes, 30 de marzo de 2026 9:00", beto.Arguments[2]);
        Assert.Equal("America/Bogota", beto.Arguments[3]);
        Assert.EndsWith($"/groups/{group.GroupId}/meetings/{meeting}/ics", beto.Arguments[4], StringComparison.Ordinal);
        Assert.StartsWith("http", beto.Arguments[4], StringComparison.Ordinal);
        Assert.Equal($"/groups/{group.GroupId:D}/meetings/{meeting:D}", beto.Link);
    }

    [Fact]
    public async Task Run_HostStoppedBetweenDueAndSentThenSecondHost_ExactlyOneNotificationPerReminder()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        await Seed(factory).MeetingAsync(group.GroupId, Start);
        await Seed(factory).ItemAsync(group.GroupId, group.Member.Id, "2026-03-31");
        var now = Start.AddHours(-1);
        using var first = new ReminderHost(factory);
        first.Notifier.FailNextCall = true;

        await Assert.ThrowsAsync<IOException>(() => first.Reminders.RunAsync(now));
        var written = await MeetingGroup.CountAsync(factory, "SELECT COUNT(*) FROM notification WHERE dedupe_key IS NOT NULL");
        using var second = new ReminderHost(factory);
        var restarted = await second.Reminders.RunAsync(now);
        var again = await first.Reminders.RunAsync(now.AddMinutes(1));
        var later = await second.Reminders.RunAsync(now.AddMinutes(2));

        Assert.Equal(0, written);
        Assert.Equal((3, 3), (restarted.Due, restarted.Created));
        Assert.Equal((0, 0, 0), (again.Due, again.Created, later.Created));
        Assert.Equal(3, await MeetingGroup.CountAsync(factory, "SELECT COUNT(*) FROM notification WHERE dedupe_key IS NOT NULL"));
        Assert.Equal(3, await MeetingGroup.CountAsync(factory, "SELECT COUNT(DISTINCT user_id || dedupe_key) FROM notification WHERE dedupe_key IS NOT NULL"));
        Assert.Equal(3, await MeetingGroup.CountAsync(factory,
            "SELECT COUNT(DISTINCT o.notification_id) FROM mail_outbox o JOIN notification n ON n.id = o.notification_id WHERE n.dedupe_key IS NOT NULL"));
        Assert.Equal(3, await MeetingGroup.CountAsync(factory,
            "SELECT COUNT(*) FROM mail_outbox o JOIN notification n ON n.id = o.notification_id WHERE n.dedupe_key IS NOT NULL"));
    }

    [Fact]
    public async Task Run_CatchUpAfterDowntime_SendsWhatFellDueButNothingStale()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var seed = Seed(factory);
        await seed.MeetingAsync(group.GroupId, Start.AddHours(-3), title: "Ya empezó");
        await seed.MeetingAsync(group.GroupId, Start.AddHours(20), title: "Mañana");
        await seed.ItemAsync(group.GroupId, group.Member.Id, "2026-03-28", title: "Vencida");
        await seed.ItemAsync(group.GroupId, group.Member.Id, "2026-03-28", status: "done", title: "Hecha");
        using var host = new ReminderHost(factory);

        var result = await host.Reminders.RunAsync(Start);

        Assert.Equal(3, result.Created);
        Assert.Equal(
            ["Reminder.ActionOverdue:Vencida", "Reminder.Meeting:Mañana", "Reminder.Meeting:Mañana"],
            host.Notifier.Requests.Select(r => $"{r.MessageKey}:{r.Arguments[1]}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Escalation_ItemSevenDaysOverdue_FacilitatorToldOnceAndBoardSaysEscalated()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        // The board judges "now" by the host's clock: the item fell due seven days ago in Bogotá.
        var sevenDays = factory.Time.GetUtcNow();
        var due = Platform.Grains.Reminders.ReminderSchedule.Today(sevenDays, "America/Bogota").PlusDays(-7);
        await Seed(factory).ItemAsync(group.GroupId, group.Member.Id, due.ToString("uuuu-MM-dd", null), title: "Informe trimestral", createdAt: sevenDays.AddDays(-8));
        using var host = new ReminderHost(factory);

        var first = await host.Escalations.RunAsync(sevenDays);
        var again = await host.Escalations.RunAsync(sevenDays.AddHours(1));
        using var member = factory.Browser();
        await member.SignInAsync(group.Member.Email!, PlatformFactory.Password);
        var board = await member.GetAsync($"/groups/{group.GroupId}/actions");

        Assert.Equal((1, 1), (first.Due, first.Created));
        Assert.Equal((0, 0), (again.Due, again.Created));
        var told = Assert.Single(host.Notifier.Requests);
        Assert.Equal((group.Facilitator.Id, NotificationKind.ActionEscalated, "Reminder.EscalatedOverdue"), (told.UserId, told.Kind, told.MessageKey));
        Assert.Contains("Escalada", board.Document.QuerySelector(".escalated-flag")?.TextContent, StringComparison.Ordinal);
    }
}
