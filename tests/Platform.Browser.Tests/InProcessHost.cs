using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Platform.Grains.People;
using Platform.Grains.Storage;

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

    /// <summary>The password of every person <see cref="CreateUserAsync"/> creates.</summary>
    public const string Password = "a long passphrase";

    /// <summary>Rows written straight to this host's database.</summary>
    public TestData Data => new(Services.GetRequiredService<Database>());

    /// <summary>Creates a person who signs in with <see cref="Password"/>; <paramref name="twoStepGrace"/> gives them a year before two-step enrolment.</summary>
    public async Task<User> CreateUserAsync(string email, string name, bool twoStepGrace = false)
    {
        using var scope = Services.CreateScope();
        var person = new User { Email = email, DisplayName = name, TwoStepGraceUntil = twoStepGrace ? DateTimeOffset.UtcNow.AddYears(1) : null };
        Assert.True((await scope.ServiceProvider.GetRequiredService<UserManager<User>>().CreateAsync(person, Password)).Succeeded);
        return person;
    }

    /// <summary>A new group <paramref name="groupName"/> where <paramref name="facilitator"/> is seated as facilitator for an NGO.</summary>
    public async Task<Guid> FacilitatedGroupAsync(string groupName, User facilitator)
    {
        var group = await Data.GroupAsync(groupName);
        await Data.SeatAsync(group, facilitator.Id, await Data.OrganisationAsync("Corporación Tierra Viva"), "facilitator");
        return group;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Storage:DataDirectory", Folder);
        builder.UseSetting("Jobs:Enabled", "false");
        builder.UseSetting("Orleans:SiloPort", TestPorts.Free().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:GatewayPort", TestPorts.Free().ToString(System.Globalization.CultureInfo.InvariantCulture));
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
