using Platform.Host.Tests.Organisations;

namespace Platform.Host.Tests.Notifications;

/// <summary>
/// Lucía (Spanish, Bogotá) sits in Segovia, not in Remedios. She owes one open item in Segovia (and one done, and one in
/// Remedios); Segovia meets in 3 days and in 20 days, Remedios in 2 days. Both groups had activity this week.
/// </summary>
internal sealed record DigestFixture(User Lucia, Guid Segovia, Guid Remedios)
{
    /// <summary>Monday 23 November 2026, 08:00 in Bogotá: Lucía's default digest time.</summary>
    public static readonly DateTimeOffset DueAt = new(2026, 11, 23, 13, 0, 0, TimeSpan.Zero);

    public static async Task<DigestFixture> CreateAsync(PlatformFactory factory)
    {
        var lucia = await factory.CreateUserAsync("lucia@example.org");
        await factory.ExecuteAsync("UPDATE user_account SET preferred_language = 'es', time_zone = 'America/Bogota' WHERE id = @id", new { id = lucia.Id });
        var organisation = await GroupSeats.OrganisationAsync(factory, "Corporación Jurídica");
        var segovia = await GroupSeats.GroupAsync(factory, "Mesa minera de Segovia");
        var remedios = await GroupSeats.GroupAsync(factory, "Mesa de Remedios");
        await GroupSeats.SeatAsync(factory, segovia, lucia, organisation, "observer");

        await JournalAsync(factory, 1, segovia, "meeting", "scheduled", DueAt.AddDays(-2));
        await JournalAsync(factory, 2, segovia, "meeting", "scheduled", DueAt.AddDays(-1));
        await JournalAsync(factory, 3, remedios, "action_item", "created", DueAt.AddDays(-1));
        await ItemAsync(factory, segovia, lucia, "Entregar informe de incidentes", "2026-11-25", "open");
        await ItemAsync(factory, segovia, lucia, "Tarea ya cumplida", "2026-11-20", "done");
        await ItemAsync(factory, remedios, lucia, "Tarea de Remedios", "2026-11-24", "open");
        await MeetingAsync(factory, segovia, "Reunión mensual de Segovia", DueAt.AddDays(3).AddHours(1));
        await MeetingAsync(factory, segovia, "Reunión lejana", DueAt.AddDays(20));
        await MeetingAsync(factory, remedios, "Reunión de Remedios", DueAt.AddDays(2));
        return new DigestFixture(lucia, segovia, remedios);
    }

    private static Task JournalAsync(PlatformFactory factory, long seq, Guid group, string kind, string action, DateTimeOffset at) =>
        factory.ExecuteAsync("""
            INSERT INTO journal_entry (seq, working_group_id, entity_kind, entity_key, action, actor, occurred_at, summary, prev_hash, hash)
            VALUES (@seq, @group, @kind, @key, @action, NULL, @at, '{}', 'x', 'x')
            """, new { seq = seq + 1000, group = group.ToString(), kind, key = Guid.NewGuid().ToString(), action, at = Platform.Grains.Storage.StoredTime.Write(at) });

    private static Task ItemAsync(PlatformFactory factory, Guid group, User owner, string title, string due, string status) =>
        factory.ExecuteAsync("""
            INSERT INTO action_item (id, working_group_id, title, owner_user_id, due_date, status, version, created_at, updated_at)
            VALUES (@id, @group, @title, @owner, @due, @status, 1, '2026-11-01T00:00:00.0000000Z', '2026-11-01T00:00:00.0000000Z')
            """, new { id = Guid.NewGuid().ToString(), group = group.ToString(), title, owner = owner.Id, due, status });

    private static Task MeetingAsync(PlatformFactory factory, Guid group, string title, DateTimeOffset starts) =>
        factory.ExecuteAsync("""
            INSERT INTO meeting (id, working_group_id, title, starts_local, ends_local, time_zone, starts_utc, ends_utc, version, created_at)
            VALUES (@id, @group, @title, '2026-12-01T09:00', '2026-12-01T11:00', 'America/Bogota', @starts, @ends, 1, '2026-11-01T00:00:00.0000000Z')
            """, new
            {
                id = Guid.NewGuid().ToString(),
                group = group.ToString(),
                title,
                starts = Platform.Grains.Storage.StoredTime.Write(starts),
                ends = Platform.Grains.Storage.StoredTime.Write(starts.AddHours(2)),
            });
}
