namespace Platform.Web.Reports;

/// <summary>Progress figures as CSV, under the same policies as the pages that link to them.</summary>
public static class ProgressEndpoints
{
    public static IEndpointRouteBuilder MapProgressEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/portfolio.csv", PortfolioCsvAsync)
            .WithName("PortfolioCsv")
            .RequireAuthorization(AccessPolicies.Donor);
        app.MapGet("/groups/{groupId:guid}/summary.csv", GroupCsvAsync)
            .WithName("GroupSummaryCsv")
            .RequireAuthorization(AccessPolicies.SeeGroupAggregates);
        return app;
    }

    private static async Task<IResult> PortfolioCsvAsync(
        HttpContext context, string? from, string? to, string? country, string? type,
        ProgressQueries queries, IStringLocalizer<Text> text, TimeProvider time, CancellationToken cancellationToken)
    {
        var filter = ProgressText.Filter(from, to, country, type, time.GetUtcNow());
        var groups = await queries.PortfolioAsync(context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", filter, cancellationToken);
        return Csv.File(ProgressCsv.Portfolio(text, filter, groups), "portfolio.csv");
    }

    private static async Task<IResult> GroupCsvAsync(
        Guid groupId, string? from, string? to, ProgressQueries queries, IncidentFigureQueries incidents, IStringLocalizer<Text> text, TimeProvider time, CancellationToken cancellationToken)
    {
        var filter = ProgressText.Filter(from, to, null, null, time.GetUtcNow());
        var group = await queries.GroupAsync(groupId, filter.Period, cancellationToken);
        return group is null ? Results.NotFound()
            : Csv.File(ProgressCsv.Group(text, filter, group, await incidents.GroupAsync(groupId, filter.Period, cancellationToken)), "group-summary.csv");
    }
}
