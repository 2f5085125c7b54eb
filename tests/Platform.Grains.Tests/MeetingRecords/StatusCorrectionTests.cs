using Platform.Grains;
using Platform.Grains.MeetingRecords;
using Platform.Grains.Meetings;
using Platform.Grains.Tests.Storage;

namespace Platform.Grains.Tests.MeetingRecords;

/// <summary>Issue 15: a correction may change attendance and agenda item statuses, as a new revision with its reason.</summary>
public sealed class StatusCorrectionTests
{
    [Fact]
    public async Task Correct_AttendanceAndAgendaStatus_PublishesThemAsTheNextRevision()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);
        var record = silo.Record(s.Meeting);
        await record.RecordAttendanceAsync(new RecordAttendance([new(s.Member, AttendanceStatus.Present)], [new("Rosa Pérez", "Defensoría", AttendanceStatus.Present)], s.Facilitator));
        var draft = await record.MarkAgendaItemAsync(new MarkAgendaItem(s.FirstItem, true, s.Facilitator));
        await record.PublishAsync(new PublishRecord(s.Facilitator, true));
        var member = draft.Attendance.Single(a => a.UserId == s.Member).Id;
        var guest = draft.Attendance.Single(a => a.UserId is null).Id;

        var corrected = await record.CorrectAsync(new CorrectRecord("Beto se excusó; el punto 1 no se alcanzó", [], s.Facilitator, 1)
        {
            Attendance = [new AttendanceEdit(member, AttendanceStatus.Apologies), new AttendanceEdit(guest, AttendanceStatus.Absent)],
            AgendaStatuses = [new AgendaStatusEdit(s.FirstItem, false)],
        });

        var latest = (await silo.Queries.RecordAsync(s.Meeting, null, await silo.Access.StandingAsync(s.Member, s.Group)))!;
        Assert.Equal(2, corrected.Revision);
        Assert.Equal([AttendanceStatus.Apologies, AttendanceStatus.Absent], latest.Snapshot.Attendance.Select(a => a.Status));
        Assert.Equal(AgendaItemStatus.NotReached, latest.Snapshot.Items.Single(i => i.Id == s.FirstItem).Status);
        Assert.Equal(2, await silo.CountAsync("SELECT COUNT(*) FROM attendance"));
        Assert.Equal(1, await silo.CountAsync("SELECT COUNT(*) FROM agenda_item_progress WHERE status = 'not_reached'"));
    }

    [Fact]
    public async Task Correct_UnknownAttendanceOrUnchangedStatus_IsRefusedAndPublishesNothing()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);
        var record = silo.Record(s.Meeting);
        var draft = await record.RecordAttendanceAsync(new RecordAttendance([new(s.Member, AttendanceStatus.Present)], [], s.Facilitator));
        await record.PublishAsync(new PublishRecord(s.Facilitator, true));

        var unknown = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => record.CorrectAsync(new CorrectRecord("Errata", [], s.Facilitator, 1)
        {
            Attendance = [new AttendanceEdit(Guid.NewGuid(), AttendanceStatus.Absent)],
        }));
        var unchanged = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => record.CorrectAsync(new CorrectRecord("Errata", [], s.Facilitator, 1)
        {
            Attendance = [new AttendanceEdit(draft.Attendance[0].Id, AttendanceStatus.Present)],
        }));

        Assert.Equal((RecordRule.AttendanceUnknown, RecordRule.NothingToCorrect), (unknown.Code, unchanged.Code));
        Assert.Equal(1, await silo.CountAsync("SELECT COUNT(*) FROM record_revision"));
        Assert.Equal(1, await silo.CountAsync("SELECT COUNT(*) FROM attendance WHERE status = 'present'"));
    }
}
