namespace Platform.Web.WorkingGroups;

// Form models bound by [SupplyParameterFromForm]. Choices arrive as text and are checked on the server,
// so a tampered value becomes a message next to its field rather than a binding failure.

public sealed class GroupDetailsInput
{
    [Display(Name = "Groups.Name")]
    public string Name { get; set; } = "";
    [ShownAs("Scope")]
    [Display(Name = "Groups.Scope")]
    public string Scope { get; set; } = "";
    [Display(Name = "Groups.Country")]
    public string Country { get; set; } = "";
    [Display(Name = "Groups.Region")]
    public string? Region { get; set; }
    [Display(Name = "Groups.TimeZone")]
    public string TimeZone { get; set; } = "";
    [ShownAs("Cadence")]
    [Display(Name = "Groups.Cadence")]
    public string Cadence { get; set; } = "";
    [Display(Name = "Groups.Confidentiality")]
    public string? ConfidentialityRule { get; set; }
    [Display(Name = "Groups.NonAttribution")]
    public bool NonAttribution { get; set; }
    [Display(Name = "Groups.Terms")]
    public string? TermsOfReference { get; set; }

    /// <summary>Only when creating: the organisation the creator acts for.</summary>
    public string? OrganisationId { get; set; }

    /// <summary>Only when editing: the group version the form showed (a hidden field).</summary>
    public long Version { get; set; }
}

public sealed class StatusInput
{
    public string Status { get; set; } = "";
}

/// <summary>A seat for someone named by e-mail: adding a member, and inviting someone without an account.</summary>
public abstract class SeatInput
{
    public string Email { get; set; } = "";
    public string OrganisationId { get; set; } = "";
    public string Role { get; set; } = "";
}

public sealed class AddMemberInput : SeatInput;

public sealed class ChangeRoleInput
{
    public string UserId { get; set; } = "";
    public string Role { get; set; } = "";
}

public sealed class RemoveMemberInput
{
    public string UserId { get; set; } = "";
}

public sealed class GroupInviteInput : SeatInput
{
    public string PreferredLanguage { get; set; } = "";
}
