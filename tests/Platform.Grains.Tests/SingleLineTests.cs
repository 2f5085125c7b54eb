using Platform.Grains.ActionItems;
using Platform.Grains.Commitments;
using Platform.Grains.Meetings;
using Platform.Grains.Organisations;
using Platform.Grains.People;
using Platform.Grains.WorkingGroups;

namespace Platform.Grains.Tests;

/// <summary>Every single-line field of the domain's records is one line however the record is made: built or copied with <c>with</c>.</summary>
public sealed class SingleLineTests
{
    private const string Broken = "Mesa\r\nBcc: x@example.org\t\0fin\u2028.";

    private const string OneLine = "Mesa Bcc: x@example.org fin .";

    [Fact]
    public void Records_BuiltWithControlCharacters_HoldOneLine()
    {
        var start = new LocalDateTime(2027, 1, 12, 9, 0);
        var meeting = new MeetingDetails(Broken, start, start.PlusHours(2), Broken, Broken);
        var series = new SeriesChanges(Broken, new LocalTime(9, 0), 120, Broken, Broken);
        var group = new GroupDetails(Broken, GroupScope.Local, Broken, Broken, Broken, MeetingCadence.Monthly, "Regla\nde dos líneas", true, "# Términos\n\n- uno");
        var organisation = new OrganisationDetails(Broken, StakeholderType.CivilSociety, Broken, "Descripción\nlarga", Broken);

        string?[] singles =
        [
            meeting.Title, meeting.Place, meeting.OnlineLink, series.Title, series.Place, series.OnlineLink,
            group.Name, group.Country, group.Region, group.TimeZone, organisation.Name, organisation.Country, organisation.Website,
            new AgendaLine(null, Broken, null, null, null).Title,
            new ActionItemDetails(Broken, null, null, null, null, ActionItemPriority.Normal).Title,
            new AddMilestone(Broken, new LocalDate(2027, 1, 1), "ana").Title,
            new EditMilestone(Guid.NewGuid(), Broken, new LocalDate(2027, 1, 1), "ana").Title,
            new User { DisplayName = Broken }.DisplayName,
            new User { GenderDescription = Broken }.GenderDescription,
        ];

        Assert.All(singles, value => Assert.Equal(OneLine, value));
        Assert.Equal(("Regla\nde dos líneas", "Descripción\nlarga"), (group.ConfidentialityRule, organisation.Description));
    }

    [Fact]
    public void Records_CopiedWithControlCharacters_HoldOneLine()
    {
        var start = new LocalDateTime(2027, 1, 12, 9, 0);
        var meeting = new MeetingDetails("Mesa", start, start.PlusHours(2), null, null) with { Title = Broken, Place = Broken };
        var item = new ActionItemDetails("Informe", null, null, null, null, ActionItemPriority.Normal) with { Title = Broken };

        Assert.Equal((OneLine, OneLine, OneLine), (meeting.Title, meeting.Place, item.Title));
    }
}
