namespace Platform.Web.Organisations;

/// <summary>Server-side checks of the organisation form; each problem becomes a message next to its field.</summary>
public static class OrganisationChecks
{
    /// <summary>The details to save, or null with <paramref name="errors"/> filled in the reader's language.</summary>
    public static OrganisationDetails? Check(FieldErrors errors, IStringLocalizer<Text> text, OrganisationInput input)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(input);
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add("Input.Name", text["Organisation.NameRequired"]);
        }
        else if (name.Length > OrganisationRules.MaxNameLength)
        {
            errors.Add("Input.Name", text["Organisation.NameTooLong", OrganisationRules.MaxNameLength]);
        }

        if (!EnumText.TryParse<StakeholderType>(input.Type, out var type))
        {
            errors.Add("Input.Type", text["Organisation.TypeRequired"]);
        }

        if (!Countries.IsKnown(input.Country))
        {
            errors.Add("Input.Country", text["Organisation.CountryRequired"]);
        }

        var description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        if (description is { Length: > OrganisationRules.MaxDescriptionLength })
        {
            errors.Add("Input.Description", text["Organisation.DescriptionTooLong", OrganisationRules.MaxDescriptionLength]);
        }

        var website = string.IsNullOrWhiteSpace(input.Website) ? null : input.Website.Trim();
        if (website is not null && !OrganisationRules.IsWebsite(website))
        {
            errors.Add("Input.Website", text["Organisation.WebsiteInvalid"]);
        }

        return errors.Any ? null : new OrganisationDetails(name, type, input.Country!, description, website);
    }
}
