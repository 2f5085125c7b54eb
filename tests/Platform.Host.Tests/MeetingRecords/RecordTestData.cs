namespace Platform.Host.Tests.MeetingRecords;

/// <summary>
/// A group with a facilitator (ana, en), a member (beto, es) and an observer (olga, fr), one meeting with two agenda
/// items. Meetings and agenda items are inserted with SQL: the scheduling slice owns their grain.
/// </summary>
internal sealed record RecordStage(Guid Group, Guid Meeting, Guid FirstItem, Guid SecondItem, User Ana, User Beto, User Olga)
{
    public string Run => $"/groups/{Group}/meetings/{Meeting}/run";

    public string Record => $"/groups/{Group}/meetings/{Meeting}/record";

    public static async Task<RecordStage> CreateAsync(PlatformFactory factory, bool nonAttribution = true)
    {
        var ana = await factory.CreateUserAsync("ana@example.org");
        var beto = await factory.CreateUserAsync("beto@example.org");
        var olga = await factory.CreateUserAsync("olga@example.org");
        var ngo = await factory.OrganisationAsync("Corporación Jurídica", "civil_society");
        var company = await factory.OrganisationAsync("Minera del Norte", "large_scale_mining");
        var group = await factory.GroupAsync(ana, ngo);
        await factory.Group(group).AddMemberAsync(new AddMember(beto.Id, company, GroupRole.Member, ana.Id));
        await factory.Group(group).AddMemberAsync(new AddMember(olga.Id, ngo, GroupRole.Observer, ana.Id));
        await factory.ExecuteAsync(
            """
            UPDATE user_account SET preferred_language = 'es' WHERE id = @beto;
            UPDATE user_account SET preferred_language = 'fr' WHERE id = @olga;
            UPDATE working_group SET non_attribution = @nonAttribution WHERE id = @group;
            """,
            new { beto = beto.Id, olga = olga.Id, nonAttribution, group = group.ToString("D") });
        var meeting = await factory.MeetingAsync(group);
        var first = await factory.AgendaItemAsync(meeting, 1, "Informe de incidentes");
        var second = await factory.AgendaItemAsync(meeting, 2, "Capacitación en Principios Voluntarios");
        return new RecordStage(group, meeting, first, second, ana, beto, olga);
    }
}

internal static class RecordTestData
{
    public static Task ExecuteAsync(this PlatformFactory factory, string sql, object? parameters = null) => factory.Data.ExecuteAsync(sql, parameters);

    public static Task<long> CountAsync(this PlatformFactory factory, string sql, object? parameters = null) => factory.Data.ScalarAsync<long>(sql, parameters);

    public static async Task<Guid> MeetingAsync(this PlatformFactory factory, Guid groupId, string title = "Reunión mensual")
    {
        var id = Guid.NewGuid();
        await factory.ExecuteAsync(
            """
            INSERT INTO meeting (id, working_group_id, title, starts_local, ends_local, time_zone, starts_utc, ends_utc, version, created_at)
            VALUES (@id, @groupId, @title, '2026-12-01T09:00', '2026-12-01T11:00', 'America/Bogota',
                    '2026-12-01T14:00:00.0000000Z', '2026-12-01T16:00:00.0000000Z', 1, '2026-11-01T00:00:00.0000000Z')
            """,
            new { id = id.ToString("D"), groupId = groupId.ToString("D"), title });
        return id;
    }

    public static async Task<Guid> AgendaItemAsync(this PlatformFactory factory, Guid meetingId, int position, string title)
    {
        var id = Guid.NewGuid();
        await factory.ExecuteAsync(
            "INSERT INTO agenda_item (id, meeting_id, position, title, created_at) VALUES (@id, @meetingId, @position, @title, '2026-11-01T00:00:00.0000000Z')",
            new { id = id.ToString("D"), meetingId = meetingId.ToString("D"), position, title });
        return id;
    }

}

/// <summary>Writes and publishes a record through the real grain, for tests about what happens after publishing.</summary>
internal static class PublishedRecord
{
    public static Platform.Grains.MeetingRecords.IMeetingRecordGrain RecordGrain(this PlatformFactory factory, Guid meetingId) =>
        factory.Services.GetRequiredService<Orleans.IGrainFactory>().GetGrain<Platform.Grains.MeetingRecords.IMeetingRecordGrain>(meetingId);

    /// <summary>A new <see cref="RecordStage"/> whose record is published (see <see cref="PublishAsync"/>); answers it and the open decision.</summary>
    public static async Task<(RecordStage Stage, Guid Decision)> PublishedStageAsync(this PlatformFactory factory)
    {
        var stage = await RecordStage.CreateAsync(factory);
        return (stage, await factory.PublishAsync(stage));
    }

    /// <summary>An open note, a restricted note, an open decision and a restricted decision, then publish.</summary>
    public static async Task<Guid> PublishAsync(this PlatformFactory factory, RecordStage s)
    {
        var grain = factory.RecordGrain(s.Meeting);
        await grain.RecordAttendanceAsync(new(
            [new(s.Ana.Id, Platform.Grains.MeetingRecords.AttendanceStatus.Present), new(s.Beto.Id, Platform.Grains.MeetingRecords.AttendanceStatus.Present)], [], s.Ana.Id));
        await grain.AddNoteAsync(new(s.FirstItem, "Nota abierta sobre capacitación", false, s.Ana.Id));
        await grain.AddNoteAsync(new(s.FirstItem, "Secreto de la patrulla", true, s.Ana.Id));
        await grain.AddOutcomeAsync(new(s.FirstItem, Platform.Grains.MeetingRecords.OutcomeKind.Decision, "Decisión reservada sobre el batallón", true, s.Ana.Id));
        var state = await grain.AddOutcomeAsync(new(s.FirstItem, Platform.Grains.MeetingRecords.OutcomeKind.Decision, "Reunión en enero", false, s.Ana.Id));
        await grain.PublishAsync(new(s.Ana.Id, true));
        return state.Outcomes[^1].Id;
    }
}
