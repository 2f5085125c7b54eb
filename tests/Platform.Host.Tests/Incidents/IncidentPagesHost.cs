using Platform.Grains.Incidents;

namespace Platform.Host.Tests.Incidents;

/// <summary>
/// Group A of the personas with two real incidents, one shared with a summary, and every persona signed in. The tests
/// that only read share one (<see cref="IncidentSightTests"/>); the others each build their own.
/// </summary>
public sealed class IncidentPagesHost : IAsyncLifetime, IDisposable
{
    private const string Narrative = "NARRATIVE-CANARY-7f3 the guards beat two miners";
    public const string Identity = "IDENTITY-CANARY-9q2";
    private const string Summary = "SUMMARY-CANARY-4k1 shared with the table";

    private readonly PlatformFactory factory = new() { DistinctClientAddresses = true };
    private Personas seed = default!;

    internal Personas Seed => seed;

    public Dictionary<string, FormClient> Browsers { get; } = new(StringComparer.Ordinal);

    public Guid Shared { get; private set; }

    public Guid Unshared { get; private set; }

    public async Task InitializeAsync()
    {
        seed = new Personas(factory);
        await seed.SeedGroupsAsync();
        var police = await seed.OrganisationAsync("Policía Nacional", "public_security_police");
        var alleged = await seed.OrganisationAsync("Minera del Norte", "large_scale_mining");
        var facilitator = await SeatAsync("facilitator", "facilitator", null);
        var handler = await SeatAsync("handler", "member", null);
        var policeHandler = await SeatAsync("police", "member", police);
        var allegedHandler = await SeatAsync("alleged", "member", alleged);
        await SeatAsync("member", "member", null);
        await SeatAsync("observer", "observer", null);
        var donor = await seed.PersonAsync("donor@example.org", PlatformRoles.Donor);
        await seed.PortfolioAsync(donor, seed.GroupA);
        await seed.PersonAsync("admin@example.org", PlatformRoles.Administrator);
        await seed.PersonAsync("outsider@example.org");

        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        var settings = grains.GetGrain<IIncidentSettingsGrain>(seed.GroupA);
        foreach (var appointed in new[] { handler, policeHandler, allegedHandler })
        {
            await settings.AppointHandlerAsync(new AppointHandler(appointed, facilitator));
        }

        Shared = await ReportAsync(grains, facilitator, alleged);
        await grains.GetGrain<IIncidentGrain>(Shared).ShareAsync(new ShareIncident(Summary, facilitator));
        Unshared = await ReportAsync(grains, facilitator, alleged);

        Browsers["anonymous"] = factory.Browser();
        foreach (var name in new[] { "facilitator", "handler", "police", "alleged", "member", "observer", "donor", "admin", "outsider" })
        {
            var browser = factory.Browser();
            Assert.Equal(HttpStatusCode.Found, (await browser.SignInAsync($"{name}@example.org", PlatformFactory.Password)).Status);
            Browsers[name] = browser;
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        foreach (var browser in Browsers.Values)
        {
            browser.Dispose();
        }

        factory.Dispose();
    }

    private async Task<string> SeatAsync(string name, string role, Guid? organisation)
    {
        var id = await seed.PersonAsync($"{name}@example.org");
        await seed.SeatAsync(seed.GroupA, id, role, organisation);
        return id;
    }

    private async Task<Guid> ReportAsync(IGrainFactory grains, string actor, Guid alleged)
    {
        var id = Guid.NewGuid();
        await grains.GetGrain<IIncidentGrain>(id).ReportAsync(new ReportIncident(
            seed.GroupA, IncidentChannel.Member, actor, IncidentKind.AbuseByPrivateSecurity, Narrative, new IncidentPlace("Vereda El Cedro", null, null),
            null, null, [new AllegedParty(alleged, StakeholderType.LargeScaleMining)], new AffectedCounts(0, 2, 0, 0, 0), new NewIdentity(Identity, "300 000 0000")));
        return id;
    }
}
