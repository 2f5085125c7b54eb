namespace Platform.Grains.Donors;

/// <summary>
/// Gives and removes the donor role and the groups in a donor's portfolio. Each change and its journal entry
/// commit in one transaction; every method reports whether anything changed, so a repeated post is harmless.
/// </summary>
public sealed class DonorPortfolioStore(Database database, JournalWriter journal, TimeProvider time)
{
    private const string EntityKind = "donor";

    private const string InsertDonorRole = """
        INSERT INTO user_role (user_id, role)
        SELECT @userId, 'donor'
        WHERE EXISTS (SELECT 1 FROM user_account WHERE id = @userId)
          AND NOT EXISTS (SELECT 1 FROM user_role WHERE user_id = @userId AND role = 'donor')
          AND NOT EXISTS (SELECT 1 FROM membership WHERE user_id = @userId)
        """;

    /// <summary>
    /// Gives <paramref name="userId"/> the donor role; false when they have it already, do not exist, or sit in a working
    /// group (issue 11: a donor sees aggregates only, so a seated person must leave every group first).
    /// </summary>
    public Task<bool> MakeDonorAsync(string userId, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(InsertDonorRole, new { userId }, new NewJournalEntry(null, EntityKind, userId, "donor.made", actor, "Donor role given"), cancellationToken);

    // The portfolio goes with the role: a donor given the role again starts from an empty portfolio.
    private const string DeleteDonorRole = """
        DELETE FROM donor_portfolio WHERE user_id = @userId;
        DELETE FROM user_role WHERE user_id = @userId AND role = 'donor';
        """;

    /// <summary>Removes the donor role and empties the portfolio.</summary>
    public Task<bool> RemoveDonorAsync(string userId, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(DeleteDonorRole, new { userId }, new NewJournalEntry(null, EntityKind, userId, "donor.removed", actor, "Donor role and portfolio removed"), cancellationToken);

    private const string InsertPortfolioGroup = """
        INSERT INTO donor_portfolio (user_id, working_group_id, added_at)
        SELECT @userId, @groupId, @now
        WHERE EXISTS (SELECT 1 FROM user_role WHERE user_id = @userId AND role = 'donor')
          AND EXISTS (SELECT 1 FROM working_group WHERE id = @groupId)
          AND NOT EXISTS (SELECT 1 FROM donor_portfolio WHERE user_id = @userId AND working_group_id = @groupId)
        """;

    /// <summary>Adds a group to a donor's portfolio; false unless the person is a donor and the group exists and was not there yet.</summary>
    public Task<bool> AddGroupAsync(string userId, Guid groupId, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            InsertPortfolioGroup,
            new { userId, groupId = groupId.ToString(), now = StoredTime.Write(time.GetUtcNow()) },
            new NewJournalEntry(groupId, EntityKind, userId, "portfolio.group_added", actor, "Group added to a donor's portfolio"),
            cancellationToken);

    private const string DeletePortfolioGroup = """
        DELETE FROM donor_portfolio
        WHERE user_id = @userId
          AND working_group_id = @groupId
        """;

    public Task<bool> RemoveGroupAsync(string userId, Guid groupId, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            DeletePortfolioGroup,
            new { userId, groupId = groupId.ToString() },
            new NewJournalEntry(groupId, EntityKind, userId, "portfolio.group_removed", actor, "Group removed from a donor's portfolio"),
            cancellationToken);

    private async Task<bool> ChangeAsync(string sql, object parameters, NewJournalEntry entry, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = await connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
        if (rows == 0)
        {
            return false;
        }

        await journal.AppendAsync(connection, transaction, entry, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
