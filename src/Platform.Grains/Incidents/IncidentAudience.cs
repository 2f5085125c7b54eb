namespace Platform.Grains.Incidents;

/// <summary>How much of one incident a viewer may see. Each level includes what the ones before it show.</summary>
[GenerateSerializer, Alias("rt.IncidentSight")]
public enum IncidentSight
{
    /// <summary>Nothing: the incident does not exist for this viewer (pages answer 404, lists omit it).</summary>
    None,

    /// <summary>Only the group's figures through the small-count rule (donors with the group in their portfolio, administrators).</summary>
    Counts,

    /// <summary>What the facilitator chose to share with the group: kind, status, the shared summary, the chain to meetings and actions.</summary>
    SharedSummary,

    /// <summary>The case without its people: severity, workflow, referrals, alleged parties; never the narrative, place, evidence, messages or identities.</summary>
    CaseWithoutPeople,

    /// <summary>Everything, identities included (each opening journalled).</summary>
    Details,
}

/// <summary>Who is looking, as far as incidents care: read fresh on every request, like <see cref="Access.GroupStanding"/>.</summary>
/// <param name="OrganisationType">The stakeholder type of the organisation the viewer acts for in the group.</param>
[GenerateSerializer, Immutable, Alias("rt.IncidentViewer")]
public sealed record IncidentViewer(
    bool GroupExists,
    GroupRole? Role,
    bool IsCaseHandler,
    bool IsAdministrator,
    bool IsDonorForGroup,
    Guid? OrganisationId,
    StakeholderType? OrganisationType)
{
    public static readonly IncidentViewer Nobody = new(false, null, false, false, false, null, null);

    /// <summary>Police, army and private security: they never see who reported or who was affected.</summary>
    public bool IsSecurityForce => OrganisationType is StakeholderType.PublicSecurityPolice or StakeholderType.PublicSecurityMilitary or StakeholderType.PrivateSecurity;

    /// <summary>May handle cases (see details, enter reports, run the workflow) in this group.</summary>
    public bool HandlesCases => GroupExists && (Role is GroupRole.Facilitator || (IsCaseHandler && Role is GroupRole.Member));
}

/// <summary>
/// The one rule for what anybody sees of an incident. Every surface (page, fragment, CSV, calendar, mail,
/// notification, hub frame) asks this and shows no more than the answer allows.
/// </summary>
public static class IncidentAudience
{
    /// <summary>
    /// What <paramref name="viewer"/> sees of an incident of their group whose alleged parties include
    /// <paramref name="allegedOrganisations"/> (organisations at the table); <paramref name="sharedWithGroup"/>: the
    /// facilitator wrote a summary for the group (members see nothing of an incident until then).
    /// </summary>
    public static IncidentSight SightOf(IncidentViewer viewer, IReadOnlyCollection<Guid> allegedOrganisations, bool sharedWithGroup)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(allegedOrganisations);
        if (!viewer.GroupExists)
        {
            return IncidentSight.None;
        }

        if (viewer.HandlesCases)
        {
            // Whatever else they may see: someone acting for the security forces or for an organisation alleged to be
            // involved never learns who reported or who was affected.
            var alleged = viewer.OrganisationId is { } mine && allegedOrganisations.Contains(mine);
            return viewer.IsSecurityForce || alleged ? IncidentSight.CaseWithoutPeople : IncidentSight.Details;
        }

        if (viewer.Role is GroupRole.Member)
        {
            return sharedWithGroup ? IncidentSight.SharedSummary : IncidentSight.None;
        }

        // Observers see nothing of incidents; donors and administrators the figures only.
        return viewer.IsDonorForGroup || viewer.IsAdministrator ? IncidentSight.Counts : IncidentSight.None;
    }

    /// <summary>What <paramref name="viewer"/> sees of the group's register as a whole (the list, before any one incident).</summary>
    public static IncidentSight RegisterSightOf(IncidentViewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return !viewer.GroupExists ? IncidentSight.None
            : viewer.HandlesCases ? (viewer.IsSecurityForce ? IncidentSight.CaseWithoutPeople : IncidentSight.Details)
            : viewer.Role is GroupRole.Member ? IncidentSight.SharedSummary
            : viewer.IsDonorForGroup || viewer.IsAdministrator ? IncidentSight.Counts
            : IncidentSight.None;
    }

    /// <summary>The journal's entity kind of an incident.</summary>
    public const string IncidentEntity = "incident";

    /// <summary>The journal's entity kind of a group's incident settings (handlers, intake, authorities).</summary>
    public const string SettingsEntity = "incident_settings";

    /// <summary>
    /// The journal's entity kinds kept out of what every follower of a group receives (live frames, catch-up, activity
    /// feed, digest): incidents, and the incident settings. Observers and security forces follow the group too: a frame
    /// would tell them that an incident moved and when (for a public report, the instant), and who handles cases or
    /// whether the group takes public reports. Pages that show either read it fresh, under the viewer's own rights. For
    /// SQL: <c>entity_kind NOT IN @keptKinds</c>, through <c>SqlDialects.Of(connection).Lists</c>.
    /// </summary>
    public static IReadOnlyList<string> KeptKinds { get; } = [IncidentEntity, SettingsEntity];

    /// <summary>Whether journal entries of <paramref name="entityKind"/> stay out of the group's feeds (see <see cref="KeptKinds"/>).</summary>
    public static bool KeptFromGroupFeeds(string entityKind) => KeptKinds.Contains(entityKind, StringComparer.Ordinal);

    /// <summary>
    /// <paramref name="state"/> as <paramref name="sight"/> may show it, so a surface cannot show more by accident. Below
    /// Details: no one who received or entered the report (for a member's report, that is the reporter) nor its instant
    /// (the day stays), nor how it was received (<see cref="IncidentChannel.Withheld"/>: "a member" would narrow down who
    /// reported, "the web form" that someone holds a receipt), no counts of people affected, no one who added evidence. Below CaseWithoutPeople: only kind,
    /// status, closure and the summary.
    /// </summary>
    public static IncidentState Cut(IncidentState state, IncidentSight sight)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (sight == IncidentSight.Details)
        {
            return state;
        }

        var withoutPeople = state with
        {
            EnteredBy = null,
            Channel = IncidentChannel.Withheld,
            HasReceipt = false,
            Affected = AffectedCounts.None,
            Steps = [.. state.Steps.Select(s => s.Status == IncidentStepStatus.Received ? s with { ActorId = null, At = null } : s)],
            Evidence = [.. state.Evidence.Select(e => e with { AddedBy = null })],
            IdentityCount = 0,
            MessageCount = 0,
        };
        return sight == IncidentSight.CaseWithoutPeople ? withoutPeople : withoutPeople with
        {
            OccurredFrom = null,
            OccurredTo = null,
            Severity = null,
            Alleged = [],
            ReferredOn = null,
            RetainUntil = null,
            Steps = [],
            Referrals = [],
            Evidence = [],
        };
    }
}
