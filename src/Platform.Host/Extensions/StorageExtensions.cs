using Microsoft.AspNetCore.DataProtection;
using Platform.Grains.Storage;

namespace Platform.Host.Extensions;

internal static class StorageExtensions
{
    /// <summary>Registers the database from the "Storage" section (defaults: SQLite in ./data).</summary>
    public static WebApplicationBuilder AddPlatformStorage(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        builder.Services.AddSingleton(options);
        var database = new Database(options, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(database);
        // Keys live beside the database so sign-in cookies and antiforgery tokens survive a restart.
        builder.Services.AddDataProtection()
            .SetApplicationName("Roundtable")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(database.DataDirectory, "keys")));
        builder.Services.AddSingleton<Migrator>(sp => new Migrator(sp.GetRequiredService<Database>()));
        return builder;
    }

    /// <summary>Applies pending migrations; a database from a newer release stops the host with a clear message.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        try
        {
            await app.Services.GetRequiredService<Migrator>().MigrateAsync();
        }
        catch (SchemaTooNewException e)
        {
            app.Logger.LogCritical("{Message}", e.Message);
            Console.Error.WriteLine(e.Message);
            Environment.Exit(3);
        }
    }
}
