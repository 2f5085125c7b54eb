namespace Platform.Web.ActionItems;

/// <summary>How a list of action items is ordered; <c>due</c> (soonest first, undated last) is the default.</summary>
public enum ActionSort
{
    Due,
    Priority,
    Title,
}

/// <summary>
/// The words a person searches action items by and the order they chose, read once from the query string (<c>q</c>,
/// <c>sort</c>) and applied the same way by the page and by its live fragment, so an update arriving live never undoes a
/// search. Every word must appear, in any case and with or without accents, in the title, the owner, the owner's
/// organisation or the group.
/// </summary>
public sealed record ActionListQuery(string Text, ActionSort Sort)
{
    public const int MaxTextLength = 100;

    private static readonly CompareInfo Compare = CultureInfo.InvariantCulture.CompareInfo;

    private const CompareOptions Loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;

    /// <summary>Anything a link could carry gives a list: an unknown order is the default, over-long words are cut.</summary>
    public static ActionListQuery Read(string? text, string? sort)
    {
        var words = SingleLine.Clean(text ?? "").Trim();
        var order = sort?.Trim().ToLowerInvariant() switch
        {
            "priority" => ActionSort.Priority,
            "title" => ActionSort.Title,
            _ => ActionSort.Due,
        };
        return new(words.Length > MaxTextLength ? words[..MaxTextLength] : words, order);
    }

    /// <summary>The reader searched or chose an order of their own.</summary>
    public bool Narrowed => Text.Length > 0 || Sort != ActionSort.Due;

    /// <summary>The query string this stands for (<c>q=…&amp;sort=…</c>), for links and fragment addresses.</summary>
    public string QueryString => $"q={Uri.EscapeDataString(Text)}&sort={SortValue(Sort)}";

    public static string SortValue(ActionSort sort) => sort.ToString().ToLowerInvariant();

    public IReadOnlyList<ActionItemView> Apply(IEnumerable<ActionItemView> items)
    {
        var words = Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var found = items.Where(item => words.All(word => Mentions(item, word)));
        return Sort switch
        {
            ActionSort.Priority => [.. found.OrderByDescending(i => i.Priority).ThenBy(i => i.DueDate is null).ThenBy(i => i.DueDate)],
            ActionSort.Title => [.. found.OrderBy(i => i.Title, StringComparer.Create(CultureInfo.CurrentCulture, CompareOptions.IgnoreCase))],
            _ => [.. found.OrderBy(i => i.DueDate is null).ThenBy(i => i.DueDate)],
        };
    }

    private static bool Mentions(ActionItemView item, string word) =>
        new[] { item.Title, item.OwnerName, item.OwnerOrganisationName, item.GroupName }
            .Any(field => field is not null && Compare.IndexOf(field, word, Loose) >= 0);
}
