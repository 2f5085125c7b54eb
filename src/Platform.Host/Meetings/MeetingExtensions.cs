using Platform.Web.Meetings;
using Platform.Messages.Meetings;

namespace Platform.Host.Meetings;

internal static class MeetingExtensions
{
    /// <summary>The meeting and series grains, their stores and queries, the invitations the delivery job renders (and their preview and due scan), the backlog seam is filled by AddActionItems.</summary>
    public static WebApplicationBuilder AddMeetings(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MeetingScheduling>();
        builder.Services.AddSingleton<MeetingInvitations>();
        builder.Services.AddSingleton<MeetingNotices>();
        builder.Services.AddSingleton<SeriesNotices>();
        builder.Services.AddSingleton<InvitationScan>();
        return builder;
    }
}
