namespace Platform.Grains.MeetingRecords;

/// <summary>What the record e-mails need: where to send them, in which language, and what to call the meeting.</summary>
public sealed class RecordMailQueries(Database database)
{
    // People who turned e-mail off for meeting records still get the in-app notification, not the mail.
    private const string SelectRecipients = """
        SELECT u.id AS UserId, u.email AS Email, u.preferred_language AS Language
        FROM user_account u
        WHERE u.id IN @userIds
          AND NOT EXISTS (
              SELECT 1
              FROM notification_preference p
              WHERE p.user_id = u.id
                AND p.kind = 'meeting_record'
                AND p.email = FALSE)
        """;

    public async Task<IReadOnlyList<RecordRecipient>> RecipientsAsync(IReadOnlyList<string> userIds, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string UserId, string Email, string Language)>(
            new CommandDefinition(SqlDialects.Of(connection).Lists(SelectRecipients), new { userIds }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new RecordRecipient(r.UserId, r.Email, r.Language))];
    }

    private const string SelectNames = """
        SELECT g.name AS GroupName, m.title AS MeetingTitle
        FROM meeting m
        JOIN working_group g ON g.id = m.working_group_id
        WHERE m.id = @meetingId
        """;

    public async Task<(string GroupName, string MeetingTitle)> NamesAsync(Guid meetingId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync<(string, string)>(
            new CommandDefinition(SelectNames, new { meetingId }, cancellationToken: cancellationToken));
    }
}

/// <summary>A participant to e-mail, in their own language.</summary>
public sealed record RecordRecipient(string UserId, string Email, string Language);
