using Platform.Grains.MeetingRecords;
using Platform.Grains.Organisations;

namespace Platform.Grains.Tests.MeetingRecords;

public sealed class ParticipationQueriesTests
{
    /// <summary>The figures of a meeting of a fresh group, seated and attended as <paramref name="people"/> say.</summary>
    private static async Task<ParticipationFigures> FiguresAsync(params (string Type, string Gender, string Status)[] people)
    {
        await using var silo = await RecordSilo.StartAsync();
        var meeting = await MeetingWithAsync(silo, people);
        return await new ParticipationQueries(silo.Database).ForMeetingAsync(meeting);
    }

    /// <summary>Seats one person per (type, gender) in a fresh group and records their attendance.</summary>
    private static async Task<Guid> MeetingWithAsync(RecordSilo silo, params (string Type, string Gender, string Status)[] people)
    {
        var group = await silo.Seed.GroupAsync("Mesa");
        var meeting = await silo.MeetingAsync(group);
        var attendance = new List<MemberAttendance>();
        var facilitator = "";
        for (var i = 0; i < people.Length; i++)
        {
            var (type, gender, status) = people[i];
            var organisation = await silo.Seed.OrganisationAsync($"Org {i} {type}", type);
            var person = await silo.Seed.UserAsync($"p{i}");
            await silo.ExecuteAsync("UPDATE user_account SET gender = @gender WHERE id = @person", new { gender, person });
            await silo.Seed.SeatAsync(group, person, organisation, i == 0 ? "facilitator" : "member");
            facilitator = i == 0 ? person : facilitator;
            attendance.Add(new MemberAttendance(person, Enum.Parse<AttendanceStatus>(status)));
        }

        await silo.Record(meeting).RecordAttendanceAsync(new RecordAttendance(attendance, [new("Rosa", "Defensoría del Pueblo", AttendanceStatus.Present)], facilitator));
        return meeting;
    }

    [Fact]
    public async Task ForMeeting_FourOfFiveMembersPresentFourDeclared_GivesRateTypesOrganisationsAndHidesShare()
    {
        var figures = await FiguresAsync(
            ("community", "woman", "Present"),
            ("community", "woman", "Present"),
            ("large_scale_mining", "man", "Present"),
            ("public_security_police", "prefer_not_to_say", "Present"),
            ("civil_society", "woman", "Apologies"));

        Assert.Equal((5, 4, 0.8), (figures.InvitedMembers, figures.PresentMembers, figures.AttendanceRate));
        Assert.Equal([StakeholderType.LargeScaleMining, StakeholderType.Community, StakeholderType.PublicSecurityPolice], figures.StakeholderTypesPresent);
        Assert.Equal(5, figures.OrganisationsPresent.Count);
        Assert.Contains("Defensoría del Pueblo", figures.OrganisationsPresent);
        Assert.Equal((3, 2), (figures.Declared, figures.Women));
        Assert.Null(figures.WomenShare);
    }

    [Fact]
    public async Task ForMeeting_FiveDeclaredPresent_GivesWomenShare()
    {
        var figures = await FiguresAsync(
            ("community", "woman", "Present"),
            ("community", "woman", "Present"),
            ("asm_organisation", "self_described", "Present"),
            ("asm_organisation", "man", "Present"),
            ("private_security", "man", "Present"),
            ("civil_society", "woman", "Absent"));

        Assert.Equal((6, 5), (figures.InvitedMembers, figures.PresentMembers));
        Assert.Equal((5, 2), (figures.Declared, figures.Women));
        Assert.Equal(0.4, figures.WomenShare);
    }

    [Fact]
    public async Task ForMeeting_NoAttendanceRecorded_HasNoRate()
    {
        await using var silo = await RecordSilo.StartAsync();
        var meeting = await silo.MeetingAsync(await silo.Seed.GroupAsync("Mesa"));

        var figures = await new ParticipationQueries(silo.Database).ForMeetingAsync(meeting);

        Assert.Null(figures.AttendanceRate);
        Assert.Empty(figures.OrganisationsPresent);
    }
}
