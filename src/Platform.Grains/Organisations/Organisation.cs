namespace Platform.Grains.Organisations;

/// <summary>An organisation at the table: one stakeholder type, one country.</summary>
/// <param name="Country">ISO 3166-1 alpha-2 code, upper case.</param>
public sealed record Organisation(
    Guid Id,
    string Name,
    StakeholderType Type,
    string Country,
    string? Description,
    string? Website,
    DateTimeOffset CreatedAt,
    long Version);

/// <summary>What a person types to create or edit an organisation, already checked by the form.</summary>
public sealed record OrganisationDetails(string Name, StakeholderType Type, string Country, string? Description, string? Website)
{
    public string Name { get; init => field = SingleLine.Clean(value); } = SingleLine.Clean(Name);

    public string Country { get; init => field = SingleLine.Clean(value); } = SingleLine.Clean(Country);

    public string? Website { get; init => field = SingleLine.Clean(value); } = SingleLine.Clean(Website);
}

/// <summary>Saved, refused as a duplicate (the id is then the existing organisation's), or not found (edit).</summary>
public enum OrganisationSaveStatus
{
    Saved,
    Duplicate,
    NotFound,
}

public sealed record OrganisationSaveResult(OrganisationSaveStatus Status, Guid OrganisationId);
