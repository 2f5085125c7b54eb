extern alias PlatformHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Platform.Benchmarks.Live;

/// <summary>
/// <c>seed-live</c>, run by tests/live-bench/run.sh before it starts the hosts: starts the real host in-process (its own
/// <c>Program</c>: it protects the data folder and migrates as at any start; no listening socket, jobs off) with the
/// <c>--Key=Value</c> settings given, read as the host reads its command line, in the current directory as content root,
/// then runs <see cref="LiveSeedCommand"/> on
/// that host's services, so the cookies come from the host's own cookie handler and data-protection keys (in the data
/// folder, or in the PostgreSQL database). The environment (and so the cookie's name) is ASPNETCORE_ENVIRONMENT's,
/// Production when unset, as for the host.
/// </summary>
internal static class LiveSeedHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        var settings = args.Skip(1).Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (settings.Any(s => !s.Contains('=', StringComparison.Ordinal)))
        {
            await Console.Error.WriteLineAsync(LiveSeedCommand.Usage);
            return 2;
        }

        await using var host = new InProcessHost(settings.Select(s => s[2..].Split('=', 2)).ToDictionary(p => p[0], p => p[1]));
        return await LiveSeedCommand.SeedAsync(host.Services, args, Console.Out, Console.Error);
    }

    private sealed class InProcessHost(Dictionary<string, string> settings) : WebApplicationFactory<PlatformHost::Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // The current directory, as for the host started by hand (run.sh starts both from src/Platform.Host): its
            // appsettings.json and any relative data folder. WebApplicationFactory would otherwise guess a project folder.
            builder.UseContentRoot(Directory.GetCurrentDirectory());
            builder.UseEnvironment(Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production");
            builder.UseSetting("Jobs:Enabled", "false");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
