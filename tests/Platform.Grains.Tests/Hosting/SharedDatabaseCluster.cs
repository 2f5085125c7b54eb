using Orleans.Hosting;
using Orleans.TestingHost;
using Platform.Grains.Hosting;
using Platform.Grains.Tests.ActionItems;

namespace Platform.Grains.Tests.Hosting;

/// <summary>
/// A TestingHost cluster whose silos all run every grain over one test database, as the hosts of a cluster do, with an
/// action item made beforehand. <typeparamref name="TExtra"/> adds what a test needs on each silo.
/// </summary>
internal sealed record SharedDatabaseCluster(TestCluster Cluster, Guid Item, string Ana, TempDatabase Temp) : IAsyncDisposable
{
    public static async Task<SharedDatabaseCluster> StartAsync<TExtra>(int silos = 2)
        where TExtra : ISiloConfigurator, new()
    {
        var temp = await TempDatabase.MigratedAsync("NORMAL");
        Guid item;
        string ana;
        await using (var setup = new ActionSilo(temp.Database))
        {
            var (group, facilitator, _) = await setup.GroupAsync();
            ana = facilitator;
            item = await setup.CreateAsync(group, ana, ActionSilo.Details(ana));
        }

        var builder = new TestClusterBuilder((short)silos);
        builder.Properties[SharedDatabase.FolderKey] = temp.Folder;
        builder.Properties[SharedDatabase.ProviderKey] = temp.Options.Provider;
        builder.Properties[SharedDatabase.ConnectionKey] = temp.Options.ConnectionString ?? string.Empty;
        builder.AddSiloBuilderConfigurator<SharedDatabase>();
        builder.AddSiloBuilderConfigurator<TExtra>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new SharedDatabaseCluster(cluster, item, ana, temp);
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        Temp.Dispose();
    }

    /// <summary>Nothing beyond the shared database.</summary>
    public sealed class NothingMore : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
        }
    }

    /// <summary>Each silo runs every grain over the one database named in the cluster's properties.</summary>
    private sealed class SharedDatabase : ISiloConfigurator
    {
        public const string FolderKey = "Roundtable:TestDatabaseFolder";
        public const string ProviderKey = "Roundtable:TestDatabaseProvider";
        public const string ConnectionKey = "Roundtable:TestDatabaseConnection";

        public void Configure(ISiloBuilder siloBuilder)
        {
            var folder = siloBuilder.Configuration[FolderKey] ?? throw new InvalidOperationException("The cluster names no database folder.");
            var options = new StorageOptions { Provider = siloBuilder.Configuration[ProviderKey]!, ConnectionString = siloBuilder.Configuration[ConnectionKey], DataDirectory = folder, Synchronous = "NORMAL" };
            OrleansSilo.AddStores(siloBuilder.Services, new Database(options, folder), TimeProvider.System);
            siloBuilder.AddPlatformGrains();
        }
    }
}
