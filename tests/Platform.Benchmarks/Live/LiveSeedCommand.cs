using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Platform.Grains.Storage;

namespace Platform.Benchmarks.Live;

/// <summary>
/// <c>seed-live &lt;cookie-file&gt; [groups=100] [members=20] [items=50] [--Key=Value …]</c> on a host's services: checks the
/// arguments, refuses a database that has people or an existing file, and seeds with <see cref="LiveSeeder"/>.
/// The benchmark runs it on the real host started in-process (<c>LiveSeedHost</c>); Platform.Host.Tests on its test host.
/// </summary>
internal static class LiveSeedCommand
{
    internal const string Usage = "usage: seed-live <cookie-file> [groups=100] [members=20] [items=50] [--Key=Value host settings…]";

    /// <summary>Migrates with the host's <see cref="Migrator"/>, then fills an empty database and writes its sign-in cookies to a file (never printed).</summary>
    internal static async Task<int> SeedAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var positional = args.Skip(1).TakeWhile(a => !a.StartsWith('-')).ToArray();
        if (positional.Length is 0 or > 4 || positional.Skip(1).Any(a => !int.TryParse(a, CultureInfo.InvariantCulture, out var n) || n < 1))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        int Number(int index, int fallback) => positional.Length > index ? int.Parse(positional[index], CultureInfo.InvariantCulture) : fallback;
        await services.GetRequiredService<Migrator>().MigrateAsync();
        await using var scope = services.CreateAsyncScope();
        var seeder = ActivatorUtilities.CreateInstance<LiveSeeder>(scope.ServiceProvider);
        if (!await seeder.IsEmptyAsync())
        {
            await error.WriteLineAsync("seed-live fills an empty database only; this one already has people. Use another Storage:DataDirectory.");
            return 1;
        }

        if (File.Exists(positional[0]))
        {
            await error.WriteLineAsync("seed-live does not overwrite an existing file.");
            return 1;
        }

        await seeder.SeedAsync(positional[0], Number(1, 100), Number(2, 20), Number(3, 50), output);
        return 0;
    }
}
