using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Platform.Host.Storage;

namespace Platform.Host.Tests.Storage;

/// <summary>On PostgreSQL the key ring lives in the database, so what one host of a cluster protects another reads.</summary>
public sealed class DatabaseKeyRepositoryTests
{
    [Fact]
    public void Unprotect_ProtectedByAnotherHostSharingTheDatabase_ReadsTheSameText()
    {
        using var factory = new PlatformFactory();
        factory.CreateClient().Dispose();
        var database = factory.Services.GetRequiredService<Database>();

        using var first = HostProtection(database);
        var cookie = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Protect("ana");
        using var second = HostProtection(database);

        Assert.Equal("ana", second.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Unprotect(cookie));
        Assert.Single(new DatabaseKeyRepository(database, TimeProvider.System).GetAllElements());
    }

    private static ServiceProvider HostProtection(Database database)
    {
        var services = new ServiceCollection();
        services.AddDataProtection().SetApplicationName("Roundtable");
        services.Configure<KeyManagementOptions>(o => o.XmlRepository = new DatabaseKeyRepository(database, TimeProvider.System));
        return services.BuildServiceProvider();
    }
}
