using System.Text.Json.Serialization;

namespace Platform.Grains.MeetingRecords;

/// <summary>
/// The whole record as published at one revision; stored as JSON so later changes never rewrite it. <see cref="Items"/> is
/// the agenda; <see cref="General"/> (issue 15) what was recorded outside it, null in revisions published before it existed.
/// </summary>
public sealed record RecordSnapshot(
    string Title,
    MeetingStart When,
    IReadOnlyList<SnapshotAttendance> Attendance,
    IReadOnlyList<SnapshotItem> Items,
    IReadOnlyList<SnapshotParticipant> Participants,
    SnapshotSection? General = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static RecordSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<RecordSnapshot>(json, Json) ?? throw new InvalidOperationException("Empty record snapshot.");

    /// <summary>The same record without restricted notes and outcomes, for observers.</summary>
    public RecordSnapshot WithoutRestricted() => this with
    {
        Items = [.. Items.Select(i => i with { Notes = [.. i.Notes.Where(n => !n.Restricted)], Outcomes = [.. i.Outcomes.Where(o => !o.Restricted)] })],
        General = General is { } general ? new([.. general.Notes.Where(n => !n.Restricted)], [.. general.Outcomes.Where(o => !o.Restricted)]) : null,
    };

    /// <summary>The General section's notes and outcomes (empty when nothing was recorded under it).</summary>
    [JsonIgnore]
    public SnapshotSection GeneralSection => General ?? new([], []);

    public static RecordSnapshot Of(MeetingRecordState state, IReadOnlyList<SnapshotParticipant> participants)
    {
        ArgumentNullException.ThrowIfNull(state);
        var items = state.Agenda.OrderBy(a => a.Position).Select(a => new SnapshotItem(
            a.Id,
            a.Position,
            a.Title,
            a.Status,
            Notes(state, a.Id),
            Outcomes(state, a.Id)));
        var attendance = state.Attendance.Select(a => new SnapshotAttendance(a.UserId, a.Name, a.Organisation, a.Status, a.UserId is null));
        return new RecordSnapshot(state.Title, state.When, [.. attendance], [.. items], participants,
            new SnapshotSection(Notes(state, state.GeneralId), Outcomes(state, state.GeneralId)));
    }

    private static List<SnapshotNote> Notes(MeetingRecordState state, Guid itemId) =>
        [.. state.Notes.Where(n => n.AgendaItemId == itemId).OrderBy(n => n.CreatedAt).Select(n => new SnapshotNote(n.Id, n.Text, n.Restricted))];

    private static List<SnapshotOutcome> Outcomes(MeetingRecordState state, Guid itemId) =>
        [.. state.Outcomes.Where(o => o.AgendaItemId == itemId).OrderBy(o => o.CreatedAt).Select(o => new SnapshotOutcome(o.Id, o.Kind, o.DecisionNumber, o.Text, o.Restricted))];
}

public sealed record SnapshotAttendance(string? UserId, string Name, string Organisation, AttendanceStatus Status, bool Guest);

public sealed record SnapshotItem(Guid Id, int Position, string Title, AgendaItemStatus Status, IReadOnlyList<SnapshotNote> Notes, IReadOnlyList<SnapshotOutcome> Outcomes);

/// <summary>Issue 15: the notes and outcomes of the General section ("other business"), which is not an agenda item.</summary>
public sealed record SnapshotSection(IReadOnlyList<SnapshotNote> Notes, IReadOnlyList<SnapshotOutcome> Outcomes)
{
    [JsonIgnore]
    public bool IsEmpty => Notes.Count == 0 && Outcomes.Count == 0;
}

public sealed record SnapshotNote(Guid Id, string Text, bool Restricted);

public sealed record SnapshotOutcome(Guid Id, OutcomeKind Kind, int? DecisionNumber, string Text, bool Restricted);

/// <summary>Someone seated in the group when the revision was published: notified, and asked to acknowledge.</summary>
public sealed record SnapshotParticipant(string UserId, string Name, string Organisation, GroupRole Role);
