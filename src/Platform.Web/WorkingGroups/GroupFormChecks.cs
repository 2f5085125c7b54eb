namespace Platform.Web.WorkingGroups;

/// <summary>Turns group forms into commands, with every problem placed next to its field in the reader's language.</summary>
public static class GroupFormChecks
{
    /// <summary>The details typed, or null with <paramref name="errors"/> filled.</summary>
    public static GroupDetails? Details(GroupDetailsInput input, FieldErrors errors, IStringLocalizer<Text> text)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        var scopeKnown = EnumText.TryParse<GroupScope>(input.Scope, out var scope);
        var cadenceKnown = EnumText.TryParse<MeetingCadence>(input.Cadence, out var cadence);
        var details = new GroupDetails(
            input.Name ?? "",
            scopeKnown ? scope : (GroupScope)(-1),
            input.Country ?? "",
            input.Region,
            input.TimeZone ?? "",
            cadenceKnown ? cadence : (MeetingCadence)(-1),
            input.ConfidentialityRule ?? "",
            input.NonAttribution,
            input.TermsOfReference ?? "");
        foreach (var (field, code) in details.Problems())
        {
            errors.Add($"Input.{field}", Refusals.Message(text, code));
        }

        return errors.Any ? null : details;
    }

    /// <summary>An organisation id from a select, or null with an error on <paramref name="field"/>.</summary>
    public static Guid? Organisation(string? value, FieldErrors errors, IStringLocalizer<Text> text, string field)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Guid.TryParse(value, out var id))
        {
            return id;
        }

        errors.Add(field, Refusals.Message(text, GroupRule.OrganisationUnknown));
        return null;
    }

    /// <summary>
    /// A seat form's e-mail, organisation and role, each error on its field under <paramref name="form"/> (<c>Add</c>,
    /// <c>Invite</c>); both values are null where anything is wrong.
    /// </summary>
    public static (Guid? Organisation, GroupRole? Role) Seat(SeatInput input, string form, FieldErrors errors, IStringLocalizer<Text> text)
    {
        ArgumentNullException.ThrowIfNull(input);
        FormChecks.Email(errors, text, $"{form}.Email", input.Email);
        var organisation = Organisation(input.OrganisationId, errors, text, $"{form}.OrganisationId");
        var role = Role(input.Role, errors, text, $"{form}.Role");
        return (organisation, role);
    }

    public static GroupRole? Role(string? value, FieldErrors errors, IStringLocalizer<Text> text, string field)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (EnumText.TryParse<GroupRole>(value, out var role))
        {
            return role;
        }

        errors.Add(field, Refusals.Message(text, GroupRule.RoleInvalid));
        return null;
    }

}
