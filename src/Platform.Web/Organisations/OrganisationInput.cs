using Platform.Grains.Organisations;
using Platform.Grains.Storage;

namespace Platform.Web.Organisations;

/// <summary>
/// The organisation form as posted. Mutable because form binding sets properties; kept as typed on a failed post.
/// Every property may be null: the binder sets null for a field a post leaves out.
/// </summary>
public sealed class OrganisationInput
{
    public string? Name { get; set; }

    /// <summary>The stakeholder type as stored text (<c>asm_organisation</c>), empty until chosen.</summary>
    public string? Type { get; set; }

    public string? Country { get; set; }

    public string? Description { get; set; }

    public string? Website { get; set; }

    public static OrganisationInput From(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return new()
        {
            Name = organisation.Name,
            Type = EnumText.ToText(organisation.Type),
            Country = organisation.Country,
            Description = organisation.Description,
            Website = organisation.Website,
        };
    }
}
