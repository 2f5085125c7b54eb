namespace Platform.Web.ActionItems;

/// <summary>Turns posted action item forms into commands, putting each problem next to its field.</summary>
public static class ActionItemForms
{
    public static ActionItemDetails? Details(ActionItemInput input, FieldErrors errors, IStringLocalizer<Text> text)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        LocalDate? due = null;
        if (!string.IsNullOrWhiteSpace(input.DueDate))
        {
            var parsed = LocalDatePattern.Iso.Parse(input.DueDate.Trim());
            if (parsed.Success)
            {
                due = parsed.Value;
            }
            else
            {
                errors.Add("Input.DueDate", Refusals.Message(text, ActionItemRule.DueDateInvalid));
            }
        }

        Guid? org = null;
        if (!string.IsNullOrEmpty(input.OwnerOrganisationId))
        {
            org = Guid.TryParse(input.OwnerOrganisationId, out var o) ? o : null;
        }

        if (!EnumText.TryParse<ActionItemPriority>(input.Priority, out var priority))
        {
            errors.Add("Input.Priority", Refusals.Message(text, ActionItemRule.PriorityInvalid));
        }

        var details = new ActionItemDetails(input.Title ?? "", input.Description, input.OwnerUserId, org, due, priority).Trimmed();
        foreach (var (field, code) in details.Problems())
        {
            errors.Add(FieldOf(field), Refusals.Message(text, code));
        }

        return errors.Any ? null : details;
    }

    public static ActionItemOrigin? Origin(ActionItemInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var origin = new ActionItemOrigin(Id(input.MeetingId), Id(input.OutcomeId), Id(input.AgendaItemId));
        return origin is { MeetingId: null, OutcomeId: null, AgendaItemId: null } ? null : origin;
    }

    /// <summary>The form field a grain's field name belongs to ("Owner" → the person select).</summary>
    public static string FieldOf(string? grainField) => grainField switch
    {
        null => "",
        "Owner" => "Input.OwnerUserId",
        _ => $"Input.{grainField}",
    };


    public static string StatusName(IStringLocalizer<Text> text, ActionItemStatus status)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[$"ActionStatus.{status}"];
    }

    public static string PriorityName(IStringLocalizer<Text> text, ActionItemPriority priority)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[$"ActionPriority.{priority}"];
    }

    private static Guid? Id(string? text) => Guid.TryParse(text, out var id) ? id : null;
}
