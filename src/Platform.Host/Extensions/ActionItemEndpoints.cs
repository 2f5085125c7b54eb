using System.Text;
using Microsoft.Extensions.Localization;
using Platform.Grains.ActionItems;
using Platform.Web.Access;
using Platform.Web.ActionItems;
using Platform.Web.Localization;

namespace Platform.Host.Extensions;

/// <summary>The group's action items as CSV for spreadsheets; the ViewGroup policy guards it like the board.</summary>
internal static class ActionItemEndpoints
{
    public static IEndpointRouteBuilder MapActionItemEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/groups/{groupId:guid}/actions.csv", CsvAsync)
            .WithName("ActionItemsCsv")
            .RequireAuthorization(AccessPolicies.ViewGroup);
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
        // A byte order mark so spreadsheet programs read accents (Bogotá, Sécurité) as UTF-8.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Csv.Write(rows.Prepend(header)))).ToArray();
        return Results.File(bytes, "text/csv; charset=utf-8", "action-items.csv");
    }
}
