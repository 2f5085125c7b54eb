using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Browser.Tests;

/// <summary>
/// The host in this process on a real Kestrel port and its own data folder, for a browser test that must also act as
/// someone through the grains (a case handler answering) where no page for it exists in the test's slice.
/// </summary>
public sealed class InProcessHost : WebApplicationFactory<Program>
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("roundtable-browser-").FullName;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public static InProcessHost Start()
    {
        var host = new InProcessHost();
        host.UseKestrel();
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Storage:DataDirectory", Folder);
        builder.UseSetting("Jobs:Enabled", "false");
        builder.UseSetting("Orleans:SiloPort", FreePort());
        builder.UseSetting("Orleans:GatewayPort", FreePort());
    }

    private static string FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open must not hide the test's own result.
        }
    }
}
