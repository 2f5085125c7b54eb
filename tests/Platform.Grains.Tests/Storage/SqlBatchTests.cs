namespace Platform.Grains.Tests.Storage;

public sealed class SqlBatchTests
{
    private const string Rename = "UPDATE working_group SET name = @name WHERE id = @id";

    // A null compared in the text: PostgreSQL needs the parameter typed (here by its property, string?) to run it at all.
    private const string MoveUnlessNoted = "UPDATE working_group SET country = @country WHERE id = @id AND @note IS NULL";

    private const string Names = "SELECT name, country FROM working_group ORDER BY name";

    [Fact]
    public async Task RunThenQuery_CountsEachStatementsRowsAndTheQuerySeesThem()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var data = new TestData(temp.Database);
        var group = await data.GroupAsync("Mesa de Segovia");
        await data.GroupAsync("Mesa de Remedios");

        await using var connection = await temp.Database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var (changed, rows) = await SqlBatch.RunThenQueryAsync(connection, transaction,
        [
            (Rename, new { id = group, name = "Mesa de Zaragoza" }),
            (Rename, new { id = Guid.NewGuid(), name = "Nobody's" }),
            (MoveUnlessNoted, new { id = group, country = "PE", note = (string?)null }),
        ], Names, CancellationToken.None);
        await transaction.CommitAsync();

        Assert.Equal([1, 0, 1], changed);
        Assert.Equal(["Mesa de Remedios|CO", "Mesa de Zaragoza|PE"], rows.Select(r => $"{r[0]}|{r[1]}"));
    }

    [Fact]
    public async Task RunThenQuery_AStatementThatFails_LeavesNothingOnceRolledBack()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var data = new TestData(temp.Database);
        var group = await data.GroupAsync("Mesa de Segovia");

        await using (var connection = await temp.Database.OpenAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await Assert.ThrowsAnyAsync<DbException>(() => SqlBatch.RunThenQueryAsync(connection, transaction,
            [
                (Rename, new { id = group, name = "Mesa de Zaragoza" }),
                ("UPDATE working_group SET no_such_column = 1", null),
            ], Names, CancellationToken.None));
        }

        Assert.Equal("Mesa de Segovia", await data.ScalarAsync<string>("SELECT name FROM working_group"));
    }
}
