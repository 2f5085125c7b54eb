namespace Platform.Grains.Incidents;

/// <summary>The rows the store reads back, and what the grain gets of them.</summary>
public sealed partial class IncidentStore
{
    private sealed class IncidentRow
    {
        public Guid GroupId { get; set; }
        public long Number { get; set; }
        public string Kind { get; set; } = "";
        public string Status { get; set; } = "";
        public string? Closure { get; set; }
        public string Channel { get; set; } = "";
        public LocalDate ReceivedOn { get; set; }
        public string? EnteredBy { get; set; }
        public LocalDate? OccurredFrom { get; set; }
        public LocalDate? OccurredTo { get; set; }
        public long Women { get; set; }
        public long Men { get; set; }
        public long Girls { get; set; }
        public long Boys { get; set; }
        public long Unknown { get; set; }
        public long? SeverityScale { get; set; }
        public long? SeverityScope { get; set; }
        public long? SeverityIrremediability { get; set; }
        public string? SharedSummary { get; set; }
        public LocalDate? ReferredOn { get; set; }
        public LocalDate? ClosedOn { get; set; }
        public LocalDate? RetainUntil { get; set; }
        public LocalDate? PurgedOn { get; set; }
        public long Version { get; set; }
        public long IdentityCount { get; set; }
        public long MessageCount { get; set; }
        public bool HasReceipt { get; set; }
    }

    private sealed class StepRow
    {
        public long Position { get; set; }
        public string Status { get; set; } = "";
        public string? ActorId { get; set; }
        public LocalDate OccurredOn { get; set; }
        public DateTimeOffset? OccurredAt { get; set; }
        public bool HasReason { get; set; }
    }

    private sealed class ReferralRow
    {
        public Guid Id { get; set; }
        public Guid AuthorityId { get; set; }
        public LocalDate ReferredOn { get; set; }
        public string? Reference { get; set; }
        public long FollowUpDays { get; set; }
        public LocalDate? FollowUpOn { get; set; }
        public LocalDate? AnsweredOn { get; set; }
    }

    private sealed class EvidenceRow
    {
        public Guid Id { get; set; }
        public long Position { get; set; }
        public bool IsFile { get; set; }
        public string? FileType { get; set; }
        public string Credibility { get; set; } = "";
        public string? AddedBy { get; set; }
        public LocalDate AddedOn { get; set; }
    }

    private sealed class GroupContextRow
    {
        public string? TimeZone { get; set; }
        public bool? IntakeOpen { get; set; }
        public long? RetentionDays { get; set; }
        public long? FollowUpDays { get; set; }
    }
}

/// <summary>What the incident grain needs of its group: the zone its days are in, and the incident settings.</summary>
public sealed record IncidentGroupContext(DateTimeZone Zone, bool IntakeOpen, int RetentionDays, int FollowUpDays);

internal sealed class SealedIdentityRow
{
    public string Id { get; set; } = "";
    public string Role { get; set; } = "";
    public string Sealed { get; set; } = "";
    public LocalDate AddedOn { get; set; }
    public bool Revealed { get; set; }
}

internal sealed class SealedMessageRow
{
    public long Position { get; set; }
    public bool FromReporter { get; set; }
    public string? AuthorId { get; set; }
    public LocalDate WrittenOn { get; set; }
    public string Body { get; set; } = "";
}

internal sealed record SealedValues(
    string Wrapped,
    string? Narrative,
    string? Place,
    IReadOnlyList<SealedIdentityRow> Identities,
    IReadOnlyList<(string Id, string? Link, string? FileName, string? Note)> Evidence,
    IReadOnlyList<SealedMessageRow> Messages,
    IReadOnlyList<(long Position, string Reason)> Reasons,
    IReadOnlyList<(string Id, string Note)> ReferralNotes);

internal static class DynamicParametersExtensions
{
    public static DynamicParameters With(this DynamicParameters parameters, string name, object? value)
    {
        parameters.Add(name, value);
        return parameters;
    }
}
