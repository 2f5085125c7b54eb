using Platform.Grains.ActionItems;
using Platform.Grains.Commitments;
using static Platform.Host.Tests.Editing.EditRace;

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

        await EditRace.RefusedThenSavedAgainAsync(factory, (group.Facilitator, group.Facilitator), $"/groups/{group.GroupId}/meetings/{meeting}/edit",
            "edit-meeting", "Input.Place", ("Salón comunal", "Alcaldía de Segovia", "Alcaldía de Segovia"),
            async () => (await Meeting(factory, meeting).GetAsync())!.Details.Place);
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
        var item = await group.ActionItemAsync(factory);

        await EditRace.RefusedThenSavedAgainAsync(factory, (group.Facilitator, group.Member), $"/groups/{group.GroupId}/actions/{item}/edit",
            "edit-action", "Input.Description", ("Incluir los casos de octubre.", "Enviar a la alcaldía.", "Incluir los casos de octubre y enviar a la alcaldía."),
            async () => (await Item(factory, item).GetAsync())!.Details.Description);
    }

    [Fact]
    public async Task EditCommitment_TwoPeopleOfThePledgerChangeTheText_SecondIsRefusedShowingTheFirstAndKeepingTheirs()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var commitment = await PledgeAsync(factory, group);

        await EditRace.RefusedThenSavedAgainAsync(factory, (group.Facilitator, group.Member), $"/groups/{group.GroupId}/commitments/{commitment}/edit",
            "commitment", "Input.Text", ("Capacitar a los vigilantes y contratistas", "Capacitar a los vigilantes cada año", "Capacitar a los vigilantes y contratistas cada año"),
            async () => (await Pledge(factory, commitment).GetAsync())!.Text);
    }

    [Fact]
    public async Task ChangeMilestone_TwoPeopleRenameIt_SecondIsRefusedShowingTheFirstAndKeepingTheirs()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var commitment = await PledgeAsync(factory, group);
        var milestone = (await Pledge(factory, commitment).AddMilestoneAsync(new AddMilestone("Contratar formadora", new LocalDate(2027, 3, 1), group.Facilitator.Id))).Milestones[0].Id;

        await EditRace.RefusedThenSavedAgainAsync(factory, (group.Facilitator, group.Member), $"/groups/{group.GroupId}/commitments/{commitment}/milestones/{milestone}",
            "milestone-edit", "Input.Title", ("Contratar formadora local", "Contratar dos formadoras", "Contratar dos formadoras locales"),
            async () => (await Pledge(factory, commitment).GetAsync())!.Milestones[0].Title);
    }

    private static IGrainFactory Grains(PlatformFactory factory) => factory.Services.GetRequiredService<IGrainFactory>();

    private static IMeetingGrain Meeting(PlatformFactory factory, Guid id) => Grains(factory).GetGrain<IMeetingGrain>(id);

    private static IActionItemGrain Item(PlatformFactory factory, Guid id) => Grains(factory).GetGrain<IActionItemGrain>(id);

    private static ICommitmentGrain Pledge(PlatformFactory factory, Guid id) => Grains(factory).GetGrain<ICommitmentGrain>(id);

    private static Task<Guid> ScheduleAsync(PlatformFactory factory, MeetingGroup group) => group.ScheduleAsync(factory, new LocalDate(2027, 1, 12));

    private static async Task<Guid> PledgeAsync(PlatformFactory factory, MeetingGroup group)
    {
        var id = Guid.NewGuid();
        await Pledge(factory, id).CreateAsync(new CreateCommitment(group.GroupId, group.Organisation, "Capacitar a los vigilantes", CommitmentStandard.VoluntaryPrinciples, group.Facilitator.Id));
        return id;
    }
}
