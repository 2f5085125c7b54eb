namespace Platform.Grains.Meetings;

/// <summary>
/// Sends the invitations planned for now or earlier (<see cref="PlanInvitations"/>), with the agenda as it is by then.
/// Idempotent: the database says what is due, and the meeting grain refuses a second send, so two hosts or a run after
/// downtime invite nobody twice. The planner is named as the sender in the journal.
/// </summary>
public sealed class InvitationScan(MeetingStore store, IGrainFactory grains)
{
    private const int BatchSize = 100;

    /// <summary>Asks each meeting due at <paramref name="now"/> to send; returns (due, sent).</summary>
    public async Task<(int Due, int Sent)> RunAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var due = await store.DueInvitationsAsync(now, BatchSize, cancellationToken);
        var sent = 0;
        foreach (var (meeting, plannedBy) in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await grains.GetGrain<IMeetingGrain>(meeting).SendInvitationsAsync(new SendInvitations(plannedBy));
                sent++;
            }
            catch (RuleException<MeetingRule>)
            {
                // Sent meanwhile (the page's "send now", another host): nothing left to do for it.
            }
        }

        return (due.Count, sent);
    }
}
