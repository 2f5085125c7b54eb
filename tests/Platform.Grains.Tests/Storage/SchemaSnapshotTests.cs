using System.Text;

namespace Platform.Grains.Tests.Storage;

/// <summary>
/// Every migration applied to an empty database must give exactly the schema in <c>schema.sqlite.sql</c>,
/// so a schema change is always visible in review. After an intended change, regenerate the snapshot with
/// <c>UPDATE_SCHEMA_SNAPSHOT=1 dotnet test tests/Platform.Grains.Tests</c>.
/// </summary>
public sealed class SchemaSnapshotTests
{
    private const string SelectSchema = """
        SELECT sql
        FROM sqlite_master
        WHERE sql IS NOT NULL
          AND name NOT LIKE 'sqlite_%'
        ORDER BY type, name
        """;

    [Fact]
    public async Task Migrate_EmptyDatabase_MatchesSchemaSnapshot()
    {
        using var temp = await TempDatabase.MigratedAsync(provider: "sqlite");
        await using var connection = await temp.Database.OpenAsync();

        var statements = await connection.QueryAsync<string>(SelectSchema);
        var actual = new StringBuilder();
        foreach (var statement in statements)
        {
            actual.Append(statement.ReplaceLineEndings("\n").Trim()).Append(";\n\n");
        }

        var snapshot = Path.Combine(SourceFolder(), "schema.sqlite.sql");
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA_SNAPSHOT") == "1")
        {
            await File.WriteAllTextAsync(snapshot, actual.ToString());
        }

        Assert.Equal(await File.ReadAllTextAsync(snapshot), actual.ToString());
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
