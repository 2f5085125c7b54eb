using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.Web.ActionItems;

/// <summary>
/// Action items outside their pages: the group's items as CSV for spreadsheets, and the fragments the board, an item's
/// page and a person's own list re-fetch when the hub says something changed. The group's ones pass the ViewGroup policy
/// like the board.
/// </summary>
public static class ActionItemEndpoints
{
    public static IEndpointRouteBuilder MapActionItemEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/groups/{groupId:guid}/actions.csv", CsvAsync)
            .WithName("ActionItemsCsv")
            .RequireAuthorization(AccessPolicies.ViewGroup);

        var fragments = app.MapGroupFragments();
        fragments.MapGet("/actions", async (Guid groupId, string? org, string? person, string? overdue, string? q, string? sort, HttpContext http, ActionItemQueries queries) =>
        {
            var query = BoardQuery.Read(org, person, overdue, q, sort);
            var items = query.List.Apply(await queries.BoardAsync(groupId, query.Filter, http.RequestAborted));
            return new RazorComponentResult<ActionBoardColumns>(new { Items = items, Searched = query.List.Text.Length > 0 });
        });
        fragments.MapGet("/actions/{itemId:guid}", async Task<IResult> (Guid groupId, Guid itemId, HttpContext http, IGrainFactory grains, ActionItemQueries queries, ActionItemHistory history, GroupAccess access) =>
            await ActionItemBodyModel.LoadAsync(grains, queries, history, access, groupId, itemId, http.User) is { } model
                ? new RazorComponentResult<ActionItemBody>(new { Model = model })
                : Results.NotFound());

        // A person's own list: nothing in the address says whose, the sign-in does.
        app.MapGet(MyActions.FragmentPath, async (string? view, string? q, string? sort, HttpContext http, ActionItemQueries queries) =>
        {
            var query = ActionListQuery.Read(q, sort);
            var items = await MyActionsList.LoadAsync(queries, http.User.UserId() ?? "", view == "organisation", query, http.RequestAborted);
            return new RazorComponentResult<MyActionsList>(new { Items = items, Query = query });
        }).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> CsvAsync(Guid groupId, ActionItemQueries queries, IStringLocalizer<Text> text, CancellationToken cancellationToken)
    {
        var items = await queries.BoardAsync(groupId, new BoardFilter(), cancellationToken);
        string?[] header =
        [
            text["Actions.Title"], text["Actions.OwnerPerson"], text["Actions.OwnerOrganisation"], text["Actions.DueDate"],
            text["Actions.Priority"], text["Actions.Status"], text["Actions.Overdue"],
        ];
        var rows = items.Select(i => (IReadOnlyList<string?>)
        [
            i.Title, i.OwnerName, i.OwnerOrganisationName,
            i.DueDate is { } due ? ViewerClock.Machine(due) : null,
            ActionItemForms.PriorityName(text, i.Priority), ActionItemForms.StatusName(text, i.Status),
            i.Overdue ? text["Actions.Overdue"] : "",
        ]);
        return Csv.File(Csv.Write(rows.Prepend(header)), "action-items.csv");
    }
}
