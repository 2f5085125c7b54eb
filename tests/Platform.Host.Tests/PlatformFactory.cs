using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Platform.Web.Notifications;
using Platform.Messages.Notifications;

namespace Platform.Host.Tests;

/// <summary>The real host on a fresh data folder with a fake clock; the folder is deleted on dispose.</summary>
/// <remarks>Given <paramref name="sharedFolder"/> (another factory's <see cref="Folder"/>), it is a second host on the same database and keys.</remarks>
public sealed class PlatformFactory(string environment = "Development", string? sharedFolder = null) : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery";

    public string Folder { get; } = sharedFolder ?? Directory.CreateTempSubdirectory("roundtable-host-").FullName;

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public string Outbox => Path.Combine(Folder, "outbox");

    /// <summary>Makes every request look as if it came from its own client address, so per-address rate limits never answer.</summary>
    /// <remarks>For tests that post to rate-limited pages many times on purpose (the authorisation matrix).</remarks>
    public bool DistinctClientAddresses { get; init; }

    /// <summary>The address every request seems to come from (a proxy on loopback, a stranger), before forwarded headers apply.</summary>
    public System.Net.IPAddress? ClientAddress { get; init; }

    /// <summary>Configuration settings beyond the data folder, e.g. <c>Network:TrustedProxies</c>.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Replaces services after the host's own, e.g. a counting password hasher.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>Starts the Hangfire server and its recurring scans; off by default so tests drive the scans themselves with the fake clock.</summary>
    public bool JobsEnabled { get; init; }

    /// <summary>
    /// An SQLite database migrated once per test run: each new data folder starts from a copy, where every host would
    /// otherwise apply every migration again (0.15–0.3 s each, and the suite starts about 300 hosts). The host still runs
    /// its migrator at start, which finds nothing to do, so a migration missing from the copy would still be applied.
    /// </summary>
    private static readonly Lazy<string> MigratedTemplate = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    private static string CreateTemplate()
    {
        var folder = Directory.CreateTempSubdirectory("roundtable-template-").FullName;
        var database = new Platform.Grains.Storage.Database(new Platform.Grains.Storage.StorageOptions { DataDirectory = folder }, folder);
        new Platform.Grains.Storage.Migrator(database).MigrateAsync().GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools(); // closing the last connection checkpoints the WAL into the file
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return Path.Combine(folder, "roundtable.db");
    }

    /// <summary>A new folder on the default database (SQLite) starts from <see cref="MigratedTemplate"/>, owner-only like the host makes it.</summary>
    private void StartFromTemplate()
    {
        if (sharedFolder is not null || Settings.Keys.Any(k => k.StartsWith("Storage:", StringComparison.Ordinal)) || File.Exists(DatabaseFile))
        {
            return;
        }

        File.Copy(MigratedTemplate.Value, DatabaseFile);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(DatabaseFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        StartFromTemplate();
        builder.UseEnvironment(environment);
        builder.UseSetting("Storage:DataDirectory", Folder);
        builder.UseSetting("Jobs:Enabled", JobsEnabled ? "true" : "false");

        // Each host co-hosts its own Orleans silo: free loopback ports, so parallel test classes never collide.
        builder.UseSetting("Orleans:SiloPort", TestPorts.Free().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:GatewayPort", TestPorts.Free().ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);

            // Orleans 10 takes its clock from the container too, so the silo runs on this fake one. A jump of days would
            // make its membership declare the (only) silo dead and stop the process; one silo has no peers to watch anyway.
            services.Configure<Orleans.Configuration.ClusterMembershipOptions>(o => o.LivenessEnabled = false);
            if (DistinctClientAddresses)
            {
                services.AddSingleton<IStartupFilter, DistinctAddressFilter>();
            }

            if (ClientAddress is { } address)
            {
                services.AddSingleton<IStartupFilter>(new FixedAddressFilter(address));
            }

            TestServices?.Invoke(services);
        });
    }


    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    /// <remarks>Outside Development cookies are Secure, so the client speaks https as a real deployment would.</remarks>
    public FormClient Browser() => new(CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri(environment == "Development" ? "http://localhost" : "https://localhost"),
    }));

    /// <summary>Rows written straight to this host's database (people without passwords, organisations, groups, seats).</summary>
    /// <remarks>Rows a running grain owns are written before that grain activates, or it keeps its own state.</remarks>
    public TestData Data => new(Services.GetRequiredService<Platform.Grains.Storage.Database>());

    /// <summary>The SQLite file behind this host.</summary>
    public string DatabaseFile => Path.Combine(Folder, "roundtable.db");

    /// <summary>Creates <paramref name="email"/> (with an optional platform role) and returns a browser signed in as them.</summary>
    public async Task<FormClient> SignedInBrowserAsync(string email, string? role = null)
    {
        await CreateUserAsync(email, role);
        return await SignedInAsync(email);
    }

    /// <summary>A new browser signed in as <paramref name="email"/>, who already exists.</summary>
    public async Task<FormClient> SignedInAsync(string email)
    {
        var browser = Browser();
        Assert.Equal(System.Net.HttpStatusCode.Found, (await browser.SignInAsync(email, Password)).Status);
        return browser;
    }

    public Task<FormClient> SignedInAsync(User user) => SignedInAsync(user.Email);

    public async Task<string> IssueSetupTokenAsync()
    {
        using var scope = Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SetupTokenIssuer>().IssueIfNeededAsync()
            ?? throw new InvalidOperationException("An administrator already exists; no setup token was issued.");
    }

    /// <remarks>
    /// Unless <paramref name="twoStepGrace"/> is false, the person has an administrator's grace from two-step verification,
    /// so tests about other things can sign in as a facilitator or administrator with a password alone.
    /// </remarks>
    public async Task<User> CreateUserAsync(string email, string? role = null, bool twoStepGrace = true)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User { Email = email, DisplayName = email.Split('@')[0], TwoStepGraceUntil = twoStepGrace ? DateTimeOffset.UtcNow.AddYears(1) : null };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        if (role is not null)
        {
            await users.AddToRoleAsync(user, role);
        }

        return user;
    }

    public async Task<User?> FindUserAsync(string email)
    {
        using var scope = Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<User>>().FindByEmailAsync(email);
    }

    public async Task<IList<string>> RolesOfAsync(User user)
    {
        using var scope = Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<User>>().GetRolesAsync(user);
    }

    public async Task<bool> AnyAdministratorAsync()
    {
        using var scope = Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserStore>().AnyAdministratorAsync();
    }

    /// <summary>Stores an invitation the way the invite page does and returns its link token.</summary>
    public async Task<string> InviteAsync(User inviter, string email, string? role = null)
    {
        var token = OneTimeToken.Create();
        var now = Time.GetUtcNow();
        var invitation = new Invitation(Guid.NewGuid().ToString(), email, role, "es", inviter.Id, now, now + Invitation.Lifetime, null);
        await Services.GetRequiredService<InvitationStore>().CreateAsync(invitation, token.Hash);
        return token.Value;
    }

    /// <summary>Runs the mail delivery job's body once, as its schedule would: pending requests expanded, due mail sent.</summary>
    public Task<int> DeliverMailAsync() => Services.GetRequiredService<MailDispatch>().RunAsync(Time.GetUtcNow());

    /// <summary>Runs the mail delivery job once, then returns the messages in the outbox folder, oldest first.</summary>
    public async Task<IReadOnlyList<string>> DeliveredMailAsync()
    {
        await DeliverMailAsync();
        return OutboxMessages();
    }

    /// <summary>The messages written to the outbox folder, oldest first.</summary>
    public IReadOnlyList<string> OutboxMessages() =>
        Directory.Exists(Outbox)
            ? [.. new DirectoryInfo(Outbox).GetFiles("*.eml").OrderBy(f => f.CreationTimeUtc).Select(f => File.ReadAllText(f.FullName))]
            : [];

    /// <summary>Decrypts a sign-in cookie the way the host does, to inspect the claims it carries.</summary>
    public System.Security.Claims.ClaimsPrincipal PrincipalFromCookie(string setCookie)
    {
        var options = Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var value = setCookie.Split(';')[0].Split('=', 2)[1];
        return options.TicketDataFormat.Unprotect(value)?.Principal ?? throw new InvalidOperationException("The cookie did not decrypt.");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (sharedFolder is not null)
        {
            return;
        }

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

/// <summary>Gives each request a fresh client address before anything else in the pipeline sees it.</summary>
internal sealed class DistinctAddressFilter : IStartupFilter
{
    private int next;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> inner) => app =>
    {
        app.Use((HttpContext context, RequestDelegate following) =>
        {
            var n = Interlocked.Increment(ref next);
            context.Connection.RemoteIpAddress = new System.Net.IPAddress([10, (byte)(n >> 16), (byte)(n >> 8), (byte)n]);
            return following(context);
        });
        inner(app);
    };
}

/// <summary>Gives every request the same client address before anything else in the pipeline sees it.</summary>
internal sealed class FixedAddressFilter(System.Net.IPAddress address) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> inner) => app =>
    {
        app.Use((HttpContext context, RequestDelegate following) =>
        {
            context.Connection.RemoteIpAddress = address;
            return following(context);
        });
        inner(app);
    };
}
