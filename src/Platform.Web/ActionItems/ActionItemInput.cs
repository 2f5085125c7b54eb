namespace Platform.Web.ActionItems;

/// <summary>The new-item form as posted; origin ids are checked by the grain against the route's group.</summary>
public sealed class ActionItemInput
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? OwnerUserId { get; set; }

    public string? OwnerOrganisationId { get; set; }

    public string? DueDate { get; set; }

    public string? Priority { get; set; } = "normal";

    public string? MeetingId { get; set; }

    public string? OutcomeId { get; set; }

    public string? AgendaItemId { get; set; }
}

/// <summary>The progress form as posted.</summary>
public sealed class ProgressInput
{
    public string? Text { get; set; }

    public string? Status { get; set; }

    public string? EvidenceLink { get; set; }
}
