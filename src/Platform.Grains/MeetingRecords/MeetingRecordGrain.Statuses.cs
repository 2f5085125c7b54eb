namespace Platform.Grains.MeetingRecords;

/// <summary>Issue 15: a correction may also change attendance and agenda item statuses, not only notes and outcomes.</summary>
public sealed partial class MeetingRecordGrain
{
    private (MeetingRecordState Next, IReadOnlyList<StateWrite> Writes) ApplyStatuses(MeetingRecordState next, CorrectRecord command)
    {
        var writes = new List<StateWrite>();
        foreach (var edit in command.Attendance.DistinctBy(a => a.AttendanceId))
        {
            RequireStatus(edit.Status);
            var entry = next.Attendance.FirstOrDefault(a => a.Id == edit.AttendanceId) ?? throw RuleException.Of(RecordRule.AttendanceUnknown);
            if (entry.Status == edit.Status)
            {
                continue;
            }

            var changed = entry with { Status = edit.Status };
            next = next with { Attendance = [.. next.Attendance.Select(a => a == entry ? changed : a)] };
            writes.Add(MeetingRecordStore.ChangedAttendance(id, changed));
        }

        foreach (var edit in command.AgendaStatuses.DistinctBy(a => a.AgendaItemId))
        {
            var item = next.Agenda.FirstOrDefault(a => a.Id == edit.AgendaItemId) ?? throw RuleException.Of(RecordRule.AgendaItemUnknown);
            var status = edit.Reached ? AgendaItemStatus.Reached : AgendaItemStatus.NotReached;
            if (item.Status == status)
            {
                continue;
            }

            var changed = item with { Status = status };
            next = next with { Agenda = [.. next.Agenda.Select(a => a == item ? changed : a)] };
            writes.Add(MeetingRecordStore.AgendaStatus(id, changed));
        }

        return (next, writes);
    }
}
