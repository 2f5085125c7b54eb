namespace Platform.Web.Organisations;

/// <summary>
/// The organisation form as posted. Mutable because form binding sets properties; kept as typed on a failed post.
/// Every property may be null: the binder sets null for a field a post leaves out.
/// </summary>
public sealed class OrganisationInput
{
    [Display(Name = "Organisation.Name")]
    public string? Name { get; set; }

    /// <summary>The stakeholder type as stored text (<c>asm_organisation</c>), empty until chosen.</summary>
    [ShownAs("Stakeholder")]
    [Display(Name = "Organisation.Type")]
    public string? Type { get; set; }

    [Display(Name = "Organisation.Country")]
    public string? Country { get; set; }

    [Display(Name = "Organisation.Description")]
    public string? Description { get; set; }

    [Display(Name = "Organisation.Website")]
    public string? Website { get; set; }

    public static OrganisationInput From(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return new()
        {
            Version = organisation.Version,
            Name = organisation.Name,
            Type = EnumText.ToText(organisation.Type),
            Country = organisation.Country,
            Description = organisation.Description,
            Website = organisation.Website,
        };
    }

    /// <summary>Only when editing: the organisation version the form showed (a hidden field).</summary>
    public long Version { get; set; }
}
