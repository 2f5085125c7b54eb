using Platform.Web.Forms;

namespace Platform.Web.ActionItems;

/// <summary>
/// What a group's board shows, read once from its query string (<c>org</c>, <c>person</c>, <c>overdue</c>, <c>q</c>,
/// <c>sort</c>) by the page and by its live fragment, so both narrow, search and order the same way.
/// </summary>
public sealed record BoardQuery(BoardFilter Filter, ActionListQuery List)
{
    public static BoardQuery Read(string? org, string? person, string? overdue, string? text, string? sort) => new(
        new BoardFilter(Guid.TryParse(org, out var organisation) ? organisation : null, string.IsNullOrEmpty(person) ? null : person, QueryValue.Flag(overdue)),
        ActionListQuery.Read(text, sort));

    /// <summary>The reader narrowed the board (an owner, overdue only, words or an order of their own).</summary>
    public bool Narrowed => Filter.OwnerOrganisationId is not null || Filter.OwnerUserId is not null || Filter.OverdueOnly || List.Narrowed;

    /// <summary>The board's live fragment for the same view.</summary>
    public string FragmentUrl(Guid groupId) =>
        $"/groups/{groupId}/fragments/actions?org={Filter.OwnerOrganisationId}&person={Uri.EscapeDataString(Filter.OwnerUserId ?? "")}"
        + $"&overdue={(Filter.OverdueOnly ? "true" : "false")}&{List.QueryString}";
}
