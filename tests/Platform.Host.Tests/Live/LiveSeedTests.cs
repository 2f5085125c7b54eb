using System.Text.Json;
using Platform.Benchmarks.Live;

namespace Platform.Host.Tests.Live;

/// <summary>
/// The live benchmark's seeding (tests/Platform.Benchmarks <c>seed-live</c>, its sources linked here) on the host's services:
/// cookies that work, never printed, and never for a database that has people.
/// </summary>
public sealed class LiveSeedTests : IDisposable
{
    private readonly PlatformFactory factory = new();

    [Fact]
    public async Task SeedAsync_OnEmptyDatabase_WritesCookiesThatOpenOnlyTheirOwnGroup()
    {
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var file = Path.Combine(factory.Folder, "bench-cookies.json");
        var output = new StringWriter();

        var exitCode = await LiveSeedCommand.SeedAsync(factory.Services, ["seed-live", file, "2", "3", "1"], output, TextWriter.Null);

        Assert.Equal(0, exitCode);
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        var cookieName = manifest.RootElement.GetProperty("cookieName").GetString();
        var groups = manifest.RootElement.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(2, groups.Count);
        var first = groups[0];
        var cookie = first.GetProperty("cookies")[1].GetString()!;
        Assert.Equal(3, first.GetProperty("cookies").GetArrayLength());
        Assert.DoesNotContain(cookie, output.ToString(), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        Assert.Equal((HttpStatusCode.OK, null), await GetAsync(client, $"/groups/{first.GetProperty("id").GetString()}", $"{cookieName}={cookie}"));
        // The facilitator (first seat) posts the benchmark's writes: not sent to two-step enrolment.
        var facilitator = first.GetProperty("cookies")[0].GetString()!;
        Assert.Equal((HttpStatusCode.OK, null), await GetAsync(client, $"/groups/{first.GetProperty("id").GetString()}", $"{cookieName}={facilitator}"));
        var other = await GetAsync(client, $"/groups/{groups[1].GetProperty("id").GetString()}", $"{cookieName}={cookie}");
        Assert.Equal(HttpStatusCode.Found, other.Status);
        Assert.StartsWith("/account/access-denied", other.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedAsync_WhenDatabaseHasPeople_RefusesAndWritesNoFile()
    {
        await factory.CreateUserAsync("someone@example.org");
        var file = Path.Combine(factory.Folder, "bench-cookies.json");
        var error = new StringWriter();

        var exitCode = await LiveSeedCommand.SeedAsync(factory.Services, ["seed-live", file], TextWriter.Null, error);

        Assert.Equal(1, exitCode);
        Assert.False(File.Exists(file));
        Assert.Contains("empty database only", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => factory.Dispose();

    /// <summary>Status and redirect path: a signed-in person without access is sent to access-denied, not to sign-in.</summary>
    private static async Task<(HttpStatusCode Status, string? Location)> GetAsync(HttpClient client, string path, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
    }
}
