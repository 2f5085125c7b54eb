namespace Platform.Grains.Tests.Journal;

public sealed class JournalVerifierTests
{
    private readonly JournalWriter writer = new(TimeProvider.System);

    [Fact]
    public async Task Verify_UntouchedJournal_IsIntactWithCount()
    {
        using var temp = await TempDatabase.MigratedAsync();
        await JournalTestData.AppendManyAsync(temp.Database, writer, Guid.NewGuid(), 5);

        var result = await new JournalVerifier(temp.Database).VerifyAsync();

        Assert.Equal(JournalVerification.Intact(5), result);
    }

    [Fact]
    public async Task Verify_EmptyJournal_IsIntact()
    {
        using var temp = await TempDatabase.MigratedAsync();

        var result = await new JournalVerifier(temp.Database).VerifyAsync();

        Assert.Equal(JournalVerification.Intact(0), result);
    }

    [Fact]
    public async Task Verify_AfterRowEditedBehindTheTriggers_NamesThatSeq()
    {
        using var temp = await TempDatabase.MigratedAsync();
        await JournalTestData.AppendManyAsync(temp.Database, writer, null, 5);
        await TamperAsync(temp, "UPDATE journal_entry SET summary = 'nothing happened' WHERE seq = 3");

        var result = await new JournalVerifier(temp.Database).VerifyAsync();

        Assert.Equal(JournalVerification.BrokenAt(3, 2), result);
    }

    [Fact]
    public async Task Verify_AfterRowDeletedBehindTheTriggers_NamesTheNextSeq()
    {
        using var temp = await TempDatabase.MigratedAsync();
        await JournalTestData.AppendManyAsync(temp.Database, writer, null, 5);
        await TamperAsync(temp, "DELETE FROM journal_entry WHERE seq = 2");

        var result = await new JournalVerifier(temp.Database).VerifyAsync();

        Assert.Equal(3, result.BrokenAtSeq);
    }

    private static Task TamperAsync(TempDatabase temp, string sql) => TestFaults.TamperWithJournalAsync(temp.Database, sql);
}
