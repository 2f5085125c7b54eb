using Platform.Grains;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Platform.Grains.ActionItems;
using Platform.Grains.Commitments;
using Platform.Grains.MeetingRecords;
using Platform.Grains.Meetings;
using Platform.Grains.Persistence;
using Platform.Grains.WorkingGroups;

namespace Platform.Grains.Tests.Hosting;

/// <summary>
/// What crosses a grain call between two hosts goes through Orleans' serializer, not the in-process copy: every value
/// (NodaTime ones included) and every refusal a page catches must arrive whole, with its type.
/// </summary>
public sealed class WireFormatTests
{
    private static readonly Serializer Wire = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();

    private static T RoundTrip<T>(T value) => Wire.Deserialize<T>(Wire.SerializeToArray(value))!;

    public static TheoryData<object> Commands() =>
    [
        new CreateActionItem(Guid.NewGuid(), new ActionItemDetails("Informe", null, "u1", Guid.NewGuid(), new LocalDate(2027, 2, 28), ActionItemPriority.High), new ActionItemOrigin(Guid.NewGuid(), null, Guid.NewGuid()), "u1"),
        new CreateSeries(Guid.NewGuid(), new SeriesPattern(RecurrenceRule.MonthlyNthWeekday, IsoDayOfWeek.Tuesday, 2, new LocalDate(2027, 1, 12), null),
            new SeriesChanges("Mesa", new LocalTime(9, 30), 90, "Alcaldía", null), "u1"),
        new ScheduleMeeting(Guid.NewGuid(), new MeetingDetails("Mesa", new LocalDateTime(2027, 1, 12, 9, 30), new LocalDateTime(2027, 1, 12, 11, 0), null, "https://meet.example.org"), "u1"),
        new EditMilestone(Guid.NewGuid(), "Hito", new LocalDate(2027, 3, 1), "u1", 4),
        new UpdateGroupDetails(new GroupDetails("Mesa", GroupScope.Local, "CO", "Antioquia", "America/Bogota", MeetingCadence.Monthly, "Chatham House", true, "# Terms"), "u1", 3),
        new AcknowledgeRecord("u1", 2),
        new SendInvitations("u1"),
        new PlanInvitations(DateTimeOffset.UnixEpoch.AddDays(3), "u1"),
    ];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Serialize_Command_ArrivesEqual(object command) => Assert.Equal(command, RoundTrip(command));

    [Fact]
    public void Serialize_StateWithLists_ArrivesWithEveryValue()
    {
        var agenda = new AgendaItem(Guid.NewGuid(), "Seguridad", "u2", Guid.NewGuid(), 20, null);
        var meeting = new MeetingState(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new LocalDate(2027, 1, 12),
            new MeetingDetails("Mesa", new LocalDateTime(2027, 1, 12, 9, 30), new LocalDateTime(2027, 1, 12, 11, 0), "Alcaldía", null),
            "America/Bogota", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddHours(1), MeetingStatus.Scheduled, false, 3, 5, DateTimeOffset.UnixEpoch, [agenda])
        {
            SeriesVersion = 2,
            InvitationsSentAt = DateTimeOffset.UnixEpoch.AddMinutes(5),
            InvitationsDueAt = DateTimeOffset.UnixEpoch.AddMinutes(4),
            InvitationsDueBy = "u1",
        };

        var arrived = RoundTrip(meeting);

        Assert.Equal(meeting with { Agenda = [] }, arrived with { Agenda = [] });
        Assert.Equal([agenda], arrived.Agenda);
    }

    [Fact]
    public void Serialize_CorrectionWithStatuses_ArrivesWithEveryValue()
    {
        var correction = new CorrectRecord("Errata", [new RecordEdit(Guid.NewGuid(), "Texto", true)], "u1", 2)
        {
            Attendance = [new AttendanceEdit(Guid.NewGuid(), AttendanceStatus.Apologies)],
            AgendaStatuses = [new AgendaStatusEdit(Guid.NewGuid(), false)],
        };

        var arrived = RoundTrip(correction);

        Assert.Equal((correction.Reason, correction.ActorId, correction.ExpectedVersion), (arrived.Reason, arrived.ActorId, arrived.ExpectedVersion));
        Assert.Equal(correction.Edits, arrived.Edits);
        Assert.Equal(correction.Attendance, arrived.Attendance);
        Assert.Equal(correction.AgendaStatuses, arrived.AgendaStatuses);
    }

