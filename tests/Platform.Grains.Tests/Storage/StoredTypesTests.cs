namespace Platform.Grains.Tests.Storage;

/// <summary>Each handled type goes in as a parameter, is stored as the text written before the handlers, and comes back.</summary>
public sealed class StoredTypesTests
{
    private const string CreateProbe = """
        CREATE TABLE probe (id TEXT, at TEXT, day TEXT, local TEXT, time TEXT, kind TEXT)
        """;

    private const string InsertProbe = """
        INSERT INTO probe (id, at, day, local, time, kind) VALUES (@Id, @At, @Day, @Local, @Time, @Kind)
        """;

    private const string SelectProbe = "SELECT id, at, day, local, time, kind FROM probe";

    private static readonly Probe Sample = new(
        Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        new DateTimeOffset(2026, 3, 8, 14, 5, 9, TimeSpan.FromHours(-5)).AddTicks(1234567),
        new LocalDate(2026, 3, 8),
        new LocalDateTime(2026, 3, 8, 9, 30),
        new LocalTime(17, 45),
        "in_progress");

    [Fact]
    public async Task Parameters_EachHandledType_StoredAsTheTextWrittenBefore()
    {
        using var db = new TempDatabase();
        await using var connection = await db.Database.OpenAsync();
        await connection.ExecuteAsync(CreateProbe);

        await connection.ExecuteAsync(InsertProbe, Sample);

        var stored = await connection.QuerySingleAsync<(string Id, string At, string Day, string Local, string Time, string Kind)>(SelectProbe);
        Assert.Equal(("0f8fad5b-d9cb-469f-a165-70867728950e", "2026-03-08T19:05:09.1234567Z", "2026-03-08", "2026-03-08T09:30", "17:45", "in_progress"), stored);
    }

    [Fact]
    public async Task Query_RecordOfHandledTypes_ReadsBackWhatWasWritten()
    {
        using var db = new TempDatabase();
        await using var connection = await db.Database.OpenAsync();
        await connection.ExecuteAsync(CreateProbe);
        await connection.ExecuteAsync(InsertProbe, Sample);

        var read = await connection.QuerySingleAsync<Probe>(SelectProbe);

        Assert.Equal(Sample with { At = Sample.At.ToUniversalTime() }, read);
        Assert.Equal(Sample.Id, await connection.QuerySingleAsync<Guid>("SELECT id FROM probe WHERE id = @id", new { id = Sample.Id }));
    }

    [Fact]
    public async Task Query_NullColumns_ReadAsMissingValues()
    {
        using var db = new TempDatabase();
        await using var connection = await db.Database.OpenAsync();
        await connection.ExecuteAsync(CreateProbe);
        await connection.ExecuteAsync(InsertProbe, new OptionalProbe(null, null, null, null, null, null));

        var read = await connection.QuerySingleAsync<OptionalProbe>(SelectProbe);

        Assert.Equal(new OptionalProbe(null, null, null, null, null, null), read);
    }

    [Fact]
    public async Task Parameters_StoredMeetingTimeWithSeconds_ReadsAsThatLocalTime()
    {
        using var db = new TempDatabase();
        await using var connection = await db.Database.OpenAsync();
        await connection.ExecuteAsync(CreateProbe);
        await connection.ExecuteAsync("INSERT INTO probe (local) VALUES ('2026-03-08T09:30:15')");

        var local = await connection.QuerySingleAsync<LocalDateTime>("SELECT local FROM probe");

        Assert.Equal(new LocalDateTime(2026, 3, 8, 9, 30, 15), local);
    }

    [Fact]
    public async Task Parameters_MissingValueTestedForNull_SentAsTextSoEveryVendorTypesIt()
    {
        using var db = new TempDatabase();
        await using var connection = await db.Database.OpenAsync();
        await connection.ExecuteAsync(CreateProbe);
        await connection.ExecuteAsync(InsertProbe, Sample);

        var matching = await connection.QuerySingleAsync<long>(
            "SELECT COUNT(*) FROM probe WHERE (@id IS NULL OR id = @id) AND (@day IS NULL OR day = @day)", new { id = (Guid?)null, day = (LocalDate?)null });

        Assert.Equal(1, matching);
    }

    [Fact]
    public void Register_CalledAgain_ChangesNothing()
    {
        StoredTypes.Register();
        StoredTypes.Register();

        Assert.True(SqlMapper.HasTypeHandler(typeof(LocalDate)));
        Assert.True(SqlMapper.HasTypeHandler(typeof(Guid)));
    }

    private sealed record Probe(Guid Id, DateTimeOffset At, LocalDate Day, LocalDateTime Local, LocalTime Time, string Kind);

    private sealed record OptionalProbe(Guid? Id, DateTimeOffset? At, LocalDate? Day, LocalDateTime? Local, LocalTime? Time, string? Kind);
}
