namespace Platform.Grains.Organisations;

/// <summary>
/// Creates and edits organisations, each change with its journal entry in one transaction. Not a grain: an
/// organisation is created once and edited rarely, and the unique (normalized_name, country) key guards the only invariant.
/// </summary>
public sealed class OrganisationStore(Database database, JournalWriter journal, TimeProvider time)
{
    private const string EntityKind = "organisation";

    private const string SelectSameName = """
        SELECT id
        FROM organisation
        WHERE normalized_name = @NormalizedName
          AND country = @Country
          AND id <> @Id
        """;

    // SQLite transactions begin IMMEDIATE, so no other writer slips in between this check and the write;
    // elsewhere the unique constraint ux_organisation_normalized_name_country remains the backstop.
    private static async Task<Guid?> FindSameNameAsync(DbConnection connection, DbTransaction transaction, Guid id, string normalizedName, string country, CancellationToken cancellationToken)
    {
        return await connection.QueryFirstOrDefaultAsync<Guid?>(new CommandDefinition(
            SelectSameName, new { Id = id, NormalizedName = normalizedName, Country = country }, transaction, cancellationToken: cancellationToken));
    }

    private const string Insert = """
        INSERT INTO organisation (
            id,
            name,
            normalized_name,
            stakeholder_type,
            country,
            description,
            website,
            created_at,
            created_by)
        VALUES (
            @Id,
            @Name,
            @NormalizedName,
            @StakeholderType,
            @Country,
            @Description,
            @Website,
            @CreatedAt,
            @CreatedBy)
        """;

    /// <summary>Creates the organisation unless one with the same name already sits in the same country.</summary>
    public async Task<OrganisationSaveResult> CreateAsync(OrganisationDetails details, string? actor, CancellationToken cancellationToken = default)
    {
        OrganisationRules.Ensure(details);
        var id = Guid.NewGuid();
        var row = Row(id, details);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await FindSameNameAsync(connection, transaction, id, row.NormalizedName, row.Country, cancellationToken) is { } existing)
        {
            return new(OrganisationSaveStatus.Duplicate, existing);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            Insert, new { row.Id, row.Name, row.NormalizedName, row.StakeholderType, row.Country, row.Description, row.Website, CreatedAt = StoredTime.Write(time.GetUtcNow()), CreatedBy = actor }, transaction, cancellationToken: cancellationToken));
        await journal.AppendAsync(connection, transaction, Entry(id, "created", actor, $"Organisation created: {row.Name} ({row.Country}, {row.StakeholderType})"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(OrganisationSaveStatus.Saved, id);
    }

    private const string Update = """
        UPDATE organisation
        SET name = @Name,
            normalized_name = @NormalizedName,
            stakeholder_type = @StakeholderType,
            country = @Country,
            description = @Description,
            website = @Website,
            version = @Version + 1
        WHERE id = @Id
          AND version = @Version
        """;

    private const string SelectVersion = """
        SELECT version
        FROM organisation
        WHERE id = @Id
        """;

    /// <summary>
    /// Edits the organisation under the same duplicate rule as <see cref="CreateAsync"/>. <paramref name="expectedVersion"/>
    /// is the version the form showed; a newer stored one throws <see cref="EditConflictException"/> and writes nothing.
    /// </summary>
    public async Task<OrganisationSaveResult> UpdateAsync(Guid id, OrganisationDetails details, string? actor, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        OrganisationRules.Ensure(details);
        var row = Row(id, details);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var stored = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(SelectVersion, new { row.Id }, transaction, cancellationToken: cancellationToken));
        if (stored is not { } version)
        {
            return new(OrganisationSaveStatus.NotFound, id);
        }

        EditVersion.Require(expectedVersion, version, EntityKind, row.Id);
        if (await FindSameNameAsync(connection, transaction, id, row.NormalizedName, row.Country, cancellationToken) is { } existing)
        {
            return new(OrganisationSaveStatus.Duplicate, existing);
        }

        // Another writer between the read and this statement (possible outside SQLite) moved the version on.
        if (await connection.ExecuteAsync(new CommandDefinition(Update, new { row.Id, row.Name, row.NormalizedName, row.StakeholderType, row.Country, row.Description, row.Website, Version = version }, transaction, cancellationToken: cancellationToken)) != 1)
        {
            throw new EditConflictException(EntityKind, row.Id, expectedVersion ?? version, version + 1);
        }

        await journal.AppendAsync(connection, transaction, Entry(id, "updated", actor, $"Organisation updated: {row.Name} ({row.Country}, {row.StakeholderType})"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(OrganisationSaveStatus.Saved, id);
    }

    private static OrganisationRow Row(Guid id, OrganisationDetails details) => new(
        id.ToString(),
        details.Name.Trim(),
        OrganisationRules.NormalizeName(details.Name),
        EnumText.ToText(details.Type),
        details.Country,
        string.IsNullOrWhiteSpace(details.Description) ? null : details.Description.Trim(),
        string.IsNullOrWhiteSpace(details.Website) ? null : details.Website.Trim());

    // Organisations belong to no single working group, so the entry carries none: it stays out of every group's feed.
    private static NewJournalEntry Entry(Guid id, string action, string? actor, string summary) =>
        new(null, EntityKind, id.ToString(), action, actor, summary);

    private sealed record OrganisationRow(string Id, string Name, string NormalizedName, string StakeholderType, string Country, string? Description, string? Website);
}
