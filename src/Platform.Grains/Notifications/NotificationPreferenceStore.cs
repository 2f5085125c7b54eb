namespace Platform.Grains.Notifications;

/// <summary>A person's choices: which kinds not to receive by e-mail, and their weekly digest (default Monday 08:00, on).</summary>
public sealed class NotificationPreferenceStore(Database database)
{
    private const string SelectEmailOff = """
        SELECT kind
        FROM notification_preference
        WHERE user_id = @userId
          AND email = FALSE
        """;

    private const string SelectDigest = """
        SELECT enabled AS Enabled,
               weekday AS Weekday,
               hour AS Hour
        FROM digest_preference
        WHERE user_id = @userId
        """;

    public async Task<NotificationPreferences> GetAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var off = await connection.QueryAsync<string>(new CommandDefinition(SelectEmailOff, new { userId }, cancellationToken: cancellationToken));
        var digest = await connection.QuerySingleOrDefaultAsync<(bool Enabled, long Weekday, long Hour)?>(
            new CommandDefinition(SelectDigest, new { userId }, cancellationToken: cancellationToken));
        var kinds = off.Select(k => EnumText.TryParse<NotificationKind>(k, out var kind) ? kind : (NotificationKind?)null).OfType<NotificationKind>();
        return new NotificationPreferences(
            kinds.ToHashSet(),
            digest is { } d ? new DigestPreference(d.Enabled, (int)d.Weekday, (int)d.Hour) : DigestPreference.Default);
    }

    private const string DeleteKinds = "DELETE FROM notification_preference WHERE user_id = @userId";

    private const string InsertKind = """
        INSERT INTO notification_preference (user_id, kind, email)
        VALUES (@userId, @kind, FALSE)
        """;

    private const string UpsertDigest = """
        INSERT INTO digest_preference (user_id, enabled, weekday, hour)
        VALUES (@userId, @enabled, @weekday, @hour)
        ON CONFLICT (user_id) DO UPDATE SET
            enabled = excluded.enabled,
            weekday = excluded.weekday,
            hour = excluded.hour
        """;

    /// <summary>Replaces the person's choices in one transaction; only changes from "e-mail on" are stored.</summary>
    public async Task SaveAsync(string userId, NotificationPreferences preferences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(DeleteKinds, new { userId }, transaction, cancellationToken: cancellationToken));
        foreach (var kind in preferences.EmailOff)
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertKind, new { userId, kind = EnumText.ToText(kind) }, transaction, cancellationToken: cancellationToken));
        }

        var digest = preferences.Digest;
        await connection.ExecuteAsync(new CommandDefinition(
            UpsertDigest, new { userId, enabled = digest.Enabled, weekday = digest.Weekday, hour = digest.Hour }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }
}

/// <summary>Kinds the person does not want by e-mail (everything else is on) and their digest schedule.</summary>
public sealed record NotificationPreferences(IReadOnlySet<NotificationKind> EmailOff, DigestPreference Digest);

/// <summary>Weekly digest: on/off, ISO weekday 1 (Monday) – 7 (Sunday), hour 0–23, in the person's own time zone.</summary>
public sealed record DigestPreference(bool Enabled, int Weekday, int Hour)
{
    public static DigestPreference Default { get; } = new(true, 1, 8);
}
