namespace Platform.Host.Tests.Access;

/// <summary>The people of the authorisation tests, seated with plain SQL in group A (and one in group B).</summary>
/// <remarks>The membership and portfolio rows are written directly so these tests need no other slice's stores.</remarks>
internal sealed class Personas(PlatformFactory factory)
{
    private const string Now = "2026-01-01T00:00:00.0000000Z";

    public Guid GroupA { get; } = Guid.NewGuid();

    public Guid GroupB { get; } = Guid.NewGuid();

    public Guid Organisation { get; } = Guid.NewGuid();

    /// <summary>One meeting in each group, so routes with {meetingId} are called with the meeting of the group in the route.</summary>
    public Guid MeetingA { get; } = Guid.NewGuid();

    public Guid MeetingB { get; } = Guid.NewGuid();

    /// <summary>One commitment in each group (pledged by <see cref="Organisation"/>), for routes with {commitmentId}.</summary>
    public Guid CommitmentA { get; } = Guid.NewGuid();

    public Guid CommitmentB { get; } = Guid.NewGuid();
    /// <summary>One action item in each group (owned by the organisation, no person), for routes with {itemId}.</summary>
    public Guid ActionA { get; } = Guid.NewGuid();

    public Guid ActionB { get; } = Guid.NewGuid();

    private const string InsertMeetingsCommitmentsAndItems = """
        INSERT INTO meeting (id, working_group_id, title, starts_local, ends_local, time_zone, starts_utc, ends_utc, version, created_at)
        VALUES (@meetingA, @a, 'Reunión mensual', '2026-12-01T09:00', '2026-12-01T11:00', 'America/Bogota',
                '2026-12-01T14:00:00.0000000Z', '2026-12-01T16:00:00.0000000Z', 1, @now),
               (@meetingB, @b, 'Plenaria', '2026-12-02T09:00', '2026-12-02T11:00', 'America/Bogota',
                '2026-12-02T14:00:00.0000000Z', '2026-12-02T16:00:00.0000000Z', 1, @now);
        INSERT INTO commitment (id, working_group_id, organisation_id, text, standard, status, version, created_at, updated_at)
        VALUES (@commitmentA, @a, @organisation, 'Capacitar a los vigilantes', 'voluntary_principles', 'on_track', 1, @now, @now),
               (@commitmentB, @b, @organisation, 'Publicar el informe anual', 'oecd_due_diligence', 'on_track', 1, @now, @now);
        INSERT INTO action_item (id, working_group_id, title, owner_organisation_id, version, created_at, updated_at)
        VALUES (@actionA, @a, 'Informe de incidentes', @organisation, 1, @now, @now),
               (@actionB, @b, 'Revisión del protocolo', @organisation, 1, @now, @now);
        """;

    private readonly TestData data = new(factory.Services.GetRequiredService<Database>(), Now);

    /// <summary>A new <see cref="Personas"/> on <paramref name="factory"/> whose groups, meetings, commitments and items are written.</summary>
    public static async Task<Personas> SeededAsync(PlatformFactory factory)
    {
        var seed = new Personas(factory);
        await seed.SeedGroupsAsync();
        return seed;
    }

    public async Task SeedGroupsAsync()
    {
        await data.GroupAsync("Mesa minera de Segovia", id: GroupA);
        await data.GroupAsync("Grupo nacional de Principios Voluntarios", scope: "national", id: GroupB);
        await data.OrganisationAsync("Cooperativa La Esperanza", "asm_organisation", id: Organisation);
        await ExecuteAsync(InsertMeetingsCommitmentsAndItems, new
        {
            a = GroupA.ToString(),
            b = GroupB.ToString(),
            organisation = Organisation.ToString(),
            meetingA = MeetingA.ToString(),
            meetingB = MeetingB.ToString(),
            commitmentA = CommitmentA.ToString(),
            commitmentB = CommitmentB.ToString(),
            actionA = ActionA.ToString(),
            actionB = ActionB.ToString(),
            now = Now,
        });
    }

    /// <summary>Real seeded ids for the route parameters, the things inside a group following <paramref name="groupId"/> (A or B).</summary>
    /// <remarks>{milestoneId} is unknown on purpose: that page answers "not found" inside an allowed route.</remarks>
    public Dictionary<string, string> RouteValues(Guid groupId) => new(StringComparer.Ordinal)
    {
        ["groupId"] = groupId.ToString(),
        ["meetingId"] = (groupId == GroupA ? MeetingA : MeetingB).ToString(),
        ["commitmentId"] = (groupId == GroupA ? CommitmentA : CommitmentB).ToString(),
        ["itemId"] = (groupId == GroupA ? ActionA : ActionB).ToString(),
        ["organisationId"] = Organisation.ToString(),
        ["milestoneId"] = Guid.NewGuid().ToString(),
        // No such incident: the register policy lets seated members through, then the page answers 404 (IncidentPagesTests
        // calls real incidents as every persona).
        ["incidentId"] = Guid.NewGuid().ToString(),
        ["evidenceId"] = Guid.NewGuid().ToString(),
        ["path"] = "no-such-page",
        // The jobs dashboard's own pages sit under its catch-all: a real one.
        ["/admin/jobs/{**path}#path"] = "recurring",
    };

    /// <summary>Creates a person who can sign in, with an optional platform role.</summary>
    public async Task<string> PersonAsync(string email, string? platformRole = null) => (await factory.CreateUserAsync(email, platformRole)).Id;

    public Task SeatAsync(Guid groupId, string userId, string role, Guid? organisationId = null) =>
        data.SeatAsync(groupId, userId, organisationId ?? Organisation, role);

    /// <summary>Creates <paramref name="email"/>, seats them in <paramref name="groupId"/> as <paramref name="role"/> and signs them in.</summary>
    public async Task<FormClient> SeatedBrowserAsync(string email, Guid groupId, string role)
    {
        await SeatAsync(groupId, await PersonAsync(email), role);
        return await factory.SignedInAsync(email);
    }

    public Task UnseatAsync(Guid groupId, string userId) => data.UnseatAsync(groupId, userId);

    public Task PortfolioAsync(string userId, Guid groupId) => data.PortfolioAsync(userId, groupId);

    public Task RemoveRoleAsync(string userId, string role) => data.RemoveRoleAsync(userId, role);

    /// <summary>An organisation of another stakeholder type, to seat people for it.</summary>
    public Task<Guid> OrganisationAsync(string name, string type = "civil_society") => data.OrganisationAsync(name, type);

    public Task ExecuteAsync(string sql, object? parameters = null) => data.ExecuteAsync(sql, parameters);

    public Task<T> ScalarAsync<T>(string sql, object? parameters = null) => data.ScalarAsync<T>(sql, parameters);
}
