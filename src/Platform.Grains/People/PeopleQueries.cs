namespace Platform.Grains.People;

/// <summary>One line of the administrators' list of people.</summary>
public sealed record PersonSummary(
    string Id,
    string DisplayName,
    string Email,
    bool IsAdministrator,
    bool IsDonor,
    int Seats,
    int Facilitates,
    DateTimeOffset? LastSignedInAt,
    DateTimeOffset? DeactivatedAt,
    bool TwoStepEnabled,
    DateTimeOffset? TwoStepGraceUntil);

/// <summary>A seat the person holds: which group, in which role.</summary>
public sealed record PersonSeat(Guid GroupId, string GroupName, string Role);

/// <summary>A page of the list: at most the cap, and whether more matched.</summary>
public sealed record PeoplePage(IReadOnlyList<PersonSummary> People, bool More);

/// <summary>Reads for the administrators' people pages (/admin/people).</summary>
public sealed class PeopleQueries(Database database)
{
    /// <summary>How many people a list shows before asking to refine the search.</summary>
    public const int Cap = 50;

    private const string Columns = """
        u.id AS Id,
        u.display_name AS DisplayName,
        u.email AS Email,
        (SELECT COUNT(*) FROM user_role r WHERE r.user_id = u.id AND r.role = 'administrator') AS Administrator,
        (SELECT COUNT(*) FROM user_role r WHERE r.user_id = u.id AND r.role = 'donor') AS Donor,
        (SELECT COUNT(*) FROM membership m WHERE m.user_id = u.id) AS Seats,
        (SELECT COUNT(*) FROM membership m WHERE m.user_id = u.id AND m.role = 'facilitator') AS Facilitates,
        u.last_signed_in_at AS LastSignedInAt,
        u.deactivated_at AS DeactivatedAt,
        u.two_factor_enabled AS TwoStepEnabled,
        u.two_step_grace_until AS TwoStepGraceUntil
        """;

    // The name is compared in lower case and the address in upper case (normalized_email is Identity's upper-cased
    // form); LIKE's own wildcards in what was typed are escaped, so "%" finds a percent sign and not everyone.
    private const string Search = $"""
        SELECT {Columns}
        FROM user_account u
        WHERE LOWER(u.display_name) LIKE LOWER(@pattern) ESCAPE '\'
           OR u.normalized_email LIKE UPPER(@pattern) ESCAPE '\'
        ORDER BY LOWER(u.display_name), u.id
        LIMIT @limit
        """;

    /// <summary>People whose name or e-mail address contains <paramref name="search"/> (everyone when blank), by name, at most <see cref="Cap"/>.</summary>
    public async Task<PeoplePage> SearchAsync(string? search, CancellationToken cancellationToken = default)
    {
        var typed = search?.Trim();
        var pattern = string.IsNullOrEmpty(typed) ? "%" : "%" + typed.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";
        var rows = (await database.QueryAsync<PersonRow>(Search, new { pattern, limit = Cap + 1 }, cancellationToken)).ToList();
        return new PeoplePage([.. rows.Take(Cap).Select(r => r.ToSummary())], rows.Count > Cap);
    }

    private const string SelectOne = $"""
        SELECT {Columns}
        FROM user_account u
        WHERE u.id = @id
        """;

    public async Task<PersonSummary?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        var row = await database.QuerySingleOrDefaultAsync<PersonRow>(SelectOne, new { id }, cancellationToken);
        return row?.ToSummary();
    }

    private const string SelectSeats = """
        SELECT g.id AS GroupId,
               g.name AS GroupName,
               m.role AS Role
        FROM membership m
        JOIN working_group g ON g.id = m.working_group_id
        WHERE m.user_id = @id
        ORDER BY g.name, g.id
        """;

    public async Task<IReadOnlyList<PersonSeat>> SeatsAsync(string id, CancellationToken cancellationToken = default)
    {
        return [.. await database.QueryAsync<PersonSeat>(SelectSeats, new { id }, cancellationToken)];
    }

    private sealed class PersonRow
    {
        public string Id { get; set; } = "";
        public string DisplayName { get; set; } = "";
        public string Email { get; set; } = "";
        public long Administrator { get; set; }
        public long Donor { get; set; }
        public long Seats { get; set; }
        public long Facilitates { get; set; }
        public DateTimeOffset? LastSignedInAt { get; set; }
        public DateTimeOffset? DeactivatedAt { get; set; }
        public bool TwoStepEnabled { get; set; }
        public DateTimeOffset? TwoStepGraceUntil { get; set; }

        public PersonSummary ToSummary() => new(
            Id,
            DisplayName,
            Email,
            Administrator > 0,
            Donor > 0,
            (int)Seats,
            (int)Facilitates,
            LastSignedInAt,
            DeactivatedAt,
            TwoStepEnabled,
            TwoStepGraceUntil);
    }
}
