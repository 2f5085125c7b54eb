using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Host.Storage;

/// <summary>Healthy when the database opens and answers a query.</summary>
internal sealed class DatabaseHealthCheck(Database database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await database.ExecuteScalarAsync<int>("SELECT 1", cancellationToken: cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (DbException e)
        {
            return HealthCheckResult.Unhealthy("database unavailable", e);
        }
    }
}
