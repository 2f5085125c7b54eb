using Platform.Grains.Reminders;
using Platform.Host.Tests.Organisations;

namespace Platform.Host.Tests.Editing;

/// <summary>Two people edit the same group, organisation, reminder rule or record: the second save never silently wins.</summary>
public sealed class EditConflictTests
{
    [Fact]
    public async Task EditGroup_TwoFacilitatorsAddParagraphs_SecondIsRefusedShowingTheFirstAndKeepingTheirs()
    {
        using var factory = new PlatformFactory();
        var org = await factory.OrganisationAsync("Corporación Jurídica");
        var ana = await factory.CreateUserAsync("ana@example.org");
        var bea = await factory.CreateUserAsync("bea@example.org");
        var groupId = await factory.GroupAsync(ana, org);
        await factory.Group(groupId).AddMemberAsync(new AddMember(bea.Id, org, GroupRole.Facilitator, ana.Id));
        using var first = await factory.SignedInAsync(ana);
        using var second = await factory.SignedInAsync(bea);

        await EditRace.RefusedThenSavedAgainAsync(first, second, $"/groups/{groupId}/edit", "group-details", "Input.TermsOfReference",
            ("Ana's paragraph on grievances.", "Bea's paragraph on security.", "Ana's paragraph on grievances.\n\nBea's paragraph on security."),
            async () => (await factory.Group(groupId).GetAsync())!.Details.TermsOfReference.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task EditOrganisation_TwoAdministratorsSave_SecondIsRefusedShowingTheFirstAndKeepingTheirs()
    {
        using var factory = new PlatformFactory();
        using var first = await factory.SignedInBrowserAsync("admin@example.org", PlatformRoles.Administrator);
        using var second = await factory.SignedInBrowserAsync("admin2@example.org", PlatformRoles.Administrator);
        var organisation = await GroupSeats.OrganisationAsync(factory, "Defensoria", StakeholderType.OversightBody);

        await EditRace.RefusedThenSavedAgainAsync(first, second, $"/organisations/{organisation}/edit", "edit-organisation", "Input.Description",
            ("Regional office in Segovia.", "Receives complaints about public security.", "Regional office in Segovia; receives complaints."),
            async () => (await OrganisationAsync(factory, organisation)).Description);
    }

    [Fact]
    public async Task ReminderRules_TwoFacilitatorsSave_SecondIsRefusedShowingTheFirstAndKeepingTheirs()
    {
        using var factory = new PlatformFactory();
        var stage = await RecordStage.CreateAsync(factory);

        await EditRace.RefusedThenSavedAgainAsync(factory, (stage.Ana, stage.Ana), $"/groups/{stage.Group}/reminders", "reminder-rules", "Input.StaleDays",
            ("21", "30", "30"), async () => (await Rules(factory).LoadAsync(stage.Group)).StaleDays.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task CorrectRecord_TwoFacilitatorsCorrectTheSameDecision_SecondIsRefusedShowingTheFirstAndKeepingTheirs()
    {
        using var factory = new PlatformFactory();
        var stage = await RecordStage.CreateAsync(factory);
        var decision = await factory.PublishAsync(stage);
        using var first = await factory.SignedInAsync(stage.Ana);
        using var second = await factory.SignedInAsync(stage.Ana);
        var url = stage.Record + "/correct";
        var part = decision.ToString();

        var refused = await EditRace.SecondSaveAsync(first, second, url, "correct",
            EditRace.Typed("Edit.PartId", part, "Edit.Text", "Reunión el 15 de enero", "Edit.Reason", "Fecha exacta"),
            EditRace.Typed("Edit.PartId", part, "Edit.Text", "Reunión en febrero", "Edit.Reason", "Se aplazó"));

        EditRace.AssertRefused(refused, "correct", "Reunión el 15 de enero", "Edit.Text", "Reunión en febrero");
        Assert.Equal((2, "Reunión el 15 de enero"), await OutcomeAsync(factory, stage, decision));
        await EditRace.SaveAgainAsync(second, refused, url, "correct", EditRace.Typed("Edit.Text", "Reunión el 15 de febrero"));
        Assert.Equal((3, "Reunión el 15 de febrero"), await OutcomeAsync(factory, stage, decision));
    }

    private static ReminderRuleStore Rules(PlatformFactory factory) => factory.Services.GetRequiredService<ReminderRuleStore>();

    private static async Task<Organisation> OrganisationAsync(PlatformFactory factory, Guid id) =>
        (await factory.Services.GetRequiredService<OrganisationQueries>().FindAsync(id))!.Organisation;

    private static async Task<(int Revision, string Text)> OutcomeAsync(PlatformFactory factory, RecordStage stage, Guid outcome)
    {
        var record = (await factory.RecordGrain(stage.Meeting).GetAsync())!;
        return (record.Revision, record.Outcomes.Single(o => o.Id == outcome).Text);
    }
}
