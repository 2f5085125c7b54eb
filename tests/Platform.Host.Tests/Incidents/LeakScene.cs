using Platform.Grains.Incidents;

namespace Platform.Host.Tests.Incidents;

/// <summary>
/// Group A of the personas with two incidents full of canaries (narrative, place, a named reporter, an identity, an
/// evidence link, a case note): one shared with the group under a summary, one not. The shared one is taken up by an
/// agenda item of meeting A (with a note and a decision in its published record), action item A and commitment A.
/// Both name the organisation "Minera del Norte" as alleged. The expected sight of each persona is written out here
/// by hand, from the issue's rules, so a change to <see cref="IncidentAudience"/> that lets more through fails.
/// </summary>
internal sealed class LeakScene(PlatformFactory factory)
{
    /// <summary>The member who records the shared incident: their name is the reporter's identity on the case.</summary>
    public const string ReporterName = "reporter-canary-r5t";

    public const string RecordNote = "RECORD-NOTE-CANARY-k2w";

    public Personas Seed { get; } = new(factory);

    public Guid Shared { get; private set; }

    public Guid Unshared { get; private set; }

    public Guid AgendaItem { get; } = Guid.NewGuid();

    public Dictionary<string, string> Users { get; } = new(StringComparer.Ordinal);

    /// <summary>What each persona sees of (shared, unshared), per the issue: handlers details unless police or alleged, members the shared summary, donors and administrators counts.</summary>
    public static readonly IReadOnlyDictionary<string, (IncidentSight Shared, IncidentSight Unshared)> Expected =
        new Dictionary<string, (IncidentSight, IncidentSight)>(StringComparer.Ordinal)
        {
            ["facilitator"] = (IncidentSight.Details, IncidentSight.Details),
            ["handler"] = (IncidentSight.Details, IncidentSight.Details),
            ["police-handler"] = (IncidentSight.CaseWithoutPeople, IncidentSight.CaseWithoutPeople),
            ["alleged-handler"] = (IncidentSight.CaseWithoutPeople, IncidentSight.CaseWithoutPeople),
            ["police-member"] = (IncidentSight.SharedSummary, IncidentSight.None),
            ["member"] = (IncidentSight.SharedSummary, IncidentSight.None),
            ["observer"] = (IncidentSight.None, IncidentSight.None),
            ["donor"] = (IncidentSight.Counts, IncidentSight.Counts),
            ["admin"] = (IncidentSight.Counts, IncidentSight.Counts),
            ["outsider"] = (IncidentSight.None, IncidentSight.None),
        };

    /// <summary>Who reads restricted parts of a record (the record's own rule): seated members and facilitators, administrators.</summary>
    public static bool SeesRestrictedRecord(string persona) => persona is not ("observer" or "donor" or "outsider");

    public static IEnumerable<object[]> Personas => Expected.Keys.Select(k => new object[] { k });

    /// <summary>A canary of one incident's field ("narrative", "place", "identity", "evidence", "message", "summary").</summary>
    public static string Canary(string field, bool shared) => $"{field.ToUpperInvariant()}-CANARY-{(shared ? "s" : "u")}9x";

    public static readonly string[] Fields = ["narrative", "place", "identity", "evidence", "message", "summary"];

    public IGrainFactory Grains => factory.Services.GetRequiredService<IGrainFactory>();

