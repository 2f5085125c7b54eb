using Platform.Grains.Meetings;
using Platform.Grains.Tests.WorkingGroups;

namespace Platform.Grains.Tests.Meetings;

/// <summary>The meeting and series grains over a test database.</summary>
internal sealed class MeetingSilo(Database database) : GrainSilo<IMeetingEvent>(database)
{
    public static Task<MeetingSilo> StartAsync() => OnOwnDatabaseAsync(database => new MeetingSilo(database));

    public MeetingQueries Queries { get; } = new(database);

    public IMeetingGrain Meeting(Guid id) => Grain<IMeetingGrain>(id);

    public IMeetingSeriesGrain Series(Guid id) => Grain<IMeetingSeriesGrain>(id);

    /// <summary>The pass a host runs at start to finish series changes left half-way.</summary>
    public SeriesResumption Resumption() => new(new MeetingSeriesStore(Groups.Database), Factory, Microsoft.Extensions.Logging.Abstractions.NullLogger<SeriesResumption>.Instance);

    /// <summary>The due-invitation scan the host's job runs every minute.</summary>
    public InvitationScan Scan() => new(new MeetingStore(Groups.Database), Factory);

    /// <summary>The mail requests written so far, oldest first.</summary>
    public Task<IReadOnlyList<Platform.Grains.Mail.PendingMailRequest>> RequestsAsync() => new Platform.Grains.Mail.MailRequestStore(Groups.Database).PendingAsync(100);

    /// <summary>A meeting on 8 December 2026, 09:00 to 11:00 in the group's zone, scheduled by <paramref name="facilitator"/>.</summary>
    public static ScheduleMeeting December8(Guid group, string facilitator) => new(group, Details(new LocalDateTime(2026, 12, 8, 9, 0)), facilitator);

    /// <summary>Schedules a new meeting of <see cref="December8"/>; returns its grain.</summary>
    public async Task<IMeetingGrain> ScheduledAsync(Guid group, string facilitator)
    {
        var meeting = Meeting(Guid.NewGuid());
        await meeting.ScheduleAsync(December8(group, facilitator));
        return meeting;
    }

    public static MeetingDetails Details(LocalDateTime starts, int minutes = 120, string title = "Reunión mensual") =>
        new(title, starts, starts.PlusMinutes(minutes), "Alcaldía de Segovia", "https://meet.example.org/mesa");
}
