using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Platform.Grains.Meetings;
using Platform.Grains.Runtime;
using Platform.Grains.Storage;
using Platform.Grains.Tests.WorkingGroups;

namespace Platform.Grains.Tests.Meetings;

/// <summary>
/// The meeting and series grains over a test database; with <paramref name="meetingsKeepState"/>, meeting grains keep
/// their state in memory between calls as on Orleans (<see cref="MeetingGrainKeepingState"/>).
/// </summary>
internal sealed class MeetingSilo(Database database, bool meetingsKeepState = false) : GrainSilo<IMeetingEvent>(database, services =>
{
    services.AddSingleton<MeetingStore>().AddSingleton<MeetingSeriesStore>().AddGrain<IMeetingSeriesGrain, MeetingSeriesGrain>();
    if (meetingsKeepState)
    {
        services.AddGrain<IMeetingGrain, MeetingGrainKeepingState>();
    }
    else
    {
        services.AddGrain<IMeetingGrain, MeetingGrain>();
    }
})
{
    public MeetingQueries Queries { get; } = new(database);

    public IMeetingGrain Meeting(Guid id) => Grain<IMeetingGrain>(id);

    public IMeetingSeriesGrain Series(Guid id) => Grain<IMeetingSeriesGrain>(id);

    public static MeetingDetails Details(LocalDateTime starts, int minutes = 120, string title = "Reunión mensual") =>
        new(title, starts, starts.PlusMinutes(minutes), "Alcaldía de Segovia", "https://meet.example.org/mesa");
}
