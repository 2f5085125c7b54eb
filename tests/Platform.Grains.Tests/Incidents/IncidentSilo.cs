using Platform.Grains.Incidents;
using Platform.Grains.Organisations;
using Platform.Grains.Tests.WorkingGroups;
using Platform.Grains.WorkingGroups;

namespace Platform.Grains.Tests.Incidents;

/// <summary>The incident grains over a test database, with a group whose seats cover every way of seeing an incident.</summary>
internal sealed class IncidentSilo(Database database) : GrainSilo<IIncidentEvent>(database)
{
    public static Task<IncidentSilo> StartAsync() => OnOwnDatabaseAsync(database => new IncidentSilo(database));

    public const string Narrative = "Canary-narrative-7f3a: guards beat two women at the river crossing";
    public const string PlaceName = "Canary-place-Quebrada Honda";
    public const string ReporterName = "Canary-name-María Pérez";

    public IIncidentGrain Incident(Guid id) => Grain<IIncidentGrain>(id);

    public IIncidentSettingsGrain Settings(Guid groupId) => Grain<IIncidentSettingsGrain>(groupId);

    public IncidentRetention Retention => new(Groups.Database, Factory);

    public IncidentFollowUpScan FollowUps => new(Groups.Database);

    public IncidentQueries Queries => new(Groups.Database);

    public Task ExecuteAsync(string sql, object? parameters = null) => Groups.Data.ExecuteAsync(sql, parameters);

    public Task<T> ScalarAsync<T>(string sql, object? parameters = null) => Groups.Data.ScalarAsync<T>(sql, parameters);

    public async Task<IncidentSeats> SeatsAsync(string zone = "America/Bogota")
    {
        var (group, ana, civil) = await GroupAsync(zone);
        var community = await Groups.OrganisationAsync("Consejo comunitario", "community");
        var police = await Groups.OrganisationAsync("Policía Nacional", "public_security_police");
        var company = await Groups.OrganisationAsync("Minera del Norte", "large_scale_mining");
        var hugo = await SeatAsync(group, ana, "Hugo", community, GroupRole.Member);
        var pedro = await SeatAsync(group, ana, "Pedro", police, GroupRole.Member);
        var carla = await SeatAsync(group, ana, "Carla", company, GroupRole.Member);
        var marta = await SeatAsync(group, ana, "Marta", community, GroupRole.Member);
        var olga = await SeatAsync(group, ana, "Olga", civil, GroupRole.Observer);
        foreach (var handler in new[] { hugo, pedro, carla })
        {
            await Settings(group).AppointHandlerAsync(new AppointHandler(handler, ana));
        }

        var donor = await Groups.PersonAsync("Diana");
        await Groups.Data.RoleAsync(donor, "donor");
        await Groups.Data.PortfolioAsync(donor, group);
        var admin = await Groups.PersonAsync("Adrián");
        await Groups.Data.RoleAsync(admin, "administrator");
        var outsider = await Groups.PersonAsync("Óscar");
        var authority = (await Settings(group).AddAuthorityAsync(new AddAuthority("Fiscalía seccional", AuthorityKind.Prosecutor, ana))).Authorities.Single().Id;
        await Settings(group).ChangeAsync(new ChangeIncidentSettings(true, 30, 10, ana));
        return new IncidentSeats(group, ana, hugo, pedro, carla, company, marta, olga, donor, admin, outsider, authority);
    }

    /// <summary>Files <paramref name="report"/> as a new incident.</summary>
    public Task<IncidentState> ReportAsync(ReportIncident report) => Incident(Guid.NewGuid()).ReportAsync(report);

    /// <summary>A new incident holding Marta's report (<see cref="ByMember"/>).</summary>
    public async Task<IIncidentGrain> ReportedByMemberAsync(IncidentSeats s)
    {
        var grain = Incident(Guid.NewGuid());
        await grain.ReportAsync(ByMember(s));
        return grain;
    }

    private async Task<string> SeatAsync(Guid group, string facilitator, string name, Guid organisation, GroupRole role)
    {
        var person = await Groups.PersonAsync(name);
        await Groups.Group(group).AddMemberAsync(new AddMember(person, organisation, role, facilitator));
        return person;
    }

    /// <summary>A report by Marta (a member) alleging the company, with her name given as reporter.</summary>
    public static ReportIncident ByMember(IncidentSeats s) => new(
        s.Group, IncidentChannel.Member, s.Member, IncidentKind.AbuseByPrivateSecurity, Narrative,
        new IncidentPlace(PlaceName, 7.08m, -74.7m), new LocalDate(2026, 11, 20), null,
        [new AllegedParty(s.Company, StakeholderType.LargeScaleMining), new AllegedParty(null, StakeholderType.PrivateSecurity)],
        new AffectedCounts(2, 0, 0, 0, 0), new NewIdentity(ReporterName, "+57 300 000 0000"));

    /// <summary>A report through the public form, with a receipt.</summary>
    public static ReportIncident ByWebForm(Guid group) => new(
        group, IncidentChannel.WebForm, null, IncidentKind.GrievanceWater, Narrative, null, null, null, [], AffectedCounts.None,
        Receipt: new IncidentReceipt("1234", "pbkdf2$fake"));
}

/// <summary>
/// Ana facilitates; Hugo (community), Pedro (police) and Carla (the company) are named case handlers; Marta a plain
/// member; Olga an observer; Diana a donor with the group in her portfolio; Adrián an administrator; Óscar nobody.
/// </summary>
internal sealed record IncidentSeats(
    Guid Group, string Facilitator, string Handler, string Police, string CompanyHandler, Guid Company, string Member,
    string Observer, string Donor, string Admin, string Outsider, Guid Authority);
