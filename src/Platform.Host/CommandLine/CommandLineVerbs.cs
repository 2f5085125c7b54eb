namespace Platform.Host.CommandLine;

/// <summary>
/// Operator verbs run instead of serving: <c>backup [path]</c>, <c>verify-journal [public-key.pem]</c> and <c>demo</c>.
/// </summary>
internal static class CommandLineVerbs
{
    /// <summary>Runs a verb such as <c>backup</c> instead of serving; returns true when one ran. Sets the exit code.</summary>
    public static async Task<bool> RunCommandLineVerbAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        int? exitCode = args.FirstOrDefault() switch
        {
            "backup" => await BackupAsync(app.Services, PathArgument(args), Console.Out, Console.Error),
            "verify-journal" => await VerifyJournalAsync(app.Services, PathArgument(args), Console.Out, Console.Error),
            "demo" => await WithSiloAsync(app.Services, () => DemoAsync(app.Services, Console.Out, Console.Error)),
            _ => null,
        };
        if (exitCode is null)
        {
            return false;
        }

        Environment.ExitCode = exitCode.Value;
        return true;
    }

    /// <summary>
    /// Runs a verb that calls grains: migrates (a silo in a cluster reads its membership table from the database), then
    /// starts the co-hosted Orleans silo (not the web server or jobs) around it.
    /// </summary>
    private static async Task<int> WithSiloAsync(IServiceProvider services, Func<Task<int>> verb)
    {
        try
        {
            await services.GetRequiredService<Migrator>().MigrateAsync();
        }
        catch (Exception e) when (services.GetRequiredService<Database>().Unreachable(e) is { } where)
        {
            await Console.Error.WriteLineAsync($"Cannot reach the database server at {where}.");
            return StorageExtensions.DatabaseUnreachableExitCode;
        }

        var silo = services.GetServices<IHostedService>()
            .Where(s => s.GetType().Namespace?.StartsWith("Orleans", StringComparison.Ordinal) == true)
            .ToList();
        foreach (var service in silo)
        {
            await service.StartAsync(CancellationToken.None);
        }

        try
        {
            return await verb();
        }
        finally
        {
            foreach (var service in Enumerable.Reverse(silo))
            {
                await service.StopAsync(CancellationToken.None);
            }
        }
    }

    // "backup --Storage:DataDirectory=/srv/data" must not take the configuration switch for the destination.
    private static string? PathArgument(string[] args) =>
        args.Length > 1 && !args[1].StartsWith('-') ? args[1] : null;

    /// <summary>Copies the live database (no migration: a backup must capture the file as it is) and prints the copy's path.</summary>
    internal static async Task<int> BackupAsync(IServiceProvider services, string? path, TextWriter output, TextWriter error)
    {
        // Built on the spot when AddPlatformGrains has not registered it: the verb needs nothing but the database.
        var backup = services.GetService<DatabaseBackup>() ?? new DatabaseBackup(services.GetRequiredService<Database>(), TimeProvider.System);
        try
        {
            await output.WriteLineAsync(await backup.BackupAsync(path));
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            await error.WriteLineAsync($"backup failed: {e.Message}");
            return 1;
        }
    }

    /// <summary>
    /// Walks the journal's hash chain and holds it against every signed anchor (checked with the public key file
    /// <paramref name="publicKeyPath"/> when given, else the data folder's key); prints one line per finding.
    /// Exit code 0 when intact, 1 when broken, truncated, rewritten or an anchor is forged, 2 when it cannot be read.
    /// </summary>
    internal static async Task<int> VerifyJournalAsync(IServiceProvider services, string? publicKeyPath, TextWriter output, TextWriter error)
    {
        var verifier = ActivatorUtilities.GetServiceOrCreateInstance<JournalVerifier>(services);
        var database = services.GetRequiredService<Database>();
        var anchors = services.GetService<JournalAnchors>() ?? new JournalAnchors(database, new JournalQueries(database), TimeProvider.System);
        try
        {
            var publicKey = publicKeyPath is null ? null : await File.ReadAllTextAsync(publicKeyPath);
            var report = await verifier.CheckAsync(anchors.ReadAll(publicKey));
            foreach (var line in JournalReportText.Lines(report))
            {
                await output.WriteLineAsync(line);
            }

            return report.IsIntact ? 0 : 1;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or System.Security.Cryptography.CryptographicException or ArgumentException)
        {
            await error.WriteLineAsync($"journal unreadable: {e.Message}");
            return 2;
        }
    }

    /// <summary>Migrates, then fills an empty database with the demo setting; refuses a database that has people.</summary>
    internal static async Task<int> DemoAsync(IServiceProvider services, TextWriter output, TextWriter error)
    {
        await services.GetRequiredService<Migrator>().MigrateAsync();
        await using var scope = services.CreateAsyncScope();
        var seeder = ActivatorUtilities.CreateInstance<Platform.Host.Demo.DemoSeeder>(scope.ServiceProvider);
        if (!await seeder.IsEmptyAsync())
        {
            await error.WriteLineAsync("demo fills an empty database only; this one already has people. Use another Storage:DataDirectory.");
            return 1;
        }

        await seeder.SeedAsync(output);
        return 0;
    }
}
