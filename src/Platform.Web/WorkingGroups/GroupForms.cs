namespace Platform.Web.WorkingGroups;

// Form models bound by [SupplyParameterFromForm]. Choices arrive as text and are checked on the server,
// so a tampered value becomes a message next to its field rather than a binding failure.

public sealed class GroupDetailsInput
{
    public string Name { get; set; } = "";
    public string Scope { get; set; } = "";
    public string Country { get; set; } = "";
    public string? Region { get; set; }
    public string TimeZone { get; set; } = "";
    public string Cadence { get; set; } = "";
    public string? ConfidentialityRule { get; set; }
    public bool NonAttribution { get; set; }
    public string? TermsOfReference { get; set; }

    /// <summary>Only when creating: the organisation the creator acts for.</summary>
    public string? OrganisationId { get; set; }
}

public sealed class StatusInput
{
    public string Status { get; set; } = "";
}

public sealed class AddMemberInput
{
    public string Email { get; set; } = "";
    public string OrganisationId { get; set; } = "";
    public string Role { get; set; } = "";
}

public sealed class ChangeRoleInput
{
    public string UserId { get; set; } = "";
    public string Role { get; set; } = "";
}

public sealed class RemoveMemberInput
{
    public string UserId { get; set; } = "";
}

public sealed class GroupInviteInput
{
    public string Email { get; set; } = "";
    public string OrganisationId { get; set; } = "";
    public string Role { get; set; } = "";
    public string PreferredLanguage { get; set; } = "";
}
