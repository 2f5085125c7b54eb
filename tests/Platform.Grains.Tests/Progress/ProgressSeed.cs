namespace Platform.Grains.Tests.Progress;

/// <summary>Plain-SQL rows for progress figures: groups, meetings, attendance, outcomes, items, commitments.</summary>
internal sealed class ProgressSeed(Database database)
{
    public const string Created = "2026-01-01T00:00:00.0000000Z";

    private readonly TestData data = new(database, Created);

    public Task<Guid> GroupAsync(string name, string cadence, string zone, string createdAt, string country = "CO") =>
        new TestData(database, createdAt).GroupAsync(name, zone, country: country, cadence: cadence);

    public Task<string> PersonAsync(string name, string gender) => data.UserAsync(name, $"{name}@example.org", gender: gender);

    public Task<Guid> OrganisationAsync(string name, string type) => data.OrganisationAsync(name, type);

    public Task SeatAsync(Guid groupId, string userId, Guid organisationId) => data.SeatAsync(groupId, userId, organisationId);

    /// <summary>A one-hour meeting starting at <paramref name="startsUtc"/> (local columns are not read by the figures).</summary>
    public async Task<Guid> MeetingAsync(Guid groupId, string startsUtc, string status = "scheduled")
    {
        var id = Guid.NewGuid();
        var starts = StoredTime.Read(startsUtc);
        await ExecuteAsync("""
            INSERT INTO meeting (id, working_group_id, title, starts_local, ends_local, time_zone, starts_utc, ends_utc, status, version, created_at)
            VALUES (@id, @groupId, 'Plenary', '2026-01-01T10:00', '2026-01-01T11:00', 'UTC', @startsUtc, @endsUtc, @status, 1, @created)
            """, new { id = id.ToString(), groupId = groupId.ToString(), startsUtc, endsUtc = StoredTime.Write(starts.AddHours(1)), status, created = Created });
        return id;
    }

    public Task AttendAsync(Guid meetingId, string? userId, Guid? organisationId, string status) =>
        ExecuteAsync("""
            INSERT INTO attendance (id, meeting_id, user_id, organisation_id, guest_name, status)
            VALUES (@id, @meetingId, @userId, @organisationId, @guest, @status)
            """, new { id = Guid.NewGuid().ToString(), meetingId = meetingId.ToString(), userId, organisationId = organisationId?.ToString(), guest = userId is null ? "Guest" : null, status });

    /// <summary>Outcomes of the given kinds on one agenda item; a published record when <paramref name="publishedBy"/> is set.</summary>
    public async Task OutcomesAsync(Guid meetingId, string? publishedBy, params string[] kinds)
    {
        var agendaItem = Guid.NewGuid().ToString();
        await ExecuteAsync("""
            INSERT INTO agenda_item (id, meeting_id, position, title, created_at)
            VALUES (@agendaItem, @meetingId, 1, 'Item', @created)
            """, new { agendaItem, meetingId = meetingId.ToString(), created = Created });
        for (var i = 0; i < kinds.Length; i++)
        {
            await ExecuteAsync("""
                INSERT INTO outcome (id, meeting_id, agenda_item_id, kind, decision_number, text, created_at)
                VALUES (@id, @meetingId, @agendaItem, @kind, @number, 'Text', @created)
                """, new { id = Guid.NewGuid().ToString(), meetingId = meetingId.ToString(), agendaItem, kind = kinds[i], number = kinds[i] == "decision" ? i + 1 : (int?)null, created = Created });
        }

        if (publishedBy is not null)
        {
            await ExecuteAsync("""
                INSERT INTO record_revision (meeting_id, revision, published_at, published_by, snapshot)
                VALUES (@meetingId, 1, @created, @publishedBy, '{}')
                """, new { meetingId = meetingId.ToString(), publishedBy, created = Created });
        }
    }

    /// <summary>An action item; with <paramref name="closedAt"/> an update moving it to <paramref name="status"/> then.</summary>
    public async Task ItemAsync(Guid groupId, string createdAt, string? dueDate, string status = "open", string? closedAt = null, string? author = null)
    {
        var id = Guid.NewGuid().ToString();
        await ExecuteAsync("""
            INSERT INTO action_item (id, working_group_id, title, due_date, status, version, created_at, updated_at)
            VALUES (@id, @groupId, 'Item', @dueDate, @status, 1, @createdAt, @updatedAt)
            """, new { id, groupId = groupId.ToString(), dueDate, status, createdAt, updatedAt = closedAt ?? createdAt });
        if (closedAt is not null)
        {
            await ExecuteAsync("""
                INSERT INTO action_item_update (id, action_item_id, text, status_from, status_to, created_by, created_at)
                VALUES (@updateId, @id, 'Closed', 'open', @status, @author, @closedAt)
                """, new { updateId = Guid.NewGuid().ToString(), id, status, author, closedAt });
        }
    }

    public async Task CommitmentsAsync(Guid groupId, Guid organisationId, string status, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await ExecuteAsync("""
                INSERT INTO commitment (id, working_group_id, organisation_id, text, standard, status, version, created_at, updated_at)
                VALUES (@id, @groupId, @organisationId, 'Pledge', 'voluntary_principles', @status, 1, @created, @created)
                """, new { id = Guid.NewGuid().ToString(), groupId = groupId.ToString(), organisationId = organisationId.ToString(), status, created = "2026-03-01T00:00:00.0000000Z" });
        }
    }

    public async Task PortfolioAsync(string userId, Guid groupId)
    {
        await data.RoleAsync(userId, "donor");
        await data.PortfolioAsync(userId, groupId);
    }

    private Task ExecuteAsync(string sql, object parameters) => data.ExecuteAsync(sql, parameters);
}
