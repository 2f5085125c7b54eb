namespace Platform.Grains.Commitments;

/// <summary>Read-only views over commitments for the list, detail and "my organisation's" pages.</summary>
public sealed class CommitmentQueries(Database database)
{
    private const string LineColumns = """
        SELECT c.id AS Id, c.working_group_id AS GroupId, g.name AS GroupName, o.name AS OrganisationName, c.text AS Text,
               c.standard AS Standard, c.status AS Status, c.verified_at IS NOT NULL AS Verified,
               (SELECT COUNT(*) FROM commitment_milestone m WHERE m.commitment_id = c.id AND m.done_at IS NOT NULL) AS Done,
               (SELECT COUNT(*) FROM commitment_milestone m WHERE m.commitment_id = c.id) AS Total
        FROM commitment c
        JOIN working_group g ON g.id = c.working_group_id
        JOIN organisation o ON o.id = c.organisation_id
        """;

    private const string SelectForGroup = LineColumns + """

        WHERE c.working_group_id = @groupId
        ORDER BY o.name, c.created_at
        """;

    public async Task<IReadOnlyList<CommitmentLine>> ForGroupAsync(Guid groupId, CancellationToken cancellationToken = default)
    {
        var rows = await database.QueryAsync<LineRow>(SelectForGroup, new { groupId }, cancellationToken);
        return [.. rows.Select(Line)];
    }

    // Only the organisation a person acts for in each group: a seat in group A for organisation X does not show
    // X's commitments in group B, where the person has no standing.
    private const string SelectForPerson = LineColumns + """

        JOIN membership s ON s.working_group_id = c.working_group_id AND s.organisation_id = c.organisation_id
        WHERE s.user_id = @userId
        ORDER BY g.name, o.name, c.created_at
        """;

    public async Task<IReadOnlyList<CommitmentLine>> ForPersonAsync(string userId, CancellationToken cancellationToken = default)
    {
        var rows = await database.QueryAsync<LineRow>(SelectForPerson, new { userId }, cancellationToken);
        return [.. rows.Select(Line)];
    }

    private const string SelectExtras = """
        SELECT o.name FROM commitment c JOIN organisation o ON o.id = c.organisation_id WHERE c.id = @id;
        SELECT u.display_name FROM commitment c JOIN user_account u ON u.id = c.verified_by WHERE c.id = @id;
        SELECT e.link AS Link, e.note AS Note, u.display_name AS AddedBy, e.added_at AS AddedAt
        FROM commitment_evidence e JOIN user_account u ON u.id = e.added_by
        WHERE e.commitment_id = @id ORDER BY e.added_at, e.id;
        SELECT j.action AS Action, u.display_name AS ActorName, j.occurred_at AS At
        FROM journal_entry j LEFT JOIN user_account u ON u.id = j.actor
        WHERE j.entity_kind = 'commitment' AND j.entity_key = @id ORDER BY j.seq;
        """;

    public async Task<CommitmentExtras> ExtrasAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.QueryMultipleAsync(new CommandDefinition(SelectExtras, new { id }, cancellationToken: cancellationToken));
        var organisation = await reader.ReadSingleOrDefaultAsync<string>() ?? "";
        var verifier = await reader.ReadSingleOrDefaultAsync<string>();
        var evidence = (await reader.ReadAsync<(string Link, string Note, string AddedBy, DateTimeOffset AddedAt)>())
            .Select(e => new EvidenceView(e.Link, e.Note, e.AddedBy, e.AddedAt));
        var history = (await reader.ReadAsync<(string Action, string? ActorName, DateTimeOffset At)>())
            .Select(h => new HistoryView(h.Action, h.ActorName, h.At));
        return new CommitmentExtras(organisation, verifier, [.. evidence], [.. history]);
    }

    private static CommitmentLine Line(LineRow r) => new(
        r.Id,
        r.GroupId,
        r.GroupName,
        r.OrganisationName,
        r.Text,
        EnumText.Parse<CommitmentStandard>(r.Standard),
        EnumText.Parse<CommitmentStatus>(r.Status),
        r.Verified,
        new Progress((int)r.Done, (int)r.Total));

    private sealed class LineRow
    {
        public Guid Id { get; set; }
        public Guid GroupId { get; set; }
        public string GroupName { get; set; } = "";
        public string OrganisationName { get; set; } = "";
        public string Text { get; set; } = "";
        public string Standard { get; set; } = "";
        public string Status { get; set; } = "";
        public bool Verified { get; set; }
        public long Done { get; set; }
        public long Total { get; set; }
    }
}
