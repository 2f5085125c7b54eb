using Hangfire.InMemory;
using Microsoft.Extensions.Configuration;
using Platform.Host.Jobs;

namespace Platform.Host.Tests.Jobs;

/// <summary>Hangfire's storage follows <c>Storage:Provider</c>; a setting it cannot use stops the host with a message saying why.</summary>
public sealed class JobStorageFactoryTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    [Fact]
    public void Create_NoProviderOrSqlite_InMemoryNeedingNoServer()
    {
        Assert.IsType<InMemoryStorage>(JobStorageFactory.Create(Settings()));
        Assert.IsType<InMemoryStorage>(JobStorageFactory.Create(Settings(("Storage:Provider", "SQLite"))));
    }

    [Fact]
    public void Create_PostgreSqlWithoutConnectionString_RefusedNamingTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => JobStorageFactory.Create(Settings(("Storage:Provider", "postgresql"))));

        Assert.Contains("Storage:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UnknownProvider_RefusedNamingTheChoices()
    {
        var error = Assert.Throws<ArgumentException>(() => JobStorageFactory.Create(Settings(("Storage:Provider", "oracle"))));

        Assert.Contains("sqlite or postgresql", error.Message, StringComparison.Ordinal);
    }
}
