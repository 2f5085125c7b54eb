namespace Platform.Grains.WorkingGroups;

/// <summary>The working_group row and its membership rows; only the group's grain writes them.</summary>
public sealed partial class WorkingGroupStore(Database database)
{
    private const string SelectGroup = """
        SELECT name AS Name,
               scope AS Scope,
               country AS Country,
               region AS Region,
               time_zone AS TimeZone,
               cadence AS Cadence,
               confidentiality_rule AS ConfidentialityRule,
               non_attribution AS NonAttribution,
               terms_of_reference AS TermsOfReference,
               status AS Status,
               created_at AS CreatedAt,
               version AS Version
        FROM working_group
        WHERE id = @id;

        SELECT user_id AS UserId,
               organisation_id AS OrganisationId,
               role AS Role,
               joined_at AS JoinedAt
        FROM membership
        WHERE working_group_id = @id
        ORDER BY joined_at, user_id;
        """;

    /// <summary>The stored group with its members, or null when there is none.</summary>
    public async Task<WorkingGroupState?> LoadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.QueryMultipleAsync(new CommandDefinition(SelectGroup, new { id }, cancellationToken: cancellationToken));
        var row = await reader.ReadSingleOrDefaultAsync<GroupRow>();
        if (row is null)
        {
            return null;
        }

        var members = (await reader.ReadAsync<MemberRow>())
            .Select(m => new GroupMember(m.UserId, m.OrganisationId, EnumText.Parse<GroupRole>(m.Role), m.JoinedAt))
            .ToList();
        var details = new GroupDetails(
            row.Name,
            EnumText.Parse<GroupScope>(row.Scope),
            row.Country,
            row.Region,
            row.TimeZone,
            EnumText.Parse<MeetingCadence>(row.Cadence),
            row.ConfidentialityRule,
            row.NonAttribution,
            row.TermsOfReference);
        return new WorkingGroupState(id, details, EnumText.Parse<GroupStatus>(row.Status), members, row.CreatedAt, row.Version);
    }

    private const string SelectReferences = """
        SELECT
            EXISTS (SELECT 1 FROM organisation WHERE id = @organisationId) AS OrganisationExists,
            EXISTS (SELECT 1 FROM user_account WHERE id = @userId) AS PersonExists,
            EXISTS (SELECT 1 FROM user_role WHERE user_id = @userId AND role = 'donor') AS PersonIsDonor
        """;

    /// <summary>
    /// Whether the organisation and the person a membership names exist, and whether the person is a donor (who may not
    /// sit in a group), so the grain can refuse with a clear code.
    /// </summary>
    public async Task<(bool OrganisationExists, bool PersonExists, bool PersonIsDonor)> ReferencesExistAsync(Guid organisationId, string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync<(bool, bool, bool)>(new CommandDefinition(
            SelectReferences, new { organisationId, userId }, cancellationToken: cancellationToken));
    }

    private sealed class GroupRow
    {
        public string Name { get; set; } = "";
        public string Scope { get; set; } = "";
        public string Country { get; set; } = "";
        public string? Region { get; set; }
        public string TimeZone { get; set; } = "";
        public string Cadence { get; set; } = "";
        public string ConfidentialityRule { get; set; } = "";
        public bool NonAttribution { get; set; }
        public string TermsOfReference { get; set; } = "";
        public string Status { get; set; } = "";
        public DateTimeOffset CreatedAt { get; set; }
        public long Version { get; set; }
    }

    private sealed class MemberRow
    {
        public string UserId { get; set; } = "";
        public Guid OrganisationId { get; set; }
        public string Role { get; set; } = "";
        public DateTimeOffset JoinedAt { get; set; }
    }
}