    public async Task BuildAsync()
    {
        await Seed.SeedGroupsAsync();
        var police = await Seed.OrganisationAsync("Policía Nacional", "public_security_police");
        var alleged = await Seed.OrganisationAsync("Minera del Norte", "large_scale_mining");
        await SeatAsync("facilitator", "facilitator", null);
        await SeatAsync("handler", "member", null);
        await SeatAsync("police-handler", "member", police);
        await SeatAsync("alleged-handler", "member", alleged);
        await SeatAsync("police-member", "member", police);
        await SeatAsync("member", "member", null);
        await SeatAsync("observer", "observer", null);
        var reporter = await Seed.PersonAsync($"{ReporterName}@example.org");
        await Seed.SeatAsync(Seed.GroupA, reporter, "member");
        Users["donor"] = await Seed.PersonAsync("donor@example.org", PlatformRoles.Donor);
        await Seed.PortfolioAsync(Users["donor"], Seed.GroupA);
        Users["admin"] = await Seed.PersonAsync("admin@example.org", PlatformRoles.Administrator);
        Users["outsider"] = await Seed.PersonAsync("outsider@example.org");

        var facilitator = Users["facilitator"];
        var settings = Grains.GetGrain<IIncidentSettingsGrain>(Seed.GroupA);
        foreach (var appointed in new[] { "handler", "police-handler", "alleged-handler" })
        {
            await settings.AppointHandlerAsync(new AppointHandler(Users[appointed], facilitator));
        }

        Shared = await IncidentAsync(reporter, alleged, shared: true);
        Unshared = await IncidentAsync(facilitator, alleged, shared: false);
        await LinkAsync();
        await RecordAsync();
    }

    private async Task SeatAsync(string name, string role, Guid? organisation)
    {
        Users[name] = await Seed.PersonAsync($"{name}@example.org");
        await Seed.SeatAsync(Seed.GroupA, Users[name], role, organisation);
    }

    private async Task<Guid> IncidentAsync(string reporter, Guid alleged, bool shared)
    {
        var id = Guid.NewGuid();
        var grain = Grains.GetGrain<IIncidentGrain>(id);
        await grain.ReportAsync(new ReportIncident(
            Seed.GroupA, IncidentChannel.Member, reporter, IncidentKind.AbuseByPrivateSecurity, Canary("narrative", shared),
            new IncidentPlace(Canary("place", shared), null, null), null, null, [new AllegedParty(alleged, StakeholderType.LargeScaleMining)],
            new AffectedCounts(0, 2, 0, 0, 0), new NewIdentity(Canary("identity", shared), "300 000 0000")));
        var facilitator = Users["facilitator"];
        await grain.AddEvidenceAsync(new AddIncidentEvidence($"https://evidence.example.org/{Canary("evidence", shared)}", null, null, null, facilitator));
        await grain.AddMessageAsync(new AddIncidentMessage(Canary("message", shared), facilitator));
        if (shared)
        {
            await grain.ShareAsync(new ShareIncident(Canary("summary", shared), facilitator));
        }

        return id;
    }

    /// <summary>The chain: an agenda item of meeting A takes up the shared incident; action item A and commitment A deal with it.</summary>
    private Task LinkAsync() => Seed.ExecuteAsync("""
        INSERT INTO agenda_item (id, meeting_id, position, title, incident_id, created_at)
        VALUES (@agenda, @meeting, 1, 'Seguimiento del caso', @incident, '2026-11-01T00:00:00.0000000Z');
        UPDATE action_item SET incident_id = @incident WHERE id = @action;
        UPDATE commitment SET incident_id = @incident WHERE id = @commitment;
        """, new
    {
        agenda = AgendaItem.ToString(),
        meeting = Seed.MeetingA.ToString(),
        incident = Shared.ToString(),
        action = Seed.ActionA.ToString(),
        commitment = Seed.CommitmentA.ToString(),
    });

    /// <summary>The meeting discusses the case: a note (restricted, since the item takes up an incident) and a decision, then the record is published.</summary>
    private async Task RecordAsync()
    {
        var facilitator = Users["facilitator"];
        var record = Grains.GetGrain<IMeetingRecordGrain>(Seed.MeetingA);
        await record.RecordAttendanceAsync(new(
            [.. new[] { "facilitator", "member", "police-member", "observer" }.Select(p => new MemberAttendance(Users[p], AttendanceStatus.Present))], [], facilitator));
        await record.AddNoteAsync(new AddNote(AgendaItem, RecordNote, false, facilitator));
        await record.AddOutcomeAsync(new AddOutcome(AgendaItem, OutcomeKind.Decision, "Pedir informe a la empresa", false, facilitator));
        await record.PublishAsync(new PublishRecord(facilitator, true));
    }
}
