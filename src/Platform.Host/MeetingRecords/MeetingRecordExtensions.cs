using Platform.Grains.MeetingRecords;
using Platform.Grains.Notifications;
using Platform.Web.MeetingRecords;
using Platform.Messages.MeetingRecords;

namespace Platform.Host.MeetingRecords;

internal static class MeetingRecordExtensions
{
    /// <summary>The meeting-record grain, its queries (record per viewer, participation, notifications) and the publication mail the delivery job renders.</summary>
    public static WebApplicationBuilder AddMeetingRecords(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RecordMailer>();
        return builder;
    }
}
