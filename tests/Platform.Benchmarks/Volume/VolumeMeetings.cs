using System.Data.Common;
using NodaTime;
using NodaTime.Extensions;
using Platform.Grains.MeetingRecords;
using Platform.Grains.Meetings;
using Platform.Grains.WorkingGroups;
using Platform.Grains.Time;

namespace Platform.Benchmarks.Volume;

/// <summary>
/// A meeting a month per group (nine before <c>now</c>, the rest after, on a day that varies by group so some fall
/// within the next two days): attendance, one agenda item with decisions and a follow-up, a published record and
/// most participants' acknowledgements for the meetings already held; one in twenty is cancelled.
/// </summary>
internal static class VolumeMeetings
{
    private const string InsertMeeting = """
        INSERT INTO meeting (id, working_group_id, title, starts_local, ends_local, time_zone, starts_utc, ends_utc, status, version, created_at)
        VALUES (@id, @groupId, @title, @startsLocal, @endsLocal, @zone, @startsUtc, @endsUtc, @status, 1, @createdAt)
        """;

    private const string InsertAgendaItem = """
        INSERT INTO agenda_item (id, meeting_id, position, title, created_at)
        VALUES (@id, @meetingId, 1, @title, @createdAt)
        """;

    private const string InsertAgendaProgress = """
        INSERT INTO agenda_item_progress (agenda_item_id, meeting_id, status)
        VALUES (@id, @meetingId, 'reached')
        """;

    private const string InsertAttendance = """
        INSERT INTO attendance (id, meeting_id, user_id, organisation_id, status)
        VALUES (@id, @meetingId, @userId, @organisationId, @status)
        """;

    private const string InsertOutcome = """
        INSERT INTO outcome (id, meeting_id, agenda_item_id, kind, decision_number, text, created_at)
        VALUES (@id, @meetingId, @agendaItemId, @kind, @number, @text, @createdAt)
        """;

    private const string InsertRecord = """
        INSERT INTO meeting_record (meeting_id, working_group_id, revision, version, created_at)
        VALUES (@meetingId, @groupId, 1, 2, @createdAt)
        """;

    private const string InsertRevision = """
        INSERT INTO record_revision (meeting_id, revision, published_at, published_by, snapshot)
        VALUES (@meetingId, 1, @publishedAt, @publishedBy, @snapshot)
        """;

    private const string InsertAcknowledgement = """
        INSERT INTO record_acknowledgement (meeting_id, revision, user_id, acknowledged_at)
        VALUES (@meetingId, 1, @userId, @at)
        """;

    public static async Task<int> InsertAsync(DbConnection connection, DbTransaction transaction, VolumePlan plan)
    {
        var rows = new Rows();
        for (var g = 0; g < plan.GroupIds.Length; g++)
        {
            for (var m = 0; m < plan.Size.MeetingsPerGroup; m++)
            {
                Meeting(plan, rows, g, m - 9);
            }
        }

        await Bulk.InsertAsync(connection, transaction, InsertMeeting, rows.Meetings);
        await Bulk.InsertAsync(connection, transaction, InsertAgendaItem, rows.AgendaItems);
        await Bulk.InsertAsync(connection, transaction, InsertAgendaProgress, rows.AgendaProgress);
        await Bulk.InsertAsync(connection, transaction, InsertAttendance, rows.Attendance);
        await Bulk.InsertAsync(connection, transaction, InsertOutcome, rows.Outcomes);
        await Bulk.InsertAsync(connection, transaction, InsertRecord, rows.Records);
        await Bulk.InsertAsync(connection, transaction, InsertRevision, rows.Revisions);
        await Bulk.InsertAsync(connection, transaction, InsertAcknowledgement, rows.Acknowledgements);
        return rows.Meetings.Count;
    }

