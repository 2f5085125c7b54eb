namespace Platform.Web.Incidents;

/// <summary>
/// The public report form as posted: every value kept as typed (so a refused form comes back as the person left it),
/// and <see cref="Check"/>, which turns it into a <see cref="PublicReport"/> or says, field by field, what to fix.
/// </summary>
public sealed class ReportForm
{
    public const int MaxNarrative = IncidentRules.NarrativeMax;
    public const int MaxPlace = IncidentRules.PlaceMax;
    public const int MaxName = IncidentRules.NameMax;
    public const int MaxContact = IncidentRules.ContactMax;
    public const int MaxCount = IncidentRules.AffectedMax;
    public const int MaxMessage = IncidentRules.MessageMax;

    public string Kind { get; init; } = "";
    public string Narrative { get; init; } = "";
    public string Place { get; init; } = "";
    public string From { get; init; } = "";
    public string To { get; init; } = "";
    public IReadOnlySet<string> Involved { get; init; } = new HashSet<string>();
    public IReadOnlyDictionary<string, string> Affected { get; init; } = new Dictionary<string, string>();
    public string Name { get; init; } = "";
    public string Contact { get; init; } = "";

    public static ReportForm Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new ReportForm
        {
            Kind = form["kind"].ToString(),
            Narrative = form["narrative"].ToString(),
            Place = form["place"].ToString(),
            From = form["from"].ToString(),
            To = form["to"].ToString(),
            Involved = form["involved"].Select(v => v ?? "").ToHashSet(StringComparer.Ordinal),
            Affected = IntakeChoices.AffectedFields.ToDictionary(f => f, f => form["affected-" + f.ToLowerInvariant()].ToString()),
            Name = form["name"].ToString(),
            Contact = form["contact"].ToString(),
        };
    }

    /// <summary>The report, or null with <paramref name="errors"/> filled; <paramref name="today"/> is the latest day an incident may have happened.</summary>
    public PublicReport? Check(FieldErrors errors, IStringLocalizer<Text> text, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(text);
        if (!EnumText.TryParse<IncidentKind>(Kind, out var kind))
        {
            errors.Add("kind", text["Intake.Error.Kind"]);
        }

        var narrative = Narrative.Trim();
        if (narrative.Length == 0)
        {
            errors.Add("narrative", text["Intake.Error.NarrativeRequired"]);
        }
        else if (narrative.Length > MaxNarrative)
        {
            errors.Add("narrative", text["Intake.Error.TooLong", MaxNarrative]);
        }

        var place = SingleLine.Clean(Place).Trim();
        if (place.Length > MaxPlace)
        {
            errors.Add("place", text["Intake.Error.TooLong", MaxPlace]);
        }

        var from = Day(errors, text, "from", From, today);
        var to = Day(errors, text, "to", To, today);
        if (to is not null && from is null && errors["from"] is null)
        {
            errors.Add("from", text["Intake.Error.FromMissing"]);
        }
        else if (to is { } last && from is { } first && last < first)
        {
            errors.Add("to", text["Intake.Error.ToBeforeFrom"]);
        }

        var involved = new List<StakeholderType>();
        foreach (var value in Involved)
        {
            if (EnumText.TryParse<StakeholderType>(value, out var type) && IntakeChoices.Involved.Contains(type))
            {
                involved.Add(type);
            }
        }

        var counts = IntakeChoices.AffectedFields.Select(f => Count(errors, text, f)).ToList();
        var identity = CheckIdentity(errors, text, Name, Contact);
        if (errors.Any)
        {
            return null;
        }

        return new PublicReport(
            kind, narrative, place.Length == 0 ? null : place, from, to ?? from, [.. IntakeChoices.Involved.Where(involved.Contains)],
            new AffectedCounts(counts[0], counts[1], counts[2], counts[3], counts[4]), identity);
    }

    /// <summary>The name and contact a reporter chose to give (null when both are empty); a contact needs a name to ask for.</summary>
    public static NewIdentity? CheckIdentity(FieldErrors errors, IStringLocalizer<Text> text, string typedName, string typedContact)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(text);
        var name = SingleLine.Clean(typedName ?? "").Trim();
        var contact = (typedContact ?? "").Trim();
        if (name.Length > MaxName)
        {
            errors.Add("name", text["Intake.Error.TooLong", MaxName]);
        }
        else if (name.Length == 0 && contact.Length > 0)
        {
            errors.Add("name", text["Intake.Error.NameForContact"]);
        }

        if (contact.Length > MaxContact)
        {
            errors.Add("contact", text["Intake.Error.TooLong", MaxContact]);
        }

        return name.Length == 0 || errors["name"] is not null || errors["contact"] is not null ? null : new NewIdentity(name, contact.Length == 0 ? null : contact);
    }

    private static LocalDate? Day(FieldErrors errors, IStringLocalizer<Text> text, string field, string value, LocalDate today)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(trimmed);
        if (!parsed.Success)
        {
            errors.Add(field, text["Intake.Error.Day"]);
            return null;
        }

        if (parsed.Value > today)
        {
            errors.Add(field, text["Intake.Error.DayInFuture"]);
            return null;
        }

        return parsed.Value;
    }

    private int Count(FieldErrors errors, IStringLocalizer<Text> text, string field)
    {
        var value = Affected.GetValueOrDefault(field, "").Trim();
        if (value.Length == 0)
        {
            return 0;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= MaxCount)
        {
            return count;
        }

        errors.Add("affected-" + field.ToLowerInvariant(), text["Intake.Error.Count", MaxCount]);
        return 0;
    }
}
