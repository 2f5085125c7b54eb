using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Platform.Host.Tests;

/// <summary>The real host over its own SQLite file in a temporary folder; the folder goes when the factory is disposed.</summary>
public sealed class PlatformFactory(string environment = "Development") : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("roundtable-host-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
    }

    /// <summary>A client that does not follow redirects, so tests see where a response sends the user.</summary>
    public HttpClient CreateBrowserlikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Left behind only if a file is still open; the OS cleans temp.
            }
        }
    }
}
