namespace Platform.Grains.MeetingRecords;

/// <summary>Participation figures of one meeting, from its attendance (also the basis of donor summaries later).</summary>
public sealed class ParticipationQueries(Database database)
{
    /// <summary>Below this many declarations a women's share could point at individuals, so it is not given.</summary>
    public const int MinimumDeclared = 5;

    private const string SelectAttendance = """
        SELECT a.user_id AS UserId,
               a.status AS Status,
               COALESCE(o.name, a.guest_organisation, '') AS Organisation,
               o.stakeholder_type AS StakeholderType,
               u.gender AS Gender
        FROM attendance a
        LEFT JOIN organisation o ON o.id = a.organisation_id
        LEFT JOIN user_account u ON u.id = a.user_id
        WHERE a.meeting_id = @meetingId;

        SELECT COUNT(*)
        FROM (
            SELECT user_id FROM attendance WHERE meeting_id = @meetingId AND user_id IS NOT NULL
            UNION
            SELECT s.user_id FROM membership s JOIN meeting m ON m.working_group_id = s.working_group_id WHERE m.id = @meetingId
        ) invited;
        """;

    /// <summary>
    /// Attendance rate = members present / members invited, where the invited are everyone seated in the group (all are
    /// invited) plus anyone whose attendance was recorded and has left since; guests are not invited members. Organisations present
    /// include guests' organisations; stakeholder types and gender come from members only (guests have no account).
    /// </summary>
    public async Task<ParticipationFigures> ForMeetingAsync(Guid meetingId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.QueryMultipleAsync(
            new CommandDefinition(SelectAttendance, new { meetingId }, cancellationToken: cancellationToken));
        var rows = (await reader.ReadAsync<(string? UserId, string Status, string Organisation, string? StakeholderType, string? Gender)>()).ToList();
        var invited = (int)await reader.ReadSingleAsync<long>();
        var present = rows.Where(r => r.Status == "present").ToList();
        var presentMembers = present.Where(r => r.UserId is not null).ToList();

        // prefer_not_to_say is the default and means "not declared"; it never counts either way.
        var declared = presentMembers.Count(r => r.Gender is Genders.Woman or Genders.Man or Genders.SelfDescribed);
        var women = presentMembers.Count(r => r.Gender == Genders.Woman);
        return new ParticipationFigures(
            invited,
            presentMembers.Count,
            invited == 0 ? null : (double)presentMembers.Count / invited,
            [.. presentMembers.Where(r => r.StakeholderType is not null).Select(r => EnumText.Parse<StakeholderType>(r.StakeholderType!)).Distinct().Order()],
            [.. present.Select(r => r.Organisation).Where(o => o.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCulture)],
            declared,
            women,
            declared >= MinimumDeclared ? (double)women / declared : null);
    }
}
