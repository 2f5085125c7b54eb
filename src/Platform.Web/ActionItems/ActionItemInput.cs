namespace Platform.Web.ActionItems;

/// <summary>The new-item form as posted; origin ids are checked by the grain against the route's group.</summary>
public sealed class ActionItemInput
{
    [Display(Name = "Actions.Title")]
    public string? Title { get; set; }

    [Display(Name = "Actions.Description")]
    public string? Description { get; set; }

    [Display(Name = "Actions.OwnerPerson")]
    public string? OwnerUserId { get; set; }

    [Display(Name = "Actions.OwnerOrganisation")]
    public string? OwnerOrganisationId { get; set; }

    [Display(Name = "Actions.DueDate")]
    public string? DueDate { get; set; }

    [ShownAs("ActionPriority")]
    [Display(Name = "Actions.Priority")]
    public string? Priority { get; set; } = "normal";

    public string? MeetingId { get; set; }

    public string? OutcomeId { get; set; }

    public string? AgendaItemId { get; set; }

    /// <summary>Only when editing: the item version the form showed (a hidden field).</summary>
    public long Version { get; set; }
}

/// <summary>The progress form as posted.</summary>
public sealed class ProgressInput
{
    public string? Text { get; set; }

    public string? Status { get; set; }

    public string? EvidenceLink { get; set; }

    /// <summary>The command this form asks for; the grain checks the text and link.</summary>
    public AddActionItemProgress ToCommand(string actor) =>
        new(Text ?? "", EnumText.TryParse<ActionItemStatus>(Status, out var status) ? status : null, EvidenceLink, actor);

    /// <summary>The form as the page would bind it (fields <c>Input.*</c>), or null when a field came more than once.</summary>
    public static ProgressInput? FromForm(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (text, status, link) = (form["Input.Text"], form["Input.Status"], form["Input.EvidenceLink"]);
        return text.Count > 1 || status.Count > 1 || link.Count > 1
            ? null
            : new ProgressInput { Text = text.FirstOrDefault(), Status = status.FirstOrDefault(), EvidenceLink = link.FirstOrDefault() };
    }
}
