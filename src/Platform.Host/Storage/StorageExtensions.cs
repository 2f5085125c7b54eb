using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Platform.Host.Storage;

internal static partial class StorageExtensions
{
    /// <summary>Registers the database from the "Storage" section (defaults: SQLite in ./data).</summary>
    public static WebApplicationBuilder AddPlatformStorage(this WebApplicationBuilder builder)
    {
        // Before anything creates a file: whatever the service's umask, what this process writes is owner-only.
        OwnerOnly.RestrictProcessUmask();
        var options = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        builder.Services.AddSingleton(options);
        var database = new Database(options, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(database);
        // Keys live where the data lives so sign-in cookies and antiforgery tokens survive a restart: on SQLite in the
        // owner-only data folder; on PostgreSQL in the database, which every host of a cluster shares (a cookie signed
        // by one host is read by the next). With a certificate (kept outside the data) they are encrypted at rest as well.
        var protection = builder.Services.AddDataProtection().SetApplicationName("Roundtable");
        if (database.Dialect.Name == "postgres")
        {
            builder.Services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
                .Configure<Database, TimeProvider>((o, db, time) => o.XmlRepository = new DatabaseKeyRepository(db, time));
        }
        else
        {
            var keys = Path.Combine(database.DataDirectory, "keys");
            OwnerOnly.CreateDirectory(keys);
            protection.PersistKeysToFileSystem(new DirectoryInfo(keys));
        }

        if (builder.Configuration["DataProtection:CertificateFile"] is { Length: > 0 } certificateFile)
        {
            // Unprotect with this very certificate: on Linux there is no certificate store to find it in by thumbprint.
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(certificateFile, builder.Configuration["DataProtection:CertificatePassword"]);
            protection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }
        builder.Services.AddSingleton<Migrator>(sp => new Migrator(sp.GetRequiredService<Database>()));
        return builder;
    }

    /// <summary>
    /// Makes the data folder and everything in it owner-only, warning about each path that was readable by others
    /// (a folder made before this release, or a file copied in by hand). Runs before any verb or migration opens a file.
    /// </summary>
    public static WebApplication ProtectDataFolder(this WebApplication app)
    {
        var changed = OwnerOnly.Tighten(app.Services.GetRequiredService<Database>().DataDirectory);
        foreach (var path in changed.Take(MaxPathsLogged))
        {
            LogTightened(app.Logger, path);
        }

        if (changed.Count > MaxPathsLogged)
        {
            LogTightenedMore(app.Logger, changed.Count - MaxPathsLogged);
        }

        return app;
    }

    private const int MaxPathsLogged = 20;

    [LoggerMessage(LogLevel.Critical, "Cannot reach the database server at {Where}; the host stops (exit code {ExitCode}) and its supervisor may start it again.")]
    private static partial void LogUnreachable(ILogger logger, string where, int exitCode);

    [LoggerMessage(LogLevel.Warning, "{Path} was readable by other accounts; it is now owner-only.")]
    private static partial void LogTightened(ILogger logger, string path);

    [LoggerMessage(LogLevel.Warning, "{Count} more paths in the data folder were readable by other accounts; they are now owner-only.")]
    private static partial void LogTightenedMore(ILogger logger, int count);

    /// <summary>Exit code of a host that could not reach its database server at start.</summary>
    public const int DatabaseUnreachableExitCode = 4;

    /// <summary>
    /// Applies pending migrations; a database from a newer release, or a database server that cannot be reached, stops the
    /// host with a clear message.
    /// </summary>
    /// A host without its database cannot serve a page, join the cluster (membership lives there) or run a job, so it does
    /// not wait: it exits non-zero at once, never listening, so the proxy sends no one to it, and its supervisor (systemd's
    /// Restart=on-failure in infra/roundtable.service) starts it again, which shows in the service's status and journal.
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        try
        {
            await app.Services.GetRequiredService<Migrator>().MigrateAsync();
        }
        catch (Exception e) when (app.Services.GetRequiredService<Database>().Unreachable(e) is { } where)
        {
            LogUnreachable(app.Logger, where, DatabaseUnreachableExitCode);
            // Disposing the services flushes the console log before the process ends.
            await app.DisposeAsync();
            Environment.Exit(DatabaseUnreachableExitCode);
        }
        catch (SchemaTooNewException e)
        {
            app.Logger.LogCritical("{Message}", e.Message);
            Console.Error.WriteLine(e.Message);
            Environment.Exit(3);
        }
    }
}
