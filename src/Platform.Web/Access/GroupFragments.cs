namespace Platform.Web.Access;

/// <summary>
/// Where a group page's live fragments live: <c>/groups/{groupId}/fragments/…</c>, behind the same ViewGroup policy as the
/// page they belong to (the hub only says "look again"; the fragment decides what the reader may see).
/// </summary>
public static class GroupFragments
{
    public static RouteGroupBuilder MapGroupFragments(this IEndpointRouteBuilder app) =>
        app.MapGroup("/groups/{groupId:guid}/fragments").RequireAuthorization(AccessPolicies.ViewGroup);
}
