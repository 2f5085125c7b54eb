using Platform.Grains.MeetingRecords;

namespace Platform.Host.Demo;

/// <summary>
/// A year of past activity for the demo groups, so a donor's progress pages show real figures: monthly meetings with
/// attendance, decisions in published records, action items (most done, some late, some overdue) and commitments.
/// Written as plain rows because the grains stamp everything "now" and cannot record the past; nothing here is
/// journaled, which is acceptable for a demo only.
/// </summary>
internal sealed class DemoHistory(Database database, TimeProvider time)
{
    private const int Months = 11;

    private static readonly string[] CommitmentStatuses = ["on_track", "on_track", "fulfilled", "at_risk", "fulfilled", "off_track", "on_track"];

    public sealed record Seat(string UserId, Guid OrganisationId);

    private const string BackdateGroup = "UPDATE working_group SET created_at = @createdAt WHERE id = @groupId";

    private const string InsertMeeting = """
        INSERT INTO meeting (id, working_group_id, title, starts_local, ends_local, time_zone, starts_utc, ends_utc, version, created_at, invitations_sent_at)
        VALUES (@id, @groupId, @title, @startsLocal, @endsLocal, 'America/Bogota', @startsUtc, @endsUtc, 1, @startsUtc, @startsUtc);
        INSERT INTO agenda_item (id, meeting_id, position, title, created_at)
        VALUES (@agendaItemId, @id, 1, 'Seguimiento', @startsUtc);
        INSERT INTO agenda_item_progress (agenda_item_id, meeting_id, status)
        VALUES (@agendaItemId, @id, 'reached');
        INSERT INTO outcome (id, meeting_id, agenda_item_id, kind, decision_number, text, created_at)
        VALUES (@decision1, @id, @agendaItemId, 'decision', 1, 'Acuerdo', @startsUtc),
               (@decision2, @id, @agendaItemId, 'decision', 2, 'Acuerdo', @startsUtc);
        INSERT INTO meeting_record (meeting_id, working_group_id, revision, version, created_at)
        VALUES (@id, @groupId, 1, 1, @startsUtc);
        INSERT INTO record_revision (meeting_id, revision, published_at, published_by, snapshot)
        VALUES (@id, 1, @publishedAt, @facilitator, @snapshot);
        """;

    private const string InsertAttendance = """
        INSERT INTO attendance (id, meeting_id, user_id, organisation_id, status)
        VALUES (@id, @meetingId, @userId, @organisationId, @status)
        """;

    private const string InsertItem = """
        INSERT INTO action_item (id, working_group_id, title, owner_user_id, owner_organisation_id, due_date, status, meeting_id, version, created_at, updated_at)
        VALUES (@id, @groupId, 'Compromiso de seguimiento', @userId, @organisationId, @dueDate, @status, @meetingId, 1, @createdAt, @updatedAt);
        INSERT INTO action_item_update (id, action_item_id, text, status_from, status_to, created_by, created_at)
        SELECT @updateId, @id, 'Hecho', 'open', 'done', @userId, @updatedAt
        WHERE @status = 'done';
        """;

    private const string InsertCommitment = """
        INSERT INTO commitment (id, working_group_id, organisation_id, text, standard, status, version, created_at, updated_at)
        VALUES (@id, @groupId, @organisationId, 'Compromiso con los Principios Voluntarios', 'voluntary_principles', @status, 1, @createdAt, @createdAt)
        """;

    public async Task AddAsync(Guid groupId, IReadOnlyList<Seat> seats)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var group = groupId.ToString();
        await connection.ExecuteAsync(BackdateGroup, new { groupId = group, createdAt = StoredTime.Write(now.AddMonths(-Months - 1)) }, transaction);
        for (var month = Months; month >= 1; month--)
        {
            var starts = new DateTimeOffset(now.Year, now.Month, 1, 15, 0, 0, TimeSpan.Zero).AddMonths(-month).AddDays(9);
            var meeting = Guid.NewGuid().ToString();
            var local = starts.ToOffset(TimeSpan.FromHours(-5));
            await connection.ExecuteAsync(InsertMeeting, new
            {
                id = meeting, groupId = group, title = "Reunión mensual", agendaItemId = Guid.NewGuid().ToString(),
                decision1 = Guid.NewGuid().ToString(), decision2 = Guid.NewGuid().ToString(),
                startsLocal = local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
                endsLocal = local.AddHours(2).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
                startsUtc = StoredTime.Write(starts), endsUtc = StoredTime.Write(starts.AddHours(2)), publishedAt = StoredTime.Write(starts.AddDays(5)),
                facilitator = seats[0].UserId,
                snapshot = new RecordSnapshot("Reunión mensual", new MeetingStart(local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), "America/Bogota", starts), [], [], []).ToJson(),
            }, transaction);
            for (var i = 0; i < seats.Count; i++)
            {
                var status = (month + i) % 6 == 0 ? "apologies" : (month * i) % 7 == 3 ? "absent" : "present";
                await connection.ExecuteAsync(InsertAttendance, new { id = Guid.NewGuid().ToString(), meetingId = meeting, userId = seats[i].UserId, organisationId = seats[i].OrganisationId.ToString(), status }, transaction);
            }

            for (var i = 0; i < 6; i++)
            {
                var seat = seats[(month + i) % seats.Count];
                var due = starts.AddDays(21);
                var done = starts.AddDays(i % 3 == 0 ? 25 : 14);
                var status = i == 5 || done > now ? "open" : "done";
                await connection.ExecuteAsync(InsertItem, new
                {
                    id = Guid.NewGuid().ToString(), updateId = Guid.NewGuid().ToString(), groupId = group, userId = seat.UserId,
                    organisationId = seat.OrganisationId.ToString(), dueDate = due.ToOffset(TimeSpan.FromHours(-5)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    status, meetingId = meeting, createdAt = StoredTime.Write(starts.AddHours(3)), updatedAt = StoredTime.Write(status == "done" ? done : starts.AddHours(3)),
                }, transaction);
            }
        }

        var organisations = seats.Select(s => s.OrganisationId).Distinct().ToList();
        for (var i = 0; i < organisations.Count * 2; i++)
        {
            await connection.ExecuteAsync(InsertCommitment, new
            {
                id = Guid.NewGuid().ToString(), groupId = group, organisationId = organisations[i % organisations.Count].ToString(),
                status = CommitmentStatuses[i % CommitmentStatuses.Length], createdAt = StoredTime.Write(now.AddMonths(-Months)),
            }, transaction);
        }

        await transaction.CommitAsync();
    }
}
