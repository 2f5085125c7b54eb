namespace Platform.Grains.WorkingGroups;

/// <summary>The statements a grain commits; each affects exactly one row or the whole command is refused.</summary>
public sealed partial class WorkingGroupStore
{
    // DO NOTHING on an existing id: zero rows means another host created it first, reported as a conflict.
    private const string InsertGroup = """
        INSERT INTO working_group (id, name, scope, country, region, time_zone, cadence, confidentiality_rule,
                                   non_attribution, terms_of_reference, status, version, created_at)
        VALUES (@id, @name, @scope, @country, @region, @timeZone, @cadence, @confidentialityRule,
                @nonAttribution, @termsOfReference, @status, @version, @createdAt)
        ON CONFLICT (id) DO NOTHING
        """;

    public static StateWrite Insert(WorkingGroupState state) => new(InsertGroup, GroupParameters(state, state.Version));

    private const string UpdateGroup = """
        UPDATE working_group
        SET name = @name,
            scope = @scope,
            country = @country,
            region = @region,
            time_zone = @timeZone,
            cadence = @cadence,
            confidentiality_rule = @confidentialityRule,
            non_attribution = @nonAttribution,
            terms_of_reference = @termsOfReference,
            status = @status,
            version = @version
        WHERE id = @id
          AND version = @expected
        """;

    /// <summary>Writes <paramref name="next"/> only if the row still has <paramref name="expectedVersion"/>.</summary>
    public static StateWrite Update(WorkingGroupState next, long expectedVersion) => new(UpdateGroup, GroupParameters(next, expectedVersion));

    // Issue 11: a donor never takes a seat. The grain refuses with a reason first; zero rows here (the role was given
    // meanwhile, on another host) refuses the whole command as a conflict.
    private const string InsertMembership = """
        INSERT INTO membership (working_group_id, user_id, organisation_id, role, joined_at)
        SELECT @groupId, @userId, @organisationId, @role, @joinedAt
        WHERE NOT EXISTS (SELECT 1 FROM user_role WHERE user_id = @userId AND role = 'donor')
        """;

    public static StateWrite InsertMember(Guid groupId, GroupMember member) => new(InsertMembership, new
    {
        groupId,
        userId = member.UserId,
        organisationId = member.OrganisationId,
        role = EnumText.ToText(member.Role),
        joinedAt = StoredTime.Write(member.JoinedAt),
    });

    private const string UpdateMembershipRole = """
        UPDATE membership
        SET role = @role
        WHERE working_group_id = @groupId
          AND user_id = @userId
        """;

    public static StateWrite UpdateRole(Guid groupId, string userId, GroupRole role) =>
        new(UpdateMembershipRole, new { groupId, userId, role = EnumText.ToText(role) });

    private const string DeleteMembership = """
        DELETE FROM membership
        WHERE working_group_id = @groupId
          AND user_id = @userId
        """;

    public static StateWrite DeleteMember(Guid groupId, string userId) => new(DeleteMembership, new { groupId, userId });

    private static object GroupParameters(WorkingGroupState state, long expected) => new
    {
        id = state.Id,
        name = state.Details.Name,
        scope = EnumText.ToText(state.Details.Scope),
        country = state.Details.Country,
        region = state.Details.Region,
        timeZone = state.Details.TimeZone,
        cadence = EnumText.ToText(state.Details.Cadence),
        confidentialityRule = state.Details.ConfidentialityRule,
        nonAttribution = state.Details.NonAttribution,
        termsOfReference = state.Details.TermsOfReference,
        status = EnumText.ToText(state.Status),
        version = state.Version,
        expected,
        createdAt = StoredTime.Write(state.CreatedAt),
    };
}
