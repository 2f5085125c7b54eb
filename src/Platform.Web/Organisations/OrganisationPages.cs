namespace Platform.Web.Organisations;

/// <summary>Small steps the organisation pages share.</summary>
public static class OrganisationPages
{
    /// <summary>The existing organisation a refused name collides with, for the link next to the name field.</summary>
    public static async Task<OrganisationListItem?> DuplicateAsync(OrganisationQueries organisations, Guid existingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        var existing = await organisations.FindAsync(existingId, cancellationToken);
        return existing?.Organisation is { } o ? new OrganisationListItem(o.Id, o.Name, o.Type, o.Country) : null;
    }
}
