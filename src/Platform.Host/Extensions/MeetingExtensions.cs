using Platform.Grains.Meetings;
using Platform.Grains.Runtime;
using Platform.Web.Meetings;

namespace Platform.Host.Extensions;

internal static class MeetingExtensions
{
    /// <summary>The meeting and series grains, their stores and queries, invitations on scheduling, and the backlog seam.</summary>
    public static WebApplicationBuilder AddMeetings(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MeetingStore>();
        builder.Services.AddSingleton<MeetingSeriesStore>();
        builder.Services.AddSingleton<MeetingQueries>();
        builder.Services.AddSingleton<MeetingScheduling>();
        builder.Services.AddSingleton<MeetingInvitations>();

        // Replaced by a query over action items when that issue lands.
        builder.Services.AddSingleton<IActionItemBacklog, NoActionItemBacklog>();
        builder.Services.AddGrain<IMeetingGrain, MeetingGrain>();
        builder.Services.AddGrain<IMeetingSeriesGrain, MeetingSeriesGrain>();
        builder.Services.AddHostedService<MeetingInvitationListener>();
        return builder;
    }
}
