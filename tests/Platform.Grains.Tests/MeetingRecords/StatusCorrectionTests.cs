using Platform.Grains;
using Platform.Grains.MeetingRecords;
using Platform.Grains.Meetings;

namespace Platform.Grains.Tests.MeetingRecords;

/// <summary>Issue 15: a correction may change attendance and agenda item statuses, as a new revision with its reason.</summary>
public sealed class StatusCorrectionTests : RecordSceneTests
{
    [Fact]
    public async Task Correct_AttendanceAndAgendaStatus_PublishesThemAsTheNextRevision()
    {
        await Record.RecordAttendanceAsync(new RecordAttendance([new(Scene.Member, AttendanceStatus.Present)], [new("Rosa Pérez", "Defensoría", AttendanceStatus.Present)], Scene.Facilitator));
        var draft = await Record.MarkAgendaItemAsync(new MarkAgendaItem(Scene.FirstItem, true, Scene.Facilitator));
        await PublishAsync();
        var member = draft.Attendance.Single(a => a.UserId == Scene.Member).Id;
        var guest = draft.Attendance.Single(a => a.UserId is null).Id;

        var corrected = await Record.CorrectAsync(new CorrectRecord("Beto se excusó; el punto 1 no se alcanzó", [], Scene.Facilitator, 1)
        {
            Attendance = [new AttendanceEdit(member, AttendanceStatus.Apologies), new AttendanceEdit(guest, AttendanceStatus.Absent)],
            AgendaStatuses = [new AgendaStatusEdit(Scene.FirstItem, false)],
        });

        var latest = (await ViewAsync(Scene.Member))!;
        Assert.Equal(2, corrected.Revision);
        Assert.Equal([AttendanceStatus.Apologies, AttendanceStatus.Absent], latest.Snapshot.Attendance.Select(a => a.Status));
        Assert.Equal(AgendaItemStatus.NotReached, latest.Snapshot.Items.Single(i => i.Id == Scene.FirstItem).Status);
        Assert.Equal(2, await Silo.CountAsync("SELECT COUNT(*) FROM attendance"));
        Assert.Equal(1, await Silo.CountAsync("SELECT COUNT(*) FROM agenda_item_progress WHERE status = 'not_reached'"));
    }

    [Fact]
    public async Task Correct_UnknownAttendanceOrUnchangedStatus_IsRefusedAndPublishesNothing()
    {
        var draft = await Record.RecordAttendanceAsync(new RecordAttendance([new(Scene.Member, AttendanceStatus.Present)], [], Scene.Facilitator));
        await PublishAsync();

        var unknown = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => Record.CorrectAsync(new CorrectRecord("Errata", [], Scene.Facilitator, 1)
        {
            Attendance = [new AttendanceEdit(Guid.NewGuid(), AttendanceStatus.Absent)],
        }));
        var unchanged = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => Record.CorrectAsync(new CorrectRecord("Errata", [], Scene.Facilitator, 1)
        {
            Attendance = [new AttendanceEdit(draft.Attendance[0].Id, AttendanceStatus.Present)],
        }));

        Assert.Equal((RecordRule.AttendanceUnknown, RecordRule.NothingToCorrect), (unknown.Code, unchanged.Code));
        Assert.Equal(1, await Silo.CountAsync("SELECT COUNT(*) FROM record_revision"));
        Assert.Equal(1, await Silo.CountAsync("SELECT COUNT(*) FROM attendance WHERE status = 'present'"));
    }
}
