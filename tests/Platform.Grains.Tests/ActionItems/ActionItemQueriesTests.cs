using Platform.Grains.ActionItems;
using Platform.Grains.WorkingGroups;

namespace Platform.Grains.Tests.ActionItems;

public sealed class ActionItemQueriesTests
{
    [Fact]
    public async Task Board_DueYesterdayInGroupZone_IsOverdueUnlessClosed()
    {
        // 2026-11-22 12:00 UTC is already 23 Nov in Auckland (UTC+13) but still 22 Nov in Bogotá.
        await using var silo = await ActionSilo.StartAsync();
        var (auckland, ana, _) = await silo.GroupAsync("Pacific/Auckland", "Mesa Auckland");
        var (bogota, beto, _) = await silo.GroupAsync("America/Bogota", "Mesa Bogotá");
        var due = new LocalDate(2026, 11, 22);
        var late = await silo.CreateAsync(auckland, ana, ActionSilo.Details(ana, due: due));
        var closed = await silo.CreateAsync(auckland, ana, ActionSilo.Details(ana, due: due, title: "Cerrado"));
        await silo.Item(closed).AddProgressAsync(new AddActionItemProgress("Listo", ActionItemStatus.Done, null, ana));
        await silo.CreateAsync(bogota, beto, ActionSilo.Details(beto, due: due));

        var aucklandBoard = await silo.Queries.BoardAsync(auckland, new BoardFilter());
        var bogotaBoard = await silo.Queries.BoardAsync(bogota, new BoardFilter());

        Assert.Equal([late], (await silo.Queries.BoardAsync(auckland, new BoardFilter(OverdueOnly: true))).Select(i => i.Id));
        Assert.False(aucklandBoard.Single(i => i.Id == closed).Overdue);
        Assert.False(Assert.Single(bogotaBoard).Overdue);
    }

    [Fact]
    public async Task Board_FilterByOrganisationAndPerson_NarrowsTheList()
    {
        await using var silo = await ActionSilo.StartAsync();
        var (group, ana, anaOrg) = await silo.GroupAsync();
        var carla = await silo.Groups.PersonAsync("Carla");
        var community = await silo.Groups.OrganisationAsync("Consejo Comunitario", "community");
        await silo.Groups.Group(group).AddMemberAsync(new AddMember(carla, community, GroupRole.Member, ana));
        var anas = await silo.CreateAsync(group, ana, ActionSilo.Details(ana));
        var carlas = await silo.CreateAsync(group, ana, ActionSilo.Details(carla));
        var orgOnly = await silo.CreateAsync(group, ana, ActionSilo.Details(null, community));

        var byOrg = await silo.Queries.BoardAsync(group, new BoardFilter(OwnerOrganisationId: community));
        var byPerson = await silo.Queries.BoardAsync(group, new BoardFilter(OwnerUserId: ana));

        Assert.Equal(new[] { carlas, orgOnly }.Order(), byOrg.Select(i => i.Id).Order());
        Assert.Equal([anas], byPerson.Select(i => i.Id));
        Assert.Equal(anaOrg, byPerson[0].OwnerOrganisationId);
        Assert.Equal(new[] { carlas, orgOnly }.Order(), (await silo.Queries.OurOrganisationsAsync(carla)).Select(i => i.Id).Order());
        Assert.Equal([carlas], (await silo.Queries.MineAsync(carla)).Select(i => i.Id));
    }

    [Fact]
    public async Task Backlog_OpenItems_SkipsDoneAndCancelledAndOtherGroups()
    {
        await using var silo = await ActionSilo.StartAsync();
        var (group, ana, _) = await silo.GroupAsync();
        var (other, beto, _) = await silo.GroupAsync(name: "Otra mesa");
        var open = await silo.CreateAsync(group, ana, ActionSilo.Details(ana));
        var blocked = await silo.CreateAsync(group, ana, ActionSilo.Details(ana, title: "Bloqueado"));
        await silo.Item(blocked).AddProgressAsync(new AddActionItemProgress("Esperando", ActionItemStatus.Blocked, null, ana));
        var cancelled = await silo.CreateAsync(group, ana, ActionSilo.Details(ana, title: "Cancelado"));
        await silo.Item(cancelled).AddProgressAsync(new AddActionItemProgress("Ya no", ActionItemStatus.Cancelled, null, ana));
        await silo.CreateAsync(other, beto, ActionSilo.Details(beto));

        var backlog = await new ActionItemBacklog(silo.Database).OpenItemsAsync(group);

        Assert.Equal(new[] { open, blocked }.Order(), backlog.Select(b => b.ActionItemId).Order());
    }
}
