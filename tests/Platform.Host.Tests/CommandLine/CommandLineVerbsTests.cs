using Platform.Grains.Journal;
using Platform.Host.CommandLine;

namespace Platform.Host.Tests.CommandLine;

public sealed class CommandLineVerbsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("roundtable-host-test-").FullName;
    private readonly Database database;
    private readonly ServiceProvider services;

    public CommandLineVerbsTests()
    {
        database = new Database(new StorageOptions { DataDirectory = folder }, folder);
        services = new ServiceCollection().AddSingleton(database).BuildServiceProvider();
    }

    [Fact]
    public async Task VerifyJournal_IntactChain_PrintsCountAndSucceeds()
    {
        await SeedJournalAsync(3);
        var output = new StringWriter();

        var exitCode = await CommandLineVerbs.VerifyJournalAsync(services, null, output, TextWriter.Null);

        Assert.Equal(0, exitCode);
        Assert.Equal("journal ok: 3 entries, matching 0 signed anchors", output.ToString().Trim());
    }

    [Fact]
    public async Task VerifyJournal_TamperedRow_PrintsSeqAndFails()
    {
        await SeedJournalAsync(3);
        await using (var connection = await database.OpenAsync())
        {
            await connection.ExecuteAsync("DROP TRIGGER tr_journal_entry_refuse_update; UPDATE journal_entry SET actor = 'someone else' WHERE seq = 2");
        }

        var output = new StringWriter();

        var exitCode = await CommandLineVerbs.VerifyJournalAsync(services, null, output, TextWriter.Null);

        Assert.Equal(1, exitCode);
        Assert.Equal("journal broken at seq 2", output.ToString().Trim());
    }

    [Fact]
    public async Task VerifyJournal_TailOfCopyDeletedAfterBackup_PrintsMissingSeqsAndFails()
    {
        await SeedJournalAsync(5);
        await CommandLineVerbs.BackupAsync(services, null, TextWriter.Null, TextWriter.Null);
        await TamperAsync("DELETE FROM journal_entry WHERE seq > 3");
        var output = new StringWriter();

        var exitCode = await CommandLineVerbs.VerifyJournalAsync(services, null, output, TextWriter.Null);

        Assert.Equal(1, exitCode);
        Assert.Matches(@"^journal truncated: anchor 000000000005-[0-9a-f]{16}\.json says the chain reached seq 5 but it ends at seq 3; rows 4 to 5 are missing$", output.ToString().Trim());
    }

    [Fact]
    public async Task VerifyJournal_RowRewrittenWithLaterHashesRecomputed_PrintsRangeAndFails()
    {
        await SeedJournalAsync(3);
        await CommandLineVerbs.BackupAsync(services, null, TextWriter.Null, TextWriter.Null);

        // Rewrite the last row and give it a fresh, valid hash: the chain alone still links up.
        await TamperAsync("DELETE FROM journal_entry WHERE seq = 3");
        await AppendAsync("k3", "someone else");
        var output = new StringWriter();

        var exitCode = await CommandLineVerbs.VerifyJournalAsync(services, null, output, TextWriter.Null);

        Assert.Equal(1, exitCode);
        Assert.Matches(@"^journal rewritten: the row at seq 3 does not match anchor 000000000003-[0-9a-f]{16}\.json; a row from seq 1 to 3 was rewritten$", output.ToString().Trim());
    }

    [Fact]
    public async Task VerifyJournal_WithPublicKeyOfAnotherKey_ReportsTheAnchorAsForged()
    {
        await SeedJournalAsync(2);
        await CommandLineVerbs.BackupAsync(services, null, TextWriter.Null, TextWriter.Null);
        using var other = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var publicKey = Path.Combine(folder, "other.pub.pem");
        await File.WriteAllTextAsync(publicKey, other.ExportSubjectPublicKeyInfoPem());
        var output = new StringWriter();

        var exitCode = await CommandLineVerbs.VerifyJournalAsync(services, publicKey, output, TextWriter.Null);

        Assert.Equal(1, exitCode);
        Assert.Matches(@"^anchor 000000000002-[0-9a-f]{16}\.json: unreadable or its signature does not hold", output.ToString().Trim());
    }

    [Fact]
    public async Task Backup_WithoutPath_WritesTimestampedCopyUnderDataFolderAndPrintsIt()
    {
        await SeedJournalAsync(1);
        var output = new StringWriter();

        var exitCode = await CommandLineVerbs.BackupAsync(services, null, output, TextWriter.Null);

        var path = output.ToString().Trim();
        Assert.Equal(0, exitCode);
        Assert.StartsWith(Path.Combine(folder, "backups", "roundtable-"), path, StringComparison.Ordinal);
        Assert.True(File.Exists(path));
    }

    public void Dispose()
    {
        services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>What an attacker holding the file does: the triggers forbid it, so drop them first.</summary>
    private async Task TamperAsync(string sql)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync("DROP TRIGGER tr_journal_entry_refuse_update; DROP TRIGGER tr_journal_entry_refuse_delete; " + sql);
    }

    private async Task AppendAsync(string key, string actor)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await new JournalWriter(TimeProvider.System).AppendAsync(connection, transaction, new NewJournalEntry(null, "test", key, "created", actor, "seed"));
        await transaction.CommitAsync();
    }

    private async Task SeedJournalAsync(int count)
    {
        await new Migrator(database).MigrateAsync();
        var writer = new JournalWriter(TimeProvider.System);
        await using var connection = await database.OpenAsync();
        for (var n = 1; n <= count; n++)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await writer.AppendAsync(connection, transaction, new NewJournalEntry(null, "test", $"k{n}", "created", "u1", "seed"));
            await transaction.CommitAsync();
        }
    }
}
