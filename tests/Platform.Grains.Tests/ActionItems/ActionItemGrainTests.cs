using Platform.Grains;
using Platform.Grains.ActionItems;

namespace Platform.Grains.Tests.ActionItems;

public sealed class ActionItemGrainTests
{
    [Fact]
    public async Task Create_SeatedOwner_StoresWithSeatOrganisationAndJournals()
    {
        await using var silo = await ActionSilo.StartAsync();
        var (group, ana, org) = await silo.GroupAsync();

        var id = await silo.CreateAsync(group, ana, ActionSilo.Details(ana, due: new LocalDate(2026, 12, 1)));

        var stored = (await silo.Item(id).GetAsync())!;
        Assert.Equal((ActionItemStatus.Open, org, new LocalDate(2026, 12, 1), 1L), (stored.Status, stored.Details.OwnerOrganisationId, stored.Details.DueDate, stored.Version));
        Assert.Equal(1, await silo.Groups.CountAsync("SELECT COUNT(*) FROM journal_entry WHERE working_group_id = @group AND entity_kind = 'action_item'", new { group = group.ToString("D") }));
        var created = Assert.IsType<ActionItemCreated>(Assert.Single((await silo.PublishedAsync())));
        Assert.Equal(group, created.GroupId);
        Assert.True(created.Seq > 0);
    }

    [Fact]
    public async Task Create_SeatedOrganisationWithoutPerson_IsAllowed()
    {
        await using var silo = await ActionSilo.StartAsync();
        var (group, ana, org) = await silo.GroupAsync();

        var id = await silo.CreateAsync(group, ana, ActionSilo.Details(null, org));

        Assert.Null((await silo.Item(id).GetAsync())!.Details.OwnerUserId);
    }

