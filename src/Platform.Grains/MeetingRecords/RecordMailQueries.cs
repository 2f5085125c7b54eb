using Platform.Grains.Storage;

namespace Platform.Grains.MeetingRecords;

/// <summary>What the record e-mails need: where to send them, in which language, and what to call the meeting.</summary>
public sealed class RecordMailQueries(Database database)
{
    private const string SelectRecipients = """
        SELECT id AS UserId, email AS Email, preferred_language AS Language
        FROM user_account
        WHERE id IN @userIds
        """;

    public async Task<IReadOnlyList<RecordRecipient>> RecipientsAsync(IReadOnlyList<string> userIds, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string UserId, string Email, string Language)>(
            new CommandDefinition(SelectRecipients, new { userIds }, cancellationToken: cancellationToken));
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
            new CommandDefinition(SelectNames, new { meetingId = MeetingRecordStore.Key(meetingId) }, cancellationToken: cancellationToken));
    }
}

/// <summary>A participant to e-mail, in their own language.</summary>
public sealed record RecordRecipient(string UserId, string Email, string Language);
