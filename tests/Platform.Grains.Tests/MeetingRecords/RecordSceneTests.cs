using Platform.Grains.MeetingRecords;

namespace Platform.Grains.Tests.MeetingRecords;

/// <summary>
/// What a record test starts from: its own migrated database, the record silo over it (which owns it) and the <see cref="RecordScene"/>.
/// xUnit builds a test class once per test, so each test gets them fresh; they go when the test ends.
/// </summary>
public abstract class RecordSceneTests : IAsyncLifetime
{
    private RecordSilo? silo;
    private RecordScene? scene;

    private protected RecordSilo Silo => silo!;

    private protected RecordScene Scene => scene!;

    /// <summary>The record grain of the scene's meeting.</summary>
    private protected IMeetingRecordGrain Record => Silo.Record(Scene.Meeting);

    public async Task InitializeAsync()
    {
        silo = await RecordSilo.StartAsync();
        scene = await RecordScene.CreateAsync(silo);
    }

    public async Task DisposeAsync()
    {
        if (silo is not null)
        {
            await silo.DisposeAsync();
        }
    }

    /// <summary>The facilitator adds a note to the first agenda item (or <paramref name="item"/>); returns it.</summary>
    private protected async Task<NoteEntry> NoteAsync(string text, bool restricted, Guid? item = null) =>
        (await Record.AddNoteAsync(new AddNote(item ?? Scene.FirstItem, text, restricted, Scene.Facilitator))).Notes[^1];

    /// <summary>The facilitator adds an outcome to the first agenda item; returns it.</summary>
    private protected async Task<OutcomeEntry> OutcomeAsync(OutcomeKind kind, string text, bool restricted) =>
        (await Record.AddOutcomeAsync(new AddOutcome(Scene.FirstItem, kind, text, restricted, Scene.Facilitator))).Outcomes[^1];

    /// <summary>The facilitator publishes the record, confirming.</summary>
    private protected Task<MeetingRecordState> PublishAsync() => Record.PublishAsync(new PublishRecord(Scene.Facilitator, true));

    /// <summary>The record as <paramref name="userId"/> may read it: the latest revision, or <paramref name="revision"/>.</summary>
    private protected async Task<RecordView?> ViewAsync(string userId, int? revision = null) =>
        await Silo.Queries.RecordAsync(Scene.Meeting, revision, await Silo.Access.StandingAsync(userId, Scene.Group));
}
