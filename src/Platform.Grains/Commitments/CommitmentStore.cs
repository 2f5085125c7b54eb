namespace Platform.Grains.Commitments;

/// <summary>The commitment row and the rows it owns; only the commitment grain writes them.</summary>
public sealed class CommitmentStore(Database database)
{
    private const string SelectCommitment = """
        SELECT working_group_id AS GroupId, organisation_id AS OrganisationId, text AS Text, standard AS Standard,
               status AS Status, verified_by AS VerifiedBy, verified_at AS VerifiedAt, version AS Version,
               created_at AS CreatedAt, updated_at AS UpdatedAt, incident_id AS IncidentId
        FROM commitment
        WHERE id = @id;
        SELECT id AS Id, title AS Title, due_date AS DueDate, done_at AS DoneAt, position AS Position
        FROM commitment_milestone
        WHERE commitment_id = @id
        ORDER BY position
        """;

    public async Task<CommitmentState?> LoadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.QueryMultipleAsync(new CommandDefinition(SelectCommitment, new { id }, cancellationToken: cancellationToken));
        var row = await reader.ReadSingleOrDefaultAsync<CommitmentRow>();
        var milestones = (await reader.ReadAsync<MilestoneRow>()).Select(m => new Milestone(
            m.Id, m.Title, m.DueDate, m.DoneAt, (int)m.Position));
        return row is null ? null : new CommitmentState(
            id,
            row.GroupId,
            row.OrganisationId,
            row.Text,
            EnumText.Parse<CommitmentStandard>(row.Standard),
            EnumText.Parse<CommitmentStatus>(row.Status),
            row.VerifiedBy,
            row.VerifiedAt,
            row.Version,
            row.CreatedAt,
            row.UpdatedAt,
            [.. milestones],
            row.IncidentId);
    }

    private const string SelectSeat = """
        SELECT organisation_id AS OrganisationId, role AS Role
        FROM membership
        WHERE working_group_id = @groupId AND user_id = @userId
        """;

    /// <summary>The organisation <paramref name="userId"/> acts for in the group and their role, or null when not seated.</summary>
    public async Task<(Guid OrganisationId, string Role)?> SeatAsync(Guid groupId, string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<(Guid OrganisationId, string Role)?>(
            new CommandDefinition(SelectSeat, new { groupId, userId }, cancellationToken: cancellationToken));
    }

    private const string InsertCommitmentRow = """
        INSERT INTO commitment (id, working_group_id, organisation_id, text, standard, status, verified_by, verified_at, version, created_at, updated_at, incident_id)
        VALUES (@id, @groupId, @organisationId, @text, @standard, @status, @verifiedBy, @verifiedAt, @version, @createdAt, @updatedAt, @incidentId)
        ON CONFLICT (id) DO NOTHING
        """;

    public static StateWrite Insert(CommitmentState state) => new(InsertCommitmentRow, Parameters(state, state.Version));

    private const string UpdateCommitmentRow = """
        UPDATE commitment
        SET text = @text, standard = @standard, status = @status, verified_by = @verifiedBy, verified_at = @verifiedAt,
            version = @version, updated_at = @updatedAt
        WHERE id = @id AND version = @expected
        """;

    public static StateWrite Update(CommitmentState next, long expectedVersion) => new(UpdateCommitmentRow, Parameters(next, expectedVersion));

    private const string InsertMilestoneRow = """
        INSERT INTO commitment_milestone (id, commitment_id, title, due_date, done_at, position)
        VALUES (@id, @commitmentId, @title, @dueDate, NULL, @position)
        """;

    public static StateWrite InsertMilestone(Guid commitmentId, Milestone m) => new(InsertMilestoneRow, new
    {
        id = m.Id,
        commitmentId,
        title = m.Title,
        dueDate = m.DueDate,
        position = m.Position,
    });

    private const string CompleteMilestoneRow = """
        UPDATE commitment_milestone SET done_at = @doneAt
        WHERE id = @id AND commitment_id = @commitmentId AND done_at IS NULL
        """;

    public static StateWrite Complete(Guid commitmentId, Guid milestoneId, DateTimeOffset doneAt) =>
        new(CompleteMilestoneRow, new { id = milestoneId, commitmentId, doneAt = StoredTime.Write(doneAt) });

    // Only open milestones change: a done one is part of the record (the grain refuses, the WHERE makes sure).
    private const string UpdateMilestoneRow = """
        UPDATE commitment_milestone SET title = @title, due_date = @dueDate
        WHERE id = @id AND commitment_id = @commitmentId AND done_at IS NULL
        """;

    public static StateWrite UpdateMilestone(Guid commitmentId, Milestone m) => new(UpdateMilestoneRow, new
    {
        id = m.Id,
        commitmentId,
        title = m.Title,
        dueDate = m.DueDate,
    });

    private const string DeleteMilestoneRow = """
        DELETE FROM commitment_milestone
        WHERE id = @id AND commitment_id = @commitmentId AND done_at IS NULL
        """;

    public static StateWrite DeleteMilestone(Guid commitmentId, Guid milestoneId) =>
        new(DeleteMilestoneRow, new { id = milestoneId, commitmentId });

    private const string InsertEvidenceRow = """
        INSERT INTO commitment_evidence (id, commitment_id, link, note, added_by, added_at)
        VALUES (@id, @commitmentId, @link, @note, @addedBy, @addedAt)
        """;

    public static StateWrite InsertEvidence(Guid commitmentId, string link, string note, string addedBy, DateTimeOffset addedAt) => new(InsertEvidenceRow, new
    {
        id = Guid.NewGuid(),
        commitmentId,
        link,
        note,
        addedBy,
        addedAt = StoredTime.Write(addedAt),
    });

    private static object Parameters(CommitmentState s, long expected) => new
    {
        id = s.Id,
        groupId = s.GroupId,
        organisationId = s.OrganisationId,
        text = s.Text,
        standard = EnumText.ToText(s.Standard),
        status = EnumText.ToText(s.Status),
        verifiedBy = s.VerifiedBy,
        verifiedAt = s.VerifiedAt is { } at ? StoredTime.Write(at) : null,
        version = s.Version,
        expected,
        createdAt = StoredTime.Write(s.CreatedAt),
        updatedAt = StoredTime.Write(s.UpdatedAt),
        incidentId = s.IncidentId,
    };

    private sealed record CommitmentRow(Guid GroupId, Guid OrganisationId, string Text, string Standard, string Status, string? VerifiedBy, DateTimeOffset? VerifiedAt, long Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, Guid? IncidentId);

    private sealed record MilestoneRow(Guid Id, string Title, LocalDate DueDate, DateTimeOffset? DoneAt, long Position);
}
