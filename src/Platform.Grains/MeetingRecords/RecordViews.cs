namespace Platform.Grains.MeetingRecords;

/// <summary>One published revision as a viewer may see it: restricted parts already removed for those who may not.</summary>
public sealed record RecordView(
    int Revision,
    int LatestRevision,
    DateTimeOffset PublishedAt,
    string PublishedBy,
    string? Reason,
    RecordSnapshot Snapshot,
    bool RestrictedShown,
    IReadOnlyList<RevisionSummary> History);

/// <summary>A line of the record's history.</summary>
public sealed record RevisionSummary(int Revision, DateTimeOffset PublishedAt, string PublishedBy, string? Reason);

/// <summary>A participant of a revision and when (if ever) they acknowledged it.</summary>
public sealed record AcknowledgementView(string UserId, string Name, string Organisation, DateTimeOffset? AcknowledgedAt);

/// <summary>
/// Who took part in one meeting. <see cref="WomenShare"/> is null unless at least <see cref="ParticipationQueries.MinimumDeclared"/>
/// present attendees declared a gender, so a share can never point at individuals.
/// </summary>
public sealed record ParticipationFigures(
    int InvitedMembers,
    int PresentMembers,
    double? AttendanceRate,
    IReadOnlyList<StakeholderType> StakeholderTypesPresent,
    IReadOnlyList<string> OrganisationsPresent,
    int Declared,
    int Women,
    double? WomenShare);
