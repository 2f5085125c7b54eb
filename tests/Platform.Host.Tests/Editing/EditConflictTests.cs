using Microsoft.Extensions.DependencyInjection;
using Platform.Grains.MeetingRecords;
using Platform.Grains.Organisations;
using Platform.Grains.Reminders;
using Platform.Grains.WorkingGroups;
using Platform.Host.Tests.MeetingRecords;
using Platform.Host.Tests.Organisations;
using Platform.Host.Tests.WorkingGroups;

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
        var url = $"/groups/{groupId}/edit";

        var refused = await EditRace.SecondSaveAsync(first, second, url, "group-details",
            Typed("Input.TermsOfReference", "Ana's paragraph on grievances."), Typed("Input.TermsOfReference", "Bea's paragraph on security."));

        EditRace.AssertRefused(refused, "group-details", "Ana's paragraph on grievances.", "Input.TermsOfReference", "Bea's paragraph on security.");
        Assert.Equal("Ana's paragraph on grievances.", (await factory.Group(groupId).GetAsync())!.Details.TermsOfReference);
        await EditRace.SaveAgainAsync(second, refused, url, "group-details",
            Typed("Input.TermsOfReference", "Ana's paragraph on grievances.\n\nBea's paragraph on security."));
        Assert.Equal("Ana's paragraph on grievances.\n\nBea's paragraph on security.",
            (await factory.Group(groupId).GetAsync())!.Details.TermsOfReference.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task EditOrganisation_TwoAdministratorsSave_SecondIsRefusedShowingTheFirstAndKeepingTheirs()
    {
        using var factory = new PlatformFactory();
        using var first = await factory.SignedInBrowserAsync("admin@example.org", PlatformRoles.Administrator);
        using var second = await factory.SignedInBrowserAsync("admin2@example.org", PlatformRoles.Administrator);
        var organisation = await GroupSeats.OrganisationAsync(factory, "Defensoria", StakeholderType.OversightBody);
        var url = $"/organisations/{organisation}/edit";

        var refused = await EditRace.SecondSaveAsync(first, second, url, "edit-organisation",
            Typed("Input.Description", "Regional office in Segovia."), Typed("Input.Description", "Receives complaints about public security."));

        EditRace.AssertRefused(refused, "edit-organisation", "Regional office in Segovia.", "Input.Description", "Receives complaints about public security.");
        Assert.Equal("Regional office in Segovia.", (await OrganisationAsync(factory, organisation)).Description);
        await EditRace.SaveAgainAsync(second, refused, url, "edit-organisation", Typed("Input.Description", "Regional office in Segovia; receives complaints."));
        Assert.Equal("Regional office in Segovia; receives complaints.", (await OrganisationAsync(factory, organisation)).Description);
    }

    [Fact]
    public async Task ReminderRules_TwoFacilitatorsSave_SecondIsRefusedShowingTheFirstAndKeepingTheirs()
    {
        using var factory = new PlatformFactory();
        var stage = await RecordStage.CreateAsync(factory);
        using var first = await factory.SignedInAsync(stage.Ana);
        using var second = await factory.SignedInAsync(stage.Ana);
        var url = $"/groups/{stage.Group}/reminders";

        var refused = await EditRace.SecondSaveAsync(first, second, url, "reminder-rules", Typed("Input.StaleDays", "21"), Typed("Input.StaleDays", "30"));

        EditRace.AssertRefused(refused, "reminder-rules", "21", "Input.StaleDays", "30");
        Assert.Equal(21, (await Rules(factory).LoadAsync(stage.Group)).StaleDays);
        await EditRace.SaveAgainAsync(second, refused, url, "reminder-rules", Typed("Input.StaleDays", "30"));
        Assert.Equal(30, (await Rules(factory).LoadAsync(stage.Group)).StaleDays);
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
            Typed("Edit.PartId", part, "Edit.Text", "Reunión el 15 de enero", "Edit.Reason", "Fecha exacta"),
            Typed("Edit.PartId", part, "Edit.Text", "Reunión en febrero", "Edit.Reason", "Se aplazó"));

        EditRace.AssertRefused(refused, "correct", "Reunión el 15 de enero", "Edit.Text", "Reunión en febrero");
        Assert.Equal((2, "Reunión el 15 de enero"), await OutcomeAsync(factory, stage, decision));
        await EditRace.SaveAgainAsync(second, refused, url, "correct", Typed("Edit.Text", "Reunión el 15 de febrero"));
        Assert.Equal((3, "Reunión el 15 de febrero"), await OutcomeAsync(factory, stage, decision));
    }

    internal static Dictionary<string, string> Typed(params string[] namesAndValues) =>
        namesAndValues.Chunk(2).ToDictionary(p => p[0], p => p[1]);

    private static ReminderRuleStore Rules(PlatformFactory factory) => factory.Services.GetRequiredService<ReminderRuleStore>();

    private static async Task<Organisation> OrganisationAsync(PlatformFactory factory, Guid id) =>
        (await factory.Services.GetRequiredService<OrganisationQueries>().FindAsync(id))!.Organisation;

    private static async Task<(int Revision, string Text)> OutcomeAsync(PlatformFactory factory, RecordStage stage, Guid outcome)
    {
        var record = (await factory.RecordGrain(stage.Meeting).GetAsync())!;
        return (record.Revision, record.Outcomes.Single(o => o.Id == outcome).Text);
    }
}
