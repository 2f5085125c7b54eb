using Platform.Grains.ActionItems;
using Platform.Grains.MeetingRecords;

namespace Platform.Grains.Incidents;

/// <summary>What the group did about one incident: the agenda items that named it, their published outcomes, the action items and commitments that deal with it.</summary>
public sealed record IncidentChain(IReadOnlyList<ChainAgendaItem> AgendaItems, IReadOnlyList<ChainActionItem> ActionItems, IReadOnlyList<ChainCommitment> Commitments)
{
    public static readonly IncidentChain Empty = new([], [], []);

    public bool IsEmpty => AgendaItems.Count == 0 && ActionItems.Count == 0 && Commitments.Count == 0;
}

/// <summary>An agenda item on the incident, with its meeting's local day and the outcomes of its published record.</summary>
public sealed record ChainAgendaItem(Guid AgendaItemId, Guid MeetingId, string MeetingTitle, DateOnly MeetingDay, string Title, IReadOnlyList<ChainOutcome> Outcomes);

public sealed record ChainOutcome(OutcomeKind Kind, int? DecisionNumber, string Text, bool Restricted);

public sealed record ChainActionItem(Guid Id, string Title, ActionItemStatus Status, DateOnly? DueDate);

public sealed record ChainCommitment(Guid Id, string Text, string OrganisationName, CommitmentStatus Status);

/// <summary>An incident a facilitator may put on an agenda: its number and kind, never its content.</summary>
public sealed record AgendaIncident(Guid Id, int Number, IncidentKind Kind);

/// <summary>
/// The chain incident → agenda → decision → action item → commitment, for a viewer who sees the incident at least as
/// <see cref="IncidentSight.SharedSummary"/> (everyone who does is a member or facilitator, who read restricted parts of
/// records too); for anyone else it is empty. Outcomes come only from records that have been published.
/// </summary>
public sealed class IncidentChainQueries(Database database)
{
    private const string SelectChain = """
        SELECT a.id AS AgendaItemId, a.meeting_id AS MeetingId, m.title AS MeetingTitle, m.starts_local AS StartsLocal, a.title AS Title
        FROM agenda_item a
        JOIN meeting m ON m.id = a.meeting_id
        JOIN incident i ON i.id = a.incident_id AND i.working_group_id = m.working_group_id
        WHERE a.incident_id = @id
        ORDER BY m.starts_utc, a.position;
        SELECT o.agenda_item_id AS AgendaItemId, o.kind AS Kind, o.decision_number AS DecisionNumber, o.text AS Text, o.restricted AS Restricted
        FROM outcome o
        JOIN agenda_item a ON a.id = o.agenda_item_id
        WHERE a.incident_id = @id
          AND EXISTS (SELECT 1 FROM record_revision r WHERE r.meeting_id = o.meeting_id)
        ORDER BY o.seq, o.created_at;
        SELECT t.id AS Id, t.title AS Title, t.status AS Status, t.due_date AS DueDate
        FROM action_item t
        JOIN incident i ON i.id = @id AND i.working_group_id = t.working_group_id
        WHERE t.incident_id = @id
           OR t.agenda_item_id IN (SELECT a.id FROM agenda_item a WHERE a.incident_id = @id)
        ORDER BY t.created_at, t.id;
        SELECT c.id AS Id, c.text AS Text, o.name AS OrganisationName, c.status AS Status
        FROM commitment c
        JOIN organisation o ON o.id = c.organisation_id
        JOIN incident i ON i.id = @id AND i.working_group_id = c.working_group_id
        WHERE c.incident_id = @id
        ORDER BY c.created_at, c.id
        """;

    private const string SelectAgendaChoices = """
        SELECT i.id AS Id, i.number AS Number, i.kind AS Kind
        FROM incident i
        WHERE i.working_group_id = @groupId
          AND (i.status <> 'closed'
               OR EXISTS (SELECT 1 FROM agenda_item a WHERE a.incident_id = i.id AND a.meeting_id = @meetingId))
        ORDER BY i.number
        """;

    /// <summary>
    /// For the agenda editor (facilitators only): the group's open incidents, and any already on this meeting's agenda
    /// (a link stays when its incident closes).
    /// </summary>
    public async Task<IReadOnlyList<AgendaIncident>> AgendaChoicesAsync(Guid groupId, Guid meetingId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(Guid Id, long Number, string Kind)>(new CommandDefinition(
            SelectAgendaChoices, new { groupId, meetingId }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new AgendaIncident(r.Id, (int)r.Number, EnumText.Parse<IncidentKind>(r.Kind)))];
    }

    /// <summary>The chain of <paramref name="incidentId"/> as <paramref name="sight"/> (from <see cref="IncidentAudience"/>) allows.</summary>
    public async Task<IncidentChain> ChainAsync(Guid incidentId, IncidentSight sight, CancellationToken cancellationToken = default)
    {
        if (sight < IncidentSight.SharedSummary)
        {
            return IncidentChain.Empty;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.QueryMultipleAsync(new CommandDefinition(SelectChain, new { id = incidentId }, cancellationToken: cancellationToken));
        var agenda = (await reader.ReadAsync<(Guid AgendaItemId, Guid MeetingId, string MeetingTitle, string StartsLocal, string Title)>()).ToList();
        var outcomes = (await reader.ReadAsync<(Guid AgendaItemId, string Kind, long? DecisionNumber, string Text, bool Restricted)>())
            .ToLookup(o => o.AgendaItemId, o => new ChainOutcome(EnumText.Parse<OutcomeKind>(o.Kind), (int?)o.DecisionNumber, o.Text, o.Restricted));
        var items = (await reader.ReadAsync<(Guid Id, string Title, string Status, string? DueDate)>())
            .Select(t => new ChainActionItem(t.Id, t.Title, EnumText.Parse<ActionItemStatus>(t.Status), t.DueDate is null ? null : DateOnly.ParseExact(t.DueDate[..10], "yyyy-MM-dd")));
        var commitments = (await reader.ReadAsync<(Guid Id, string Text, string OrganisationName, string Status)>())
            .Select(c => new ChainCommitment(c.Id, c.Text, c.OrganisationName, EnumText.Parse<CommitmentStatus>(c.Status)));
        return new IncidentChain(
            [.. agenda.Select(a => new ChainAgendaItem(a.AgendaItemId, a.MeetingId, a.MeetingTitle, DateOnly.ParseExact(a.StartsLocal[..10], "yyyy-MM-dd"), a.Title, [.. outcomes[a.AgendaItemId]]))],
            [.. items],
            [.. commitments]);
    }
}
