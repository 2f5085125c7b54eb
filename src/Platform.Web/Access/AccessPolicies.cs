namespace Platform.Web.Access;

/// <summary>
/// Policy names for pages and endpoints. A group policy reads the working group from the route value
/// <see cref="GroupRouteValue"/> (e.g. <c>@page "/groups/{groupId:guid}"</c>) and asks <see cref="GroupAccess"/>.
/// </summary>
public static class AccessPolicies
{
    /// <summary>The route value that names the working group a request is about.</summary>
    public const string GroupRouteValue = "groupId";

    public const string ViewGroup = "group.view";
    public const string ContributeToGroup = "group.contribute";
    public const string FacilitateGroup = "group.facilitate";
    public const string AdministerGroup = "group.administer";
    public const string SeeGroupAggregates = "group.aggregates";

    /// <summary>Administrators and anyone who facilitates a group: create organisations and working groups.</summary>
    public const string SetUpForums = "platform.set-up-forums";

    /// <summary>The route value that names the organisation an organisation policy is about.</summary>
    public const string OrganisationRouteValue = "organisationId";

    /// <summary>Who may edit the organisation in the route: see <see cref="GroupAccess.CanEditOrganisationAsync"/>.</summary>
    public const string EditOrganisation = "organisation.edit";

    /// <summary>Administrators, checked against the database rather than the cookie's role claim.</summary>
    public const string Administer = "platform.administer";

    /// <summary>Donors, checked against the database.</summary>
    public const string Donor = "platform.donor";

    public static readonly IReadOnlyDictionary<string, GroupAction> GroupActions = new Dictionary<string, GroupAction>
    {
        [ViewGroup] = GroupAction.View,
        [ContributeToGroup] = GroupAction.Contribute,
        [FacilitateGroup] = GroupAction.Facilitate,
        [AdministerGroup] = GroupAction.Administer,
        [SeeGroupAggregates] = GroupAction.SeeAggregates,
    };
}
