namespace Platform.Grains.Tests.Storage;

/// <summary>
/// A test of PostgreSQL itself. Without the server binaries it is skipped on a developer's machine, but under CI=true it
/// runs and fails, so a missing PostgreSQL can never pass silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.BinDirectory is null && !IsCi)
        {
            Skip = "PostgreSQL is not installed (apt-get install postgresql, or PG_BIN=<its bin folder>).";
        }
    }

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
