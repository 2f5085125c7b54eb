using Platform.Grains;
using Platform.Grains.ActionItems;
using Platform.Grains.Incidents;
using Platform.Grains.MeetingRecords;
using Platform.Grains.Meetings;
using Platform.Grains.Tests.Progress;
using Platform.Grains.Tests.WorkingGroups;

namespace Platform.Grains.Tests.Incidents;

/// <summary>Incident → agenda item → outcome → action item, through the meeting and action item grains and the chain query.</summary>
public sealed class IncidentChainTests
{
    [Fact]
    public async Task SetAgenda_OpenIncidentOfTheGroup_LinkedAndCarriedToTheActionItemAndShownInTheChain()
    {
        await using var silo = await ChainSilo.StartAsync();
        var (group, ana, org, incident, meeting) = await silo.SceneAsync();

        var agenda = await silo.Meeting(meeting).SetAgendaAsync(new SetAgenda([new AgendaLine(null, "Follow-up on the river crossing", null, 20, null, incident)], ana));
        var itemId = agenda.Agenda.Single().Id;
        await silo.ActionItem(Guid.NewGuid()).CreateAsync(new CreateActionItem(
            group, new ActionItemDetails("Ask the company for its guard roster", null, ana, org, new LocalDate(2026, 12, 10), ActionItemPriority.High),
            new ActionItemOrigin(meeting, null, itemId), ana));
        var chain = await new IncidentChainQueries(silo.Database).ChainAsync(incident, IncidentSight.SharedSummary);

        Assert.Equal(incident, (await silo.Meeting(meeting).GetAsync())!.Agenda.Single().IncidentId);
        var linked = Assert.Single(chain.AgendaItems);
        // The meeting day is its local day (the seeded row says 1 January locally).
        Assert.Equal(("Follow-up on the river crossing", new DateOnly(2026, 1, 1)), (linked.Title, linked.MeetingDay));
        var action = Assert.Single(chain.ActionItems);
        Assert.Equal(("Ask the company for its guard roster", ActionItemStatus.Open), (action.Title, action.Status));
        Assert.Equal(incident.ToString("D"), await silo.ScalarAsync<string>("SELECT incident_id FROM action_item"));
    }

    [Fact]
    public async Task SetAgenda_IncidentOfAnotherGroupOrClosed_Refused()
    {
        await using var silo = await ChainSilo.StartAsync();
        var (group, ana, _) = await silo.GroupAsync();
        var (other, bea, _) = await silo.GroupAsync(name: "Sur");
        var elsewhere = await silo.ReportAsync(other, bea);
        var closed = await silo.ReportAsync(group, ana);
        await silo.Incident(closed).CloseAsync(new CloseIncident(IncidentClosure.Withdrawn, "Withdrawn by the reporter", ana));
        var meeting = await silo.MeetingAsync(group);

        foreach (var incident in new[] { elsewhere, closed, Guid.NewGuid() })
        {
            var refused = await Assert.ThrowsAsync<RuleException<MeetingRule>>(() =>
                silo.Meeting(meeting).SetAgendaAsync(new SetAgenda([new AgendaLine(null, "Item", null, null, null, incident)], ana)));
            Assert.Equal(MeetingRule.AgendaIncidentUnknown, refused.Code);
        }

        Assert.Empty((await silo.Meeting(meeting).GetAsync())!.Agenda);
    }

    [Fact]
    public async Task ChainAsync_CountsOnlyOrNoSight_Empty()
    {
        await using var silo = await ChainSilo.StartAsync();
        var (_, ana, _, incident, meeting) = await silo.SceneAsync();
        await silo.Meeting(meeting).SetAgendaAsync(new SetAgenda([new AgendaLine(null, "Item", null, null, null, incident)], ana));
        var queries = new IncidentChainQueries(silo.Database);

        Assert.True((await queries.ChainAsync(incident, IncidentSight.Counts)).IsEmpty);
        Assert.True((await queries.ChainAsync(incident, IncidentSight.None)).IsEmpty);
        Assert.False((await queries.ChainAsync(incident, IncidentSight.SharedSummary)).IsEmpty);
    }

    [Fact]
    public async Task AddNoteAndOutcome_UnderAnIncidentsAgendaItem_RestrictedEvenUnticked()
    {
        await using var silo = await ChainSilo.StartAsync();
        var (_, ana, _, incident, meeting) = await silo.SceneAsync("2026-11-21T15:00:00.0000000Z");
        var agenda = await silo.Meeting(meeting).SetAgendaAsync(new SetAgenda(
            [new AgendaLine(null, "Follow-up", null, null, null, incident), new AgendaLine(null, "Budget", null, null, null)], ana));
        var (onIncident, other) = (agenda.Agenda[0].Id, agenda.Agenda[1].Id);

        await silo.Record(meeting).AddNoteAsync(new AddNote(onIncident, "The company promised the roster", false, ana));
        var record = await silo.Record(meeting).AddOutcomeAsync(new AddOutcome(onIncident, OutcomeKind.Decision, "Ask for the roster", false, ana));
        record = await silo.Record(meeting).AddNoteAsync(new AddNote(other, "Budget approved", false, ana));

        Assert.Equal([true, false], record.Notes.Select(n => n.Restricted));
        Assert.True(record.Outcomes.Single().Restricted);
    }

    private sealed class ChainSilo(Database database) : GrainSilo<IIncidentEvent>(database)
    {
        public static Task<ChainSilo> StartAsync() => OnOwnDatabaseAsync(database => new ChainSilo(database));

        public IMeetingGrain Meeting(Guid id) => Grain<IMeetingGrain>(id);

        public IActionItemGrain ActionItem(Guid id) => Grain<IActionItemGrain>(id);

        public IIncidentGrain Incident(Guid id) => Grain<IIncidentGrain>(id);

        public IMeetingRecordGrain Record(Guid meetingId) => Grain<IMeetingRecordGrain>(meetingId);

        /// <summary>An incident the facilitator entered from the hotline.</summary>
        public async Task<Guid> ReportAsync(Guid group, string facilitator)
        {
            var id = Guid.NewGuid();
            await Incident(id).ReportAsync(new ReportIncident(
                group, IncidentChannel.Hotline, facilitator, IncidentKind.UseOfForce, IncidentSilo.Narrative, null, null, null, [], AffectedCounts.None));
            return id;
        }

        /// <summary>A meeting of <paramref name="group"/> (a seeded row), by default on 25 November 2026.</summary>
        public Task<Guid> MeetingAsync(Guid group, string startsUtc = "2026-11-25T15:00:00.0000000Z") => new ProgressSeed(Database).MeetingAsync(group, startsUtc);

        /// <summary>A group whose facilitator (Ana) entered an incident, and a meeting of the group.</summary>
        public async Task<(Guid Group, string Ana, Guid Organisation, Guid Incident, Guid Meeting)> SceneAsync(string startsUtc = "2026-11-25T15:00:00.0000000Z")
        {
            var (group, ana, organisation) = await GroupAsync();
            var incident = await ReportAsync(group, ana);
            return (group, ana, organisation, incident, await MeetingAsync(group, startsUtc));
        }

        public Task<T> ScalarAsync<T>(string sql) => Groups.Data.ScalarAsync<T>(sql);
    }
}
