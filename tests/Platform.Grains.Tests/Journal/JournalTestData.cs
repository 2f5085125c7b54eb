namespace Platform.Grains.Tests.Journal;

/// <summary>Appends journal entries in their own transactions, the way a command would.</summary>
internal static class JournalTestData
{
    public static NewJournalEntry Entry(Guid? workingGroupId, int n) =>
        new(workingGroupId, "test", $"key-{n}", "created", "user-1", $"entry {n}");

    public static async Task<JournalEntry> AppendAsync(Database database, JournalWriter writer, NewJournalEntry entry)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var appended = await writer.AppendAsync(connection, transaction, entry);
        await transaction.CommitAsync();
        return appended;
    }

    public static async Task AppendManyAsync(Database database, JournalWriter writer, Guid? workingGroupId, int count)
    {
        for (var n = 1; n <= count; n++)
        {
            await AppendAsync(database, writer, Entry(workingGroupId, n));
        }
    }
}
