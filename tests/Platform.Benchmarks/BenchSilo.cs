using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Grains.Hosting;
using Platform.Grains.Storage;

namespace Platform.Benchmarks;

/// <summary>An in-process Orleans silo over <paramref name="database"/>, as the host runs it, on free loopback ports.</summary>
internal sealed class BenchSilo(IHost host) : IAsyncDisposable
{
    public IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    public static async Task<BenchSilo> StartAsync(Database database, Action<IServiceCollection>? register = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning)).AddSingleton(database);
        register?.Invoke(builder.Services);
        var (siloPort, gatewayPort) = (FreePort(), FreePort());
        builder.UseOrleans(silo => silo.UseLocalhostClustering(siloPort, gatewayPort).AddPlatformGrains());
        var host = builder.Build();
        await host.StartAsync();
        return new BenchSilo(host);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
