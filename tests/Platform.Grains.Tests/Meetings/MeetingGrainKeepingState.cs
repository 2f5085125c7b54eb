using Platform.Grains.Meetings;
using Platform.Grains.Runtime;

namespace Platform.Grains.Tests.Meetings;

/// <summary>
/// The meeting grain as it runs on Orleans: its state stays in memory while it is active, and only its own commands
/// change that copy (a version conflict reloads it). A row written behind its back by anyone else goes unseen here,
/// so a test through this grain fails if another grain writes the meeting's rows.
/// </summary>
internal sealed class MeetingGrainKeepingState(GrainContext context, MeetingStore store, GrainPersistence persistence, TimeProvider time)
    : IMeetingGrain, IGrainBase
{
    private readonly MeetingGrain inner = new(context, store, persistence, time);
    private MeetingState? state;

    public async Task OnActivateAsync(CancellationToken cancellationToken) => state = await inner.GetAsync();

    public Task<MeetingState?> GetAsync() => Task.FromResult(state);

    public async Task<MeetingState> ScheduleAsync(ScheduleMeeting command) => state = await inner.ScheduleAsync(command);

    public async Task<MeetingState> EditAsync(EditMeeting command) => state = await inner.EditAsync(command);

    public async Task<MeetingState> CancelAsync(CancelMeeting command) => state = await inner.CancelAsync(command);

    public async Task<MeetingState> SetAgendaAsync(SetAgenda command) => state = await inner.SetAgendaAsync(command);

    public async Task<MeetingResponse> RespondAsync(RespondToMeeting command) => await AfterOwnWriteAsync(await inner.RespondAsync(command), true);

    public async Task<MeetingState> CreateOccurrenceAsync(CreateOccurrence command) => state = await inner.CreateOccurrenceAsync(command);

    public async Task<bool> ApplySeriesChangeAsync(ApplySeriesChange command) => await AfterOwnWriteAsync(await inner.ApplySeriesChangeAsync(command));

    public async Task<bool> CancelFromSeriesAsync(CancelFromSeries command) => await AfterOwnWriteAsync(await inner.CancelFromSeriesAsync(command));

    // These commands answer with less than the whole state: the copy is refreshed only when this grain itself wrote.
    private async Task<bool> AfterOwnWriteAsync(bool wrote) => await AfterOwnWriteAsync(wrote, wrote);

    private async Task<T> AfterOwnWriteAsync<T>(T answer, bool wrote)
    {
        if (wrote)
        {
            state = await inner.GetAsync();
        }

        return answer;
    }
}
