using System.Collections.Concurrent;
using Platform.Grains.Tests.Journal;

namespace Platform.Grains.Tests.Storage;

public sealed class DatabaseBackupTests
{
    private readonly JournalWriter writer = new(TimeProvider.System);

    [Fact]
    public async Task Backup_WhileWritersAppend_CopyIsConsistentAndHoldsEveryAcknowledgedWrite()
    {
        using var temp = await TempDatabase.MigratedAsync("NORMAL");
        var acknowledged = new ConcurrentBag<long>();
        var warmedUp = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var afterBackup = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var backupDone = false;
        using var stop = new CancellationTokenSource();
        // Dedicated threads: SQLite calls block, and pool-thread writers on two cores would starve the test's own continuations.
        var writers = Enumerable.Range(0, 2).Select(w => Task.Factory.StartNew(
            () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var startedAfterBackup = Volatile.Read(ref backupDone);
                    var entry = JournalTestData.AppendAsync(temp.Database, writer, JournalTestData.Entry(null, w)).GetAwaiter().GetResult();
                    acknowledged.Add(entry.Seq);
                    if (acknowledged.Count >= 30)
                    {
                        warmedUp.TrySetResult();
                    }

                    if (startedAfterBackup)
                    {
                        afterBackup.TrySetResult();
                    }
                }
            },
            TaskCreationOptions.LongRunning)).ToList();
        await warmedUp.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var before = acknowledged.ToHashSet();
        var path = await new DatabaseBackup(temp.Database, TimeProvider.System).BackupAsync();
        Volatile.Write(ref backupDone, true);
        await afterBackup.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        var copy = temp.Restore(path);
        await using var connection = await copy.OpenAsync();
        var copied = (await connection.QueryAsync<long>("SELECT seq FROM journal_entry")).ToHashSet();
        Assert.Subset(copied, before);
        Assert.True((await new JournalVerifier(copy).VerifyAsync()).IsIntact);
        Assert.StartsWith(Path.Combine(temp.Folder, "backups", "roundtable-"), path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_ToAnExistingFile_IsRefused()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var path = Path.Combine(temp.Folder, "copy.db");
        await File.WriteAllTextAsync(path, "older backup");

        await Assert.ThrowsAsync<IOException>(() => new DatabaseBackup(temp.Database, TimeProvider.System).BackupAsync(path));

        Assert.Equal("older backup", await File.ReadAllTextAsync(path));
    }
}
