using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Platform.Grains.Journal;
using Platform.Grains.Storage;
using Platform.Host.Extensions;

namespace Platform.Host.Tests.Extensions;

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

        var exitCode = await CommandLineVerbs.VerifyJournalAsync(services, output, TextWriter.Null);

        Assert.Equal(0, exitCode);
        Assert.Equal("journal ok: 3 entries", output.ToString().Trim());
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

        var exitCode = await CommandLineVerbs.VerifyJournalAsync(services, output, TextWriter.Null);

        Assert.Equal(1, exitCode);
        Assert.Equal("journal broken at seq 2", output.ToString().Trim());
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