    [Fact]
    public void Serialize_RecordWithGeneralSection_ArrivesWithTheSectionAndItsNote()
    {
        var meetingId = Guid.NewGuid();
        var note = new NoteEntry(Guid.NewGuid(), meetingId, "Varios", false, DateTimeOffset.UnixEpoch);
        var record = new MeetingRecordState(meetingId, Guid.NewGuid(), "Mesa", new MeetingStart("2027-01-12T09:30", "America/Bogota", DateTimeOffset.UnixEpoch),
            false, [], [], [note], [], 0, 3)
        {
            HasGeneralSection = true,
        };

        var arrived = RoundTrip(record);

        Assert.True(arrived.HasGeneralSection);
        Assert.True(arrived.IsGeneral(Assert.Single(arrived.Notes).AgendaItemId));
        Assert.Equal(note, arrived.Notes[0]);
    }

    [Fact]
    public void Serialize_LiveSignal_ArrivesWithEveryValue()
    {
        var signal = new Platform.Grains.Events.LiveSignal(Guid.NewGuid(), "working_group", "k", 42, "u3", ["u1", "u2"]);

        var arrived = RoundTrip(signal);

        Assert.Equal(signal with { Notify = [] }, arrived with { Notify = [] });
        Assert.Equal(["u1", "u2"], arrived.Notify.ToArray());
    }

    [Fact]
    public void Serialize_Refusals_ArriveWithTheirTypeAndFields()
    {
        var action = RoundTrip<Exception>(RuleException.Of(ActionItemRule.OwnerNotMember, "Owner"));
        var meeting = RoundTrip<Exception>(RuleException.Of(MeetingRule.PresenterNotMember, "Presenter"));
        var commitment = RoundTrip<Exception>(RuleException.Of(CommitmentRule.NotPledger));
        var record = RoundTrip<Exception>(RuleException.Of(RecordRule.Published));
        var group = RoundTrip<Exception>(RuleException.Of(GroupRule.LastFacilitator));
        var edit = RoundTrip<Exception>(new EditConflictException("meeting", "k", 3, 4));
        var conflict = RoundTrip<Exception>(new ConcurrencyConflictException("action_item", "k"));

        Assert.Equal((ActionItemRule.OwnerNotMember, "Owner"), (Assert.IsType<RuleException<ActionItemRule>>(action).Code, ((RuleException<ActionItemRule>)action).Field));
        Assert.Equal((MeetingRule.PresenterNotMember, "Presenter"), (Assert.IsType<RuleException<MeetingRule>>(meeting).Code, ((RuleException<MeetingRule>)meeting).Field));
        Assert.Equal(CommitmentRule.NotPledger, Assert.IsType<RuleException<CommitmentRule>>(commitment).Code);
        Assert.Equal(RecordRule.Published, Assert.IsType<RuleException<RecordRule>>(record).Code);
        Assert.Equal(GroupRule.LastFacilitator, Assert.IsType<RuleException<GroupRule>>(group).Code);
        var editConflict = Assert.IsType<EditConflictException>(edit);
        Assert.Equal(("meeting", "k", 3L, 4L), (editConflict.EntityKind, editConflict.EntityKey, editConflict.ExpectedVersion, editConflict.CurrentVersion));
        Assert.Equal(("action_item", "k"), (Assert.IsType<ConcurrencyConflictException>(conflict).EntityKind, ((ConcurrencyConflictException)conflict).EntityKey));
        Assert.Contains("LastFacilitator", group.Message, StringComparison.Ordinal);
    }
}
