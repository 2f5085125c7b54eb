using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Platform.Grains.ActionItems;
using Platform.Grains.Commitments;
using Platform.Grains.Meetings;
using Orleans;
using Platform.Host.Tests.MeetingRecords;
using Platform.Host.Tests.Meetings;
using static Platform.Host.Tests.Editing.EditConflictTests;

namespace Platform.Host.Tests.Editing;

/// <summary>Two people edit the same meeting, agenda, action item, commitment or milestone: the second save never silently wins.</summary>
public sealed class WorkEditConflictTests
{
    [Fact]
    public async Task EditMeeting_TwoTabsChangeThePlace_SecondIsRefusedShowingTheFirstAndKeepingTheirs()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var meeting = await ScheduleAsync(factory, group);
        using var first = await factory.SignedInAsync(group.Facilitator);
        using var second = await factory.SignedInAsync(group.Facilitator);
        var url = $"/groups/{group.GroupId}/meetings/{meeting}/edit";

        var refused = await EditRace.SecondSaveAsync(first, second, url, "edit-meeting", Typed("Input.Place", "Salón comunal"), Typed("Input.Place", "Alcaldía de Segovia"));

        EditRace.AssertRefused(refused, "edit-meeting", "Salón comunal", "Input.Place", "Alcaldía de Segovia");
        Assert.Equal("Salón comunal", (await Meeting(factory, meeting).GetAsync())!.Details.Place);
        await EditRace.SaveAgainAsync(second, refused, url, "edit-meeting", Typed("Input.Place", "Alcaldía de Segovia"));
        Assert.Equal("Alcaldía de Segovia", (await Meeting(factory, meeting).GetAsync())!.Details.Place);
    }

    [Fact]
    public async Task EditAgenda_TwoTabsAddAnItem_SecondIsRefusedShowingTheFirstAndKeepingTheirs()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var meeting = await ScheduleAsync(factory, group);
        using var first = await factory.SignedInAsync(group.Facilitator);
        using var second = await factory.SignedInAsync(group.Facilitator);
        var url = $"/groups/{group.GroupId}/meetings/{meeting}/edit";

        var refused = await EditRace.SecondSaveAsync(first, second, url, "agenda",
            Typed("Agenda.Lines[0].Title", "Informe de incidentes"), Typed("Agenda.Lines[0].Title", "Quejas de la comunidad"));

        EditRace.AssertRefused(refused, "agenda", "Informe de incidentes", "Agenda.Lines[0].Title", "Quejas de la comunidad");
        Assert.Equal(["Informe de incidentes"], (await Meeting(factory, meeting).GetAsync())!.Agenda.Select(a => a.Title));
        await EditRace.SaveAgainAsync(second, refused, url, "agenda", Typed());
        Assert.Equal(["Quejas de la comunidad", "Informe de incidentes"], (await Meeting(factory, meeting).GetAsync())!.Agenda.Select(a => a.Title));
    }

    [Fact]
    public async Task EditActionItem_TwoMembersChangeTheDescription_SecondIsRefusedShowingTheFirstAndKeepingTheirs()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var item = Guid.NewGuid();
        await Item(factory, item).CreateAsync(new CreateActionItem(group.GroupId,
            new ActionItemDetails("Informe de incidentes", null, group.Member.Id, null, null, ActionItemPriority.Normal), null, group.Facilitator.Id));
        using var first = await factory.SignedInAsync(group.Facilitator);
        using var second = await factory.SignedInAsync(group.Member);
        var url = $"/groups/{group.GroupId}/actions/{item}/edit";

        var refused = await EditRace.SecondSaveAsync(first, second, url, "edit-action",
            Typed("Input.Description", "Incluir los casos de octubre."), Typed("Input.Description", "Enviar a la alcaldía."));

        EditRace.AssertRefused(refused, "edit-action", "Incluir los casos de octubre.", "Input.Description", "Enviar a la alcaldía.");
        Assert.Equal("Incluir los casos de octubre.", (await Item(factory, item).GetAsync())!.Details.Description);
        await EditRace.SaveAgainAsync(second, refused, url, "edit-action", Typed("Input.Description", "Incluir los casos de octubre y enviar a la alcaldía."));
        Assert.Equal("Incluir los casos de octubre y enviar a la alcaldía.", (await Item(factory, item).GetAsync())!.Details.Description);
    }

    [Fact]
    public async Task EditCommitment_TwoPeopleOfThePledgerChangeTheText_SecondIsRefusedShowingTheFirstAndKeepingTheirs()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var commitment = await PledgeAsync(factory, group);
        using var first = await factory.SignedInAsync(group.Facilitator);
        using var second = await factory.SignedInAsync(group.Member);
        var url = $"/groups/{group.GroupId}/commitments/{commitment}/edit";

        var refused = await EditRace.SecondSaveAsync(first, second, url, "commitment",
            Typed("Input.Text", "Capacitar a los vigilantes y contratistas"), Typed("Input.Text", "Capacitar a los vigilantes cada año"));

        EditRace.AssertRefused(refused, "commitment", "Capacitar a los vigilantes y contratistas", "Input.Text", "Capacitar a los vigilantes cada año");
        Assert.Equal("Capacitar a los vigilantes y contratistas", (await Pledge(factory, commitment).GetAsync())!.Text);
        await EditRace.SaveAgainAsync(second, refused, url, "commitment", Typed("Input.Text", "Capacitar a los vigilantes y contratistas cada año"));
        Assert.Equal("Capacitar a los vigilantes y contratistas cada año", (await Pledge(factory, commitment).GetAsync())!.Text);
    }

    [Fact]
    public async Task ChangeMilestone_TwoPeopleRenameIt_SecondIsRefusedShowingTheFirstAndKeepingTheirs()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var commitment = await PledgeAsync(factory, group);
        var milestone = (await Pledge(factory, commitment).AddMilestoneAsync(new AddMilestone("Contratar formadora", new LocalDate(2027, 3, 1), group.Facilitator.Id))).Milestones[0].Id;
        using var first = await factory.SignedInAsync(group.Facilitator);
        using var second = await factory.SignedInAsync(group.Member);
        var url = $"/groups/{group.GroupId}/commitments/{commitment}/milestones/{milestone}";

        var refused = await EditRace.SecondSaveAsync(first, second, url, "milestone-edit",
            Typed("Input.Title", "Contratar formadora local"), Typed("Input.Title", "Contratar dos formadoras"));

        EditRace.AssertRefused(refused, "milestone-edit", "Contratar formadora local", "Input.Title", "Contratar dos formadoras");
        Assert.Equal("Contratar formadora local", (await Pledge(factory, commitment).GetAsync())!.Milestones[0].Title);
        await EditRace.SaveAgainAsync(second, refused, url, "milestone-edit", Typed("Input.Title", "Contratar dos formadoras locales"));
        Assert.Equal("Contratar dos formadoras locales", (await Pledge(factory, commitment).GetAsync())!.Milestones[0].Title);
    }

    private static IGrainFactory Grains(PlatformFactory factory) => factory.Services.GetRequiredService<IGrainFactory>();

    private static IMeetingGrain Meeting(PlatformFactory factory, Guid id) => Grains(factory).GetGrain<IMeetingGrain>(id);

    private static IActionItemGrain Item(PlatformFactory factory, Guid id) => Grains(factory).GetGrain<IActionItemGrain>(id);

    private static ICommitmentGrain Pledge(PlatformFactory factory, Guid id) => Grains(factory).GetGrain<ICommitmentGrain>(id);

    private static async Task<Guid> ScheduleAsync(PlatformFactory factory, MeetingGroup group)
    {
        var id = Guid.NewGuid();
        var day = new LocalDate(2027, 1, 12);
        var details = new MeetingDetails("Reunión", day + new LocalTime(9, 0), day + new LocalTime(11, 0), "Segovia", null);
        await Meeting(factory, id).ScheduleAsync(new ScheduleMeeting(group.GroupId, details, group.Facilitator.Id));
        return id;
    }

    private static async Task<Guid> PledgeAsync(PlatformFactory factory, MeetingGroup group)
    {
        var id = Guid.NewGuid();
        await Pledge(factory, id).CreateAsync(new CreateCommitment(group.GroupId, group.Organisation, "Capacitar a los vigilantes", CommitmentStandard.VoluntaryPrinciples, group.Facilitator.Id));
        return id;
    }
}
