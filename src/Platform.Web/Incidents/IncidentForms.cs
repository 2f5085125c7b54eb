namespace Platform.Web.Incidents;

/// <summary>Reads the incident forms: each reader returns the value, or null after adding a localised message for the field.</summary>
public static class IncidentForms
{
    private static readonly LocalDatePattern Day = LocalDatePattern.Iso;

    /// <summary>The command for a report, or null with <paramref name="errors"/> filled (nothing half-read is sent).</summary>
    /// <param name="table">The organisations at the group's table and their stakeholder type (the only ones that may be named).</param>
    public static ReportIncident? Report(ReportInput input, FieldErrors errors, IStringLocalizer<Text> t, Guid groupId, IncidentChannel channel, string actorId, IReadOnlyDictionary<Guid, StakeholderType> table)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(table);
        if (!EnumText.TryParse<IncidentKind>(input.Kind, out var kind))
        {
            errors.Add(nameof(input.Kind), t["IncidentForm.KindRequired"]);
        }

        if (string.IsNullOrWhiteSpace(input.Narrative))
        {
            errors.Add(nameof(input.Narrative), Refusals.Message(t, IncidentRule.NarrativeRequired));
        }

        var latitude = Coordinate(input.Latitude, nameof(input.Latitude), errors, t);
        var longitude = Coordinate(input.Longitude, nameof(input.Longitude), errors, t);
        var from = Date(input.OccurredFrom, nameof(input.OccurredFrom), errors, t);
        var to = Date(input.OccurredTo, nameof(input.OccurredTo), errors, t);
        var received = channel.IsAccessPoint() ? Date(input.ReceivedOn, nameof(input.ReceivedOn), errors, t) : null;
        var affected = Affected(input, errors, t);
        var alleged = Alleged(input, table, errors, t);
        if (errors.Any || alleged is null)
        {
            return null;
        }

        IncidentPlace? place = string.IsNullOrWhiteSpace(input.Place) && latitude is null && longitude is null
            ? null
            : new IncidentPlace(input.Place ?? "", latitude, longitude);
        NewIdentity? reporter = string.IsNullOrWhiteSpace(input.ReporterName) && string.IsNullOrWhiteSpace(input.ReporterContact)
            ? null
            : new NewIdentity(input.ReporterName ?? "", input.ReporterContact);
        return new ReportIncident(groupId, channel, actorId, kind, input.Narrative!, place, from, to ?? from, alleged, affected, reporter, received);
    }

    /// <summary>Where a refusal of the report command shows on the report form; empty: at the top of the page.</summary>
    public static string ReportField(string? field) => field switch
    {
        null => "",
        "Coordinates" => nameof(ReportInput.Latitude),
        "Alleged" => nameof(ReportInput.AllegedOrganisations),
        "Affected" => nameof(ReportInput.Women),
        "Name" => nameof(ReportInput.ReporterName),
        "Contact" => nameof(ReportInput.ReporterContact),
        _ => field,
    };

    public static LocalDate? Date(string? text, string field, FieldErrors errors, IStringLocalizer<Text> t)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parsed = Day.Parse(text.Trim());
        if (parsed.Success)
        {
            return parsed.Value;
        }

        errors.Add(field, t["IncidentForm.DateInvalid"]);
        return null;
    }

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>]; blank reads as <paramref name="blank"/>.</summary>
    public static int? Number(string? text, string field, FieldErrors errors, IStringLocalizer<Text> t, int min, int max, int? blank = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return blank;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        errors.Add(field, string.Format(CultureInfo.CurrentCulture, t["IncidentForm.NumberBetween"], min, max));
        return null;
    }

    public static Guid? Id(string? text) => Guid.TryParse(text, out var id) ? id : null;

    private static int Count(string? text, string field, FieldErrors errors, IStringLocalizer<Text> t) =>
        Number(text, field, errors, t, 0, IncidentRules.AffectedMax, 0) ?? 0;

    private static decimal? Coordinate(string? text, string field, FieldErrors errors, IStringLocalizer<Text> t)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(field, Refusals.Message(t, IncidentRule.Coordinates));
        return null;
    }

    /// <summary>The counts of people affected (blank reads as 0); a wrong one adds its message under its own field.</summary>
    public static AffectedCounts Affected(PartiesInput input, FieldErrors errors, IStringLocalizer<Text> t)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new AffectedCounts(
            Count(input.Women, nameof(input.Women), errors, t), Count(input.Men, nameof(input.Men), errors, t),
            Count(input.Girls, nameof(input.Girls), errors, t), Count(input.Boys, nameof(input.Boys), errors, t),
            Count(input.Unknown, nameof(input.Unknown), errors, t));
    }

    public static List<AllegedParty>? Alleged(PartiesInput input, IReadOnlyDictionary<Guid, StakeholderType> table, FieldErrors errors, IStringLocalizer<Text> t)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(errors);
        var parties = new List<AllegedParty>();
        foreach (var typeText in input.AllegedTypes.Where(s => !string.IsNullOrEmpty(s)))
        {
            if (!EnumText.TryParse<StakeholderType>(typeText, out var type))
            {
                errors.Add(nameof(input.AllegedTypes), t["IncidentForm.ChoiceInvalid"]);
                return null;
            }

            parties.Add(new AllegedParty(null, type));
        }

        foreach (var idText in input.AllegedOrganisations.Where(s => !string.IsNullOrEmpty(s)))
        {
            if (!Guid.TryParse(idText, out var id) || !table.TryGetValue(id, out var type))
            {
                errors.Add(nameof(input.AllegedOrganisations), t["IncidentForm.ChoiceInvalid"]);
                return null;
            }

            parties.Add(new AllegedParty(id, type));
        }

        return parties;
    }
}
