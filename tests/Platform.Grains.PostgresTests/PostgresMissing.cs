namespace Platform.Grains.Tests;

/// <summary>Stands in for the PostgreSQL run of the grain tests on a machine without the server (never under CI=true).</summary>
public sealed class PostgresMissing
{
    [Fact(Skip = "PostgreSQL is not installed (apt-get install postgresql, or set PG_BIN): the grain tests ran on SQLite only.")]
    public void GrainTests_OnPostgreSql_NeedTheServer()
    {
    }
}
