using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using Platform.Grains.Storage;
using Platform.Grains.Tests.Hosting;
using Platform.Grains.WorkingGroups;

namespace Platform.Grains.Tests.WorkingGroups;

/// <summary>The working-group grain over a test database, with people and organisations inserted by SQL.</summary>
/// <remarks>Runs its own silo, or (given one) the silo of the grain test it serves.</remarks>
internal sealed class GroupSilo : IAsyncDisposable
{
    private readonly OrleansSilo silo;
    private readonly bool ownsSilo;
    private readonly IDisposable subscription;
    private readonly ConcurrentQueue<IWorkingGroupEvent> published = new();

    public GroupSilo(Database database, OrleansSilo? shared = null)
    {
        Database = database;
        ownsSilo = shared is null;
        silo = shared ?? new OrleansSilo(database, new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero)));
        subscription = silo.Events.Subscribe<IWorkingGroupEvent>((e, _) =>
        {
            published.Enqueue(e);
            return Task.CompletedTask;
        });
    }

    public Database Database { get; }

    /// <summary>The working-group events published so far, once every one of them has been delivered.</summary>
    public async Task<IReadOnlyList<IWorkingGroupEvent>> PublishedAsync()
    {
        await silo.Events.WhenDeliveredAsync().WaitAsync(TimeSpan.FromSeconds(10));
        return [.. published];
    }

    public IWorkingGroupGrain Group(Guid id) => silo.Grains.GetGrain<IWorkingGroupGrain>(id);

    public static GroupDetails Details(string name = "Mesa de seguridad de Segovia") =>
        new(name, GroupScope.Local, "co", "Antioquia", "America/Bogota", MeetingCadence.Monthly, "Chatham House", true, "# Terms");

    public async Task<string> PersonAsync(string name)
    {
        var id = Guid.NewGuid().ToString();
        await using var connection = await Database.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO user_account (id, email, normalized_email, display_name, security_stamp, concurrency_stamp, created_at)
            VALUES (@id, @email, @normalized, @name, 'stamp', 'stamp', '2026-11-22T12:00:00.0000000Z')
            """,
            new { id, email = $"{id}@example.org", normalized = $"{id}@EXAMPLE.ORG", name });
        return id;
    }

    public async Task<Guid> OrganisationAsync(string name, string type = "civil_society")
    {
        var id = Guid.NewGuid();
        await using var connection = await Database.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO organisation (id, name, normalized_name, stakeholder_type, country, created_at)
            VALUES (@id, @name, @normalized, @type, 'CO', '2026-11-22T12:00:00.0000000Z')
            """,
            new { id = id.ToString("D"), name, normalized = name.ToUpperInvariant(), type });
        return id;
    }

    public async Task<long> CountAsync(string sql, object? parameters = null)
    {
        await using var connection = await Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    public async ValueTask DisposeAsync()
    {
        subscription.Dispose();
        if (ownsSilo)
        {
            await silo.DisposeAsync();
        }
    }
}
