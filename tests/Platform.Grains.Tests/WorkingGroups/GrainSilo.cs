using Platform.Grains.Tests.Hosting;
using Platform.Grains.WorkingGroups;

namespace Platform.Grains.Tests.WorkingGroups;

/// <summary>
/// What every grain test silo shares: an Orleans silo over a test database with the clock at 2026-11-22 12:00 UTC,
/// working groups to act in, and the <typeparamref name="TEvent"/> events the grains published, in order.
/// </summary>
internal abstract class GrainSilo<TEvent> : IAsyncDisposable
{
    private readonly OrleansSilo silo;
    private readonly PublishedEvents<TEvent> published;
    private TempDatabase? ownDatabase;

    protected GrainSilo(Database database)
    {
        silo = new OrleansSilo(database, Time);
        Groups = new GroupSilo(database, silo);
        published = new PublishedEvents<TEvent>(silo.Events);
    }

    /// <summary>A silo made by <paramref name="create"/> on a migrated database of its own, which goes when the silo does.</summary>
    protected static async Task<TSilo> OnOwnDatabaseAsync<TSilo>(Func<Database, TSilo> create)
        where TSilo : GrainSilo<TEvent>
    {
        var database = await TempDatabase.MigratedAsync();
        var silo = create(database.Database);
        silo.ownDatabase = database;
        return silo;
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    public GroupSilo Groups { get; }

    public Database Database => Groups.Database;

    /// <summary>The events published so far, once every one of them has been delivered.</summary>
    public Task<IReadOnlyList<TEvent>> PublishedAsync() => published.AllAsync();

    protected TGrain Grain<TGrain>(Guid id) where TGrain : IGrainWithGuidKey => silo.Grains.GetGrain<TGrain>(id);

    /// <summary>The silo's grain factory, for services that call grains themselves.</summary>
    protected Orleans.IGrainFactory Factory => silo.Grains;

    /// <summary>A group in <paramref name="zone"/> with a facilitator (returned) acting for a new organisation.</summary>
    public async Task<(Guid Group, string Facilitator, Guid Organisation)> GroupAsync(string zone = "America/Bogota", string? name = null)
    {
        var ana = await Groups.PersonAsync(name is null ? "Ana" : "Ana " + name);
        var org = await Groups.OrganisationAsync(name is null ? "Corporación Jurídica" : "Corporación " + name);
        var id = Guid.NewGuid();
        var details = name is null ? GroupSilo.Details() : GroupSilo.Details(name);
        await Groups.Group(id).CreateAsync(new CreateWorkingGroup(details with { TimeZone = zone }, ana, org));
        return (id, ana, org);
    }

    public async ValueTask DisposeAsync()
    {
        published.Dispose();
        await Groups.DisposeAsync();
        await silo.DisposeAsync();
        ownDatabase?.Dispose();
    }
}
