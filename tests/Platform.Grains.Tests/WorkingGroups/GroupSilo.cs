using Platform.Grains.Tests.Hosting;
using Platform.Grains.WorkingGroups;

namespace Platform.Grains.Tests.WorkingGroups;

/// <summary>The working-group grain over a test database, with people and organisations inserted by SQL.</summary>
/// <remarks>Runs its own silo, or (given one) the silo of the grain test it serves.</remarks>
internal sealed class GroupSilo : IAsyncDisposable
{
    private readonly OrleansSilo silo;
    private readonly bool ownsSilo;
    private readonly PublishedEvents<IWorkingGroupEvent> published;

    public GroupSilo(Database database, OrleansSilo? shared = null)
    {
        Database = database;
        Data = new TestData(database);
        ownsSilo = shared is null;
        silo = shared ?? new OrleansSilo(database, new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero)));
        published = new PublishedEvents<IWorkingGroupEvent>(silo.Events);
    }

    public Database Database { get; }

    /// <summary>People, organisations and roles written with plain SQL (groups and seats go through the grain).</summary>
    public TestData Data { get; }

    /// <summary>The working-group events published so far, once every one of them has been delivered.</summary>
    public Task<IReadOnlyList<IWorkingGroupEvent>> PublishedAsync() => published.AllAsync();

    public IWorkingGroupGrain Group(Guid id) => silo.Grains.GetGrain<IWorkingGroupGrain>(id);

    public static GroupDetails Details(string name = "Mesa de seguridad de Segovia") =>
        new(name, GroupScope.Local, "co", "Antioquia", "America/Bogota", MeetingCadence.Monthly, "Chatham House", true, "# Terms");

    /// <summary>A group (<see cref="Details"/>) that Ana created for Corporación Jurídica: its id, Ana and the organisation.</summary>
    public async Task<(Guid Id, string Ana, Guid Organisation)> CreatedAsync()
    {
        var ana = await PersonAsync("Ana");
        var org = await OrganisationAsync("Corporación Jurídica");
        var id = Guid.NewGuid();
        await Group(id).CreateAsync(new CreateWorkingGroup(Details(), ana, org));
        return (id, ana, org);
    }

    public Task<string> PersonAsync(string name) => Data.UserAsync(name);

    public Task<Guid> OrganisationAsync(string name, string type = "civil_society") => Data.OrganisationAsync(name, type);

    public Task<long> CountAsync(string sql, object? parameters = null) => Data.ScalarAsync<long>(sql, parameters);

    public async ValueTask DisposeAsync()
    {
        published.Dispose();
        if (ownsSilo)
        {
            await silo.DisposeAsync();
        }
    }
}
