using Platform.Grains.Events;
using Platform.Grains.Meetings;
using Platform.Web.Meetings;

namespace Platform.Host.Extensions;

/// <summary>Sends the invitations once a meeting or a series is committed; the grains know nothing of mail.</summary>
internal sealed class MeetingInvitationListener(IEventBus events, MeetingInvitations invitations, MeetingSeriesStore series) : IHostedService, IDisposable
{
    private IDisposable[] subscriptions = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Handlers run in the publishing grain's turn, after its commit: they read stores, never call that grain back.
        subscriptions =
        [
            events.Subscribe<MeetingScheduled>((e, ct) => invitations.SendAsync(e.GroupId, [e.MeetingId], null, ct)),
            events.Subscribe<SeriesCreated>(async (e, ct) =>
            {
                var rule = (await series.LoadAsync(e.SeriesId, ct))?.Pattern.Rule;
                await invitations.SendAsync(e.GroupId, e.MeetingIds, rule, ct);
            }),
        ];
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        // Stopping and the container may both dispose: whoever comes first takes the list.
        foreach (var subscription in Interlocked.Exchange(ref subscriptions, []))
        {
            subscription.Dispose();
        }
    }
}
