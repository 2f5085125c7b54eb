using Platform.Web.Incidents;

namespace Platform.Web.Incidents;

/// <summary>
/// The assess form: severity and kind for every case handler; the alleged parties and the counts of people affected,
/// prefilled from the case, only for those who see its people (the grain refuses them from anyone else).
/// </summary>
public sealed partial class IncidentPage
{
    private static readonly string[] Scales = ["Scale", "Scope", "Irremediability"];

    // The organisations that may be named: those at the table, and any already named that has left it (kept, not dropped).
    private IReadOnlyList<(Guid Id, string Name)> parties = [];
    private Dictionary<Guid, StakeholderType> table = [];

    private string? Chosen(string scale) => scale switch
    {
        "Scale" => Assess?.Scale ?? state?.Severity?.Scale.ToString(CultureInfo.InvariantCulture),
        "Scope" => Assess?.Scope ?? state?.Severity?.Scope.ToString(CultureInfo.InvariantCulture),
        _ => Assess?.Irremediability ?? state?.Severity?.Irremediability.ToString(CultureInfo.InvariantCulture),
    };

    private void LoadParties(IReadOnlyList<MemberView> members)
    {
        var atTable = members.DistinctBy(m => m.OrganisationId).ToList();
        var named = (state?.Alleged ?? []).Where(a => a.OrganisationId is { } id && atTable.TrueForAll(m => m.OrganisationId != id)).ToList();
        table = atTable.ToDictionary(m => m.OrganisationId, m => m.StakeholderType);
        foreach (var party in named)
        {
            table.TryAdd(party.OrganisationId!.Value, party.Type);
        }

        parties =
        [
            .. atTable.OrderBy(m => m.OrganisationName, StringComparer.CurrentCulture).Select(m => (m.OrganisationId, m.OrganisationName)),
            .. named.Select(a => (a.OrganisationId!.Value, IncidentWords.Stakeholder(T, a.Type))),
        ];
    }

    /// <summary>The form as the case stands; the people's side (parties, counts) only for Details.</summary>
    private StepInput PrefilledAssess()
    {
        if (sight != IncidentSight.Details || state is null)
        {
            return new();
        }

        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        var counts = state.Affected;
        return new()
        {
            AllegedOrganisations = [.. state.Alleged.Where(a => a.OrganisationId is not null).Select(a => a.OrganisationId!.Value.ToString())],
            AllegedTypes = [.. state.Alleged.Where(a => a.OrganisationId is null).Select(a => EnumText.ToText(a.Type))],
            Women = N(counts.Women),
            Men = N(counts.Men),
            Girls = N(counts.Girls),
            Boys = N(counts.Boys),
            Unknown = N(counts.Unknown),
        };
    }

    private Task AssessAsync()
    {
        var scale = IncidentForms.Number(Assess!.Scale, "Severity", errors, T, IncidentSeverity.Min, IncidentSeverity.Max);
        var scope = IncidentForms.Number(Assess.Scope, "Severity", errors, T, IncidentSeverity.Min, IncidentSeverity.Max);
        var irremediability = IncidentForms.Number(Assess.Irremediability, "Severity", errors, T, IncidentSeverity.Min, IncidentSeverity.Max);
        IncidentKind? kind = EnumText.TryParse<IncidentKind>(Assess.Kind, out var k) ? k : null;
        IReadOnlyList<AllegedParty>? alleged = null;
        AffectedCounts? affected = null;
        // Whatever was posted goes to the grain, which alone decides who may correct it. A handler who does not see the
        // case's people never got these fields (a forged post): their reading errors are not shown, the grain's refusal is.
        var read = sight == IncidentSight.Details ? errors : new FieldErrors();
        if (Assess.CarriesCounts)
        {
            affected = IncidentForms.Affected(Assess, read, T);
        }

        if (Assess.CarriesAlleged)
        {
            alleged = IncidentForms.Alleged(Assess, table, read, T) ?? [];
        }

        return scale is null || scope is null || irremediability is null || errors.Any
            ? Task.CompletedTask
            : StepAsync(Assess, actor => Grain.AssessAsync(new AssessIncident(
                new IncidentSeverity(scale.Value, scope.Value, irremediability.Value), actor, kind, alleged, affected, Assess.Version)));
    }

    /// <summary>Where a refusal of the assess command's parties or counts shows on its form.</summary>
    private static string? PartiesField(string? field) => field switch
    {
        null => null,
        "Alleged" => nameof(StepInput.AllegedOrganisations),
        "Affected" => nameof(StepInput.Women),
        _ => field,
    };
}
