namespace Platform.Grains.People;

/// <summary>What became of an administrator's request to deactivate someone.</summary>
public enum DeactivationOutcome
{
    Deactivated,

    /// <summary>Nothing changed: no such person, or already deactivated.</summary>
    Unchanged,

    /// <summary>An administrator may not lock themselves out.</summary>
    Self,

    /// <summary>The platform would have no active administrator left.</summary>
    LastAdministrator,
}

/// <summary>
/// An administrator's changes to a person's access: deactivating, reactivating, and a grace period before two-step
/// verification is forced. Each change and its journal entry (naming the administrator, never the person's details)
/// commit in one transaction. The journal is appended first: its lock makes two administrators' requests take turns on
/// every database, so the conditional update of the second sees what the first committed (two administrators can never
/// deactivate each other at once and leave nobody).
/// </summary>
public sealed class PeopleStore(Database database, JournalWriter journal, TimeProvider time)
{
    private const string EntityKind = "account";

    private const string Deactivate = """
        UPDATE user_account
        SET deactivated_at = @now,
            security_stamp = @securityStamp,
            concurrency_stamp = @concurrencyStamp
        WHERE id = @userId
          AND deactivated_at IS NULL
          AND (NOT EXISTS (SELECT 1 FROM user_role WHERE user_id = @userId AND role = 'administrator')
               OR EXISTS (SELECT 1
                          FROM user_role r
                          JOIN user_account a ON a.id = r.user_id
                          WHERE r.role = 'administrator'
                            AND a.deactivated_at IS NULL
                            AND a.id <> @userId))
        """;

    private const string EndSessions = "DELETE FROM user_session WHERE user_id = @userId";

    private const string SelectActive = "SELECT COUNT(*) FROM user_account WHERE id = @userId AND deactivated_at IS NULL";

    /// <summary>
    /// Ends <paramref name="userId"/>'s access: every session ends at once, on every host (the session rows go and the
    /// security stamp moves on), and no sign-in path lets them in again until reactivated. Their seats, records and
    /// everything they wrote stay.
    /// </summary>
    public async Task<DeactivationOutcome> DeactivateAsync(string userId, string actor, CancellationToken cancellationToken = default)
    {
        if (userId == actor)
        {
            return DeactivationOutcome.Self;
        }

        using var turn = await database.WaitToWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await journal.AppendAsync(connection, transaction, new NewJournalEntry(null, EntityKind, userId, "account.deactivated", actor, "Account deactivated; its sessions ended"), cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(Deactivate, StampParameters(userId), transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            var active = await connection.ExecuteScalarAsync<long>(new CommandDefinition(SelectActive, new { userId }, transaction, cancellationToken: cancellationToken));
            await transaction.RollbackAsync(cancellationToken);
            return active > 0 ? DeactivationOutcome.LastAdministrator : DeactivationOutcome.Unchanged;
        }

        await connection.ExecuteAsync(new CommandDefinition(EndSessions, new { userId }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return DeactivationOutcome.Deactivated;
    }

    private const string Reactivate = """
        UPDATE user_account
        SET deactivated_at = NULL,
            security_stamp = @securityStamp,
            concurrency_stamp = @concurrencyStamp
        WHERE id = @userId
          AND deactivated_at IS NOT NULL
        """;

    /// <summary>Lets a deactivated person sign in again (with their own password: nothing is reset); false when they were not deactivated.</summary>
    public Task<bool> ReactivateAsync(string userId, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(Reactivate, StampParameters(userId), new NewJournalEntry(null, EntityKind, userId, "account.reactivated", actor, "Account reactivated"), cancellationToken);

    /// <summary>The longest grace an administrator may give, in days.</summary>
    public const int MaxGraceDays = 30;

    private const string SetGrace = """
        UPDATE user_account
        SET two_step_grace_until = @until,
            concurrency_stamp = @concurrencyStamp
        WHERE id = @userId
        """;

    /// <summary>
    /// Lets <paramref name="userId"/> work without two-step verification for <paramref name="days"/> days (1 to
    /// <see cref="MaxGraceDays"/>). The security stamp stays: their claims catch up at the next stamp validation.
    /// </summary>
    public Task<bool> AllowGraceAsync(string userId, int days, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxGraceDays);
        var parameters = new { userId, until = StoredTime.Write(time.GetUtcNow().AddDays(days)), concurrencyStamp = NewStamp() };
        var summary = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Two-step grace allowed for {days} days");
        return ChangeAsync(SetGrace, parameters, new NewJournalEntry(null, EntityKind, userId, "account.two_step_grace_allowed", actor, summary), cancellationToken);
    }

    private const string EndGrace = """
        UPDATE user_account
        SET two_step_grace_until = NULL,
            concurrency_stamp = @concurrencyStamp
        WHERE id = @userId
          AND two_step_grace_until IS NOT NULL
        """;

    /// <summary>Ends a grace period early: enrolment is forced again once their claims refresh; false when there was none.</summary>
    public Task<bool> EndGraceAsync(string userId, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(EndGrace, new { userId, concurrencyStamp = NewStamp() }, new NewJournalEntry(null, EntityKind, userId, "account.two_step_grace_ended", actor, "Two-step grace ended"), cancellationToken);

    private object StampParameters(string userId) =>
        new { userId, now = StoredTime.Write(time.GetUtcNow()), securityStamp = NewStamp(), concurrencyStamp = NewStamp() };

    private static string NewStamp() => Guid.NewGuid().ToString("N");

    internal Task<bool> ChangeAsync(string sql, object parameters, NewJournalEntry entry, CancellationToken cancellationToken) =>
        journal.ChangeAsync(database, sql, parameters, entry, cancellationToken);
}
