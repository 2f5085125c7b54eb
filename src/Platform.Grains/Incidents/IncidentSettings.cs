namespace Platform.Grains.Incidents;

[GenerateSerializer, Immutable, Alias("rt.IncidentAuthority")]
public sealed record IncidentAuthority(Guid Id, string Name, AuthorityKind Kind, bool Active);

/// <summary>A group's incident settings; <paramref name="Version"/> 0: never saved (the defaults).</summary>
[GenerateSerializer, Immutable, Alias("rt.IncidentSettings")]
public sealed record IncidentSettings(
    Guid GroupId,
    bool IntakeOpen,
    int RetentionDays,
    int FollowUpDays,
    long Version,
    IReadOnlyList<IncidentAuthority> Authorities,
    IReadOnlyList<string> Handlers)
{
    public const int DefaultRetentionDays = 730;
    public const int DefaultFollowUpDays = 30;

    public static IncidentSettings Defaults(Guid groupId) => new(groupId, false, DefaultRetentionDays, DefaultFollowUpDays, 0, [], []);
}