    [Fact]
    public async Task Create_OrganisationNotSeatedInGroup_IsRefusedAndWritesNothing()
    {
        await using var silo = await ActionSilo.StartAsync();
        var (group, ana, _) = await silo.GroupAsync();
        var police = await silo.Groups.OrganisationAsync("Distrito de Policía", "public_security_police");

        var refused = await Assert.ThrowsAsync<RuleException<ActionItemRule>>(() => silo.CreateAsync(group, ana, ActionSilo.Details(null, police)));

        Assert.Equal((ActionItemRule.OrganisationNotSeated, "OwnerOrganisationId"), (refused.Code, refused.Field));
        Assert.Equal(0, await silo.Groups.CountAsync("SELECT COUNT(*) FROM action_item"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Create_PersonBesideUnseatedOrUnknownOrganisation_IsRefusedAndWritesNothing(bool unknown)
    {
        await using var silo = await ActionSilo.StartAsync();
        var (group, ana, _) = await silo.GroupAsync();
        var other = unknown ? Guid.NewGuid() : await silo.Groups.OrganisationAsync("Distrito de Policía", "public_security_police");

        var refused = await Assert.ThrowsAsync<RuleException<ActionItemRule>>(() => silo.CreateAsync(group, ana, ActionSilo.Details(ana, other)));

        Assert.Equal(ActionItemRule.OrganisationNotSeated, refused.Code);
        Assert.Equal(0, await silo.Groups.CountAsync("SELECT COUNT(*) FROM action_item"));
    }

    [Fact]
    public async Task Update_ToOrganisationOfAnotherGroup_IsRefusedAndKeepsTheItem()
    {
        await using var silo = await ActionSilo.StartAsync();
        var (group, ana, org) = await silo.GroupAsync();
        var (_, _, elsewhere) = await silo.GroupAsync(name: "Nacional");
        var id = await silo.CreateAsync(group, ana, ActionSilo.Details(ana));

        var refused = await Assert.ThrowsAsync<RuleException<ActionItemRule>>(() =>
            silo.Item(id).UpdateAsync(new UpdateActionItem(ActionSilo.Details(null, elsewhere, title: "Informe anual"), ana)));

        var stored = (await silo.Item(id).GetAsync())!;
        Assert.Equal(ActionItemRule.OrganisationNotSeated, refused.Code);
        Assert.Equal(("Informe de incidentes", org, 1L), (stored.Details.Title, stored.Details.OwnerOrganisationId, stored.Version));
    }

    [Fact]
    public async Task Create_OwnerNotSeated_IsRefusedAndWritesNothing()
    {
        await using var silo = await ActionSilo.StartAsync();
        var (group, ana, _) = await silo.GroupAsync();
        var stranger = await silo.Groups.PersonAsync("Beto");

        var refused = await Assert.ThrowsAsync<RuleException<ActionItemRule>>(() => silo.CreateAsync(group, ana, ActionSilo.Details(stranger)));

        Assert.Equal((ActionItemRule.OwnerNotMember, "Owner"), (refused.Code, refused.Field));
        Assert.Equal(0, await silo.Groups.CountAsync("SELECT COUNT(*) FROM action_item"));
    }

    [Fact]
    public async Task Create_NoOwnerNoTitle_IsRefused()
    {
        await using var silo = await ActionSilo.StartAsync();
        var (group, ana, _) = await silo.GroupAsync();

        var refused = await Assert.ThrowsAsync<RuleException<ActionItemRule>>(() => silo.CreateAsync(group, ana, ActionSilo.Details(null, title: " ")));

        Assert.Equal(ActionItemRule.TitleRequired, refused.Code);
    }

    [Fact]
    public async Task AddProgress_StatusChangeAndEvidence_AppendsUpdateAndBumpsVersion()
    {
        await using var silo = await ActionSilo.StartAsync();
        var (group, ana, _) = await silo.GroupAsync();
        var id = await silo.CreateAsync(group, ana, ActionSilo.Details(ana));

        await silo.Item(id).AddProgressAsync(new AddActionItemProgress("Borrador enviado", ActionItemStatus.InProgress, "https://docs.example.org/x", ana));

        var stored = (await silo.Item(id).GetAsync())!;
        Assert.Equal((ActionItemStatus.InProgress, 2L), (stored.Status, stored.Version));
        var update = Assert.Single(await silo.Queries.UpdatesAsync(id));
        Assert.Equal((ActionItemStatus.Open, ActionItemStatus.InProgress, "https://docs.example.org/x"), ((ActionItemStatus)update.From!, (ActionItemStatus)update.To!, update.EvidenceLink));
        Assert.IsType<ActionItemProgressed>((await silo.PublishedAsync())[^1]);
    }

    [Fact]
    public async Task AddProgress_JavascriptEvidence_IsRefusedAndWritesNothing()
    {
        await using var silo = await ActionSilo.StartAsync();
        var (group, ana, _) = await silo.GroupAsync();
        var id = await silo.CreateAsync(group, ana, ActionSilo.Details(ana));

        var refused = await Assert.ThrowsAsync<RuleException<ActionItemRule>>(() =>
            silo.Item(id).AddProgressAsync(new AddActionItemProgress("Hecho", ActionItemStatus.Done, "javascript:alert(1)", ana)));

        Assert.Equal((ActionItemRule.EvidenceLinkInvalid, "EvidenceLink"), (refused.Code, refused.Field));
        Assert.Equal(ActionItemStatus.Open, (await silo.Item(id).GetAsync())!.Status);
        Assert.Equal(0, await silo.Groups.CountAsync("SELECT COUNT(*) FROM action_item_update"));
    }

    [Fact]
    public async Task Update_NewTitle_StoresAndJournals()
    {
        await using var silo = await ActionSilo.StartAsync();
        var (group, ana, _) = await silo.GroupAsync();
        var id = await silo.CreateAsync(group, ana, ActionSilo.Details(ana));

        await silo.Item(id).UpdateAsync(new UpdateActionItem(ActionSilo.Details(ana, title: "Informe anual") with { Priority = ActionItemPriority.High }, ana));

        var stored = (await silo.Item(id).GetAsync())!;
        Assert.Equal(("Informe anual", ActionItemPriority.High), (stored.Details.Title, stored.Details.Priority));
        Assert.Equal(2, await silo.Groups.CountAsync("SELECT COUNT(*) FROM journal_entry WHERE entity_kind = 'action_item'"));
    }

    [Fact]
    public async Task Create_OriginMeetingOfAnotherGroup_IsRefused()
    {
        await using var silo = await ActionSilo.StartAsync();
        var (group, ana, _) = await silo.GroupAsync();
        var foreignMeeting = Guid.NewGuid();

        var refused = await Assert.ThrowsAsync<RuleException<ActionItemRule>>(() =>
            silo.Item(Guid.NewGuid()).CreateAsync(new CreateActionItem(group, ActionSilo.Details(ana), new ActionItemOrigin(foreignMeeting, null, null), ana)));

        Assert.Equal(ActionItemRule.OriginNotInGroup, refused.Code);
    }
}