    private static void Meeting(VolumePlan plan, Rows rows, int g, int monthOffset)
    {
        var zone = VolumePlan.ZoneOf(g);
        var today = plan.Now.ToInstant().InZone(zone).Date;
        var month = today.PlusMonths(monthOffset);
        var local = new LocalDate(month.Year, month.Month, 1 + (g % 28)).At(new LocalTime(9, 0));
        var starts = WallClock.Resolve(local, zone).ToDateTimeOffset();
        var ends = starts.AddHours(2);
        var id = plan.NewId();
        var groupId = VolumeData.Id(plan.GroupIds[g]);
        var cancelled = plan.Random.Next(20) == 0;
        var held = !cancelled && ends < plan.Now;
        var title = VolumeData.Invariant($"Plenary {local.Year}-{local.Month:00}");
        rows.Meetings.Add(new
        {
            id = VolumeData.Id(id), groupId, title, startsLocal = WallClock.Write(local), endsLocal = WallClock.Write(local.PlusHours(2)),
            zone = zone.Id, startsUtc = VolumeData.Time(starts), endsUtc = VolumeData.Time(ends),
            status = cancelled ? "cancelled" : "scheduled", createdAt = VolumeData.Time(starts.AddDays(-30)),
        });
        var agendaId = plan.NewId();
        rows.AgendaItems.Add(new { id = VolumeData.Id(agendaId), meetingId = VolumeData.Id(id), title = "Follow-up of commitments", createdAt = VolumeData.Time(starts.AddDays(-20)) });
        if (held)
        {
            rows.AgendaProgress.Add(new { id = VolumeData.Id(agendaId), meetingId = VolumeData.Id(id) });
            Held(plan, rows, g, id, agendaId, title, new MeetingStart(WallClock.Write(local), zone.Id, starts), ends);
        }
    }

    private static void Held(VolumePlan plan, Rows rows, int g, Guid id, Guid agendaId, string title, MeetingStart when, DateTimeOffset ends)
    {
        var meetingId = VolumeData.Id(id);
        var attendance = new List<SnapshotAttendance>();
        var participants = new List<SnapshotParticipant>();
        for (var k = 0; k < plan.Size.MembersPerGroup; k++)
        {
            var roll = plan.Random.Next(100);
            var status = roll < 75 ? AttendanceStatus.Present : roll < 90 ? AttendanceStatus.Apologies : AttendanceStatus.Absent;
            var user = plan.MemberOf(g, k);
            var organisation = VolumeData.Id(plan.OrganisationOf(g, k));
            rows.Attendance.Add(new { id = VolumeData.Id(plan.NewId()), meetingId, userId = user, organisationId = organisation, status = status.ToString().ToLowerInvariant() });
            attendance.Add(new SnapshotAttendance(user, "P", "O", status, false));
            participants.Add(new SnapshotParticipant(user, "P", "O", k < 2 ? GroupRole.Facilitator : GroupRole.Member));
        }

        var outcomes = new List<SnapshotOutcome>();
        for (var o = 0; o < 4; o++)
        {
            var (kind, number) = o < 2 ? ("decision", (int?)(o + 1)) : o == 2 ? ("follow_up", null) : ("information", null);
            var outcomeId = plan.NewId();
            rows.Outcomes.Add(new { id = VolumeData.Id(outcomeId), meetingId, agendaItemId = VolumeData.Id(agendaId), kind, number, text = "Agreed text", createdAt = VolumeData.Time(ends) });
            outcomes.Add(new SnapshotOutcome(outcomeId, o < 2 ? OutcomeKind.Decision : o == 2 ? OutcomeKind.FollowUp : OutcomeKind.Information, number, "Agreed text", false));
        }

        // Published two days after the meeting, or halfway to now for a meeting that has only just ended.
        var published = ends + TimeSpan.FromTicks(Math.Min(TimeSpan.FromDays(2).Ticks, (plan.Now - ends).Ticks / 2));
        var snapshot = new RecordSnapshot(title, when, attendance, [new SnapshotItem(agendaId, 1, "Follow-up of commitments", AgendaItemStatus.Reached, [], outcomes)], participants);
        rows.Records.Add(new { meetingId, groupId = VolumeData.Id(plan.GroupIds[g]), createdAt = VolumeData.Time(ends) });
        rows.Revisions.Add(new { meetingId, publishedAt = VolumeData.Time(published), publishedBy = plan.FacilitatorOf(g), snapshot = snapshot.ToJson() });
        foreach (var participant in participants.Where(_ => plan.Random.Next(10) < 7))
        {
            var at = published.AddHours(plan.Random.Next(1, 72));
            if (at < plan.Now)
            {
                rows.Acknowledgements.Add(new { meetingId, userId = participant.UserId, at = VolumeData.Time(at) });
            }
        }
    }

    private sealed class Rows
    {
        public List<object> Meetings { get; } = [];

        public List<object> AgendaItems { get; } = [];

        public List<object> AgendaProgress { get; } = [];

        public List<object> Attendance { get; } = [];

        public List<object> Outcomes { get; } = [];

        public List<object> Records { get; } = [];

        public List<object> Revisions { get; } = [];

        public List<object> Acknowledgements { get; } = [];
    }
}
