using Platform.Grains.Access;

namespace Platform.Grains.MeetingRecords;

/// <summary>Published records as a given viewer may read them, and who acknowledged them.</summary>
public sealed class MeetingRecordQueries(Database database)
{
    private const string SelectRevisions = """
        SELECT r.revision AS Revision,
               r.published_at AS PublishedAt,
               COALESCE(u.display_name, '') AS PublishedBy,
               r.reason AS Reason
        FROM record_revision r
        LEFT JOIN user_account u ON u.id = r.published_by
        WHERE r.meeting_id = @meetingId
        ORDER BY r.revision DESC
        """;

    /// <summary>Revisions of the record, newest first; empty while it is a draft.</summary>
    public async Task<IReadOnlyList<RevisionSummary>> HistoryAsync(Guid meetingId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Revision, DateTimeOffset PublishedAt, string PublishedBy, string? Reason)>(
            new CommandDefinition(SelectRevisions, new { meetingId }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new RevisionSummary((int)r.Revision, r.PublishedAt, r.PublishedBy, r.Reason))];
    }

    private const string SelectSnapshot = "SELECT snapshot FROM record_revision WHERE meeting_id = @meetingId AND revision = @revision";

    /// <summary>
    /// Revision <paramref name="revision"/> (the latest when null) as <paramref name="viewer"/> may read it: restricted notes
    /// and outcomes are removed here, before any markup sees them. Null when unpublished or no such revision.
    /// </summary>
    public async Task<RecordView?> RecordAsync(Guid meetingId, int? revision, GroupStanding viewer, CancellationToken cancellationToken = default)
    {
        var history = await HistoryAsync(meetingId, cancellationToken);
        var chosen = history.FirstOrDefault(h => revision is null || h.Revision == revision);
        if (chosen is null)
        {
            return null;
        }

        var json = await database.ExecuteScalarAsync<string>(SelectSnapshot, new { meetingId, revision = chosen.Revision }, cancellationToken);
        var snapshot = RecordSnapshot.FromJson(json!);
        var shown = RecordAudience.SeesRestricted(viewer);
        return new RecordView(chosen.Revision, history[0].Revision, chosen.PublishedAt, chosen.PublishedBy, chosen.Reason,
            shown ? snapshot : snapshot.WithoutRestricted(), shown, history);
    }

    private const string SelectAcknowledgements = """
        SELECT user_id AS UserId, acknowledged_at AS AcknowledgedAt
        FROM record_acknowledgement
        WHERE meeting_id = @meetingId
          AND revision = @revision
        """;

    /// <summary>Every participant of <paramref name="revision"/> with the time they acknowledged it, or null if they have not.</summary>
    public async Task<IReadOnlyList<AcknowledgementView>> AcknowledgementsAsync(Guid meetingId, int revision, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var json = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            SelectSnapshot, new { meetingId, revision }, cancellationToken: cancellationToken));
        if (json is null)
        {
            return [];
        }

        var acknowledged = (await connection.QueryAsync<(string UserId, DateTimeOffset AcknowledgedAt)>(new CommandDefinition(
            SelectAcknowledgements, new { meetingId, revision }, cancellationToken: cancellationToken)))
            .ToDictionary(a => a.UserId, a => a.AcknowledgedAt);
        return [.. RecordSnapshot.FromJson(json).Participants.Select(p =>
            new AcknowledgementView(p.UserId, p.Name, p.Organisation, acknowledged.TryGetValue(p.UserId, out var at) ? at : null))];
    }

    // The Nth publishing entry of a record is revision N: publishing is revision 1 and each correction adds one.
    // The group's index narrows the scan to its own entries.
    private const string SelectPublicationHead = """
        SELECT seq AS Seq,
               hash AS Hash
        FROM journal_entry
        WHERE working_group_id = @groupId
          AND entity_kind = 'meeting_record'
          AND entity_key = @meetingId
          AND action IN ('published', 'corrected')
        ORDER BY seq
        LIMIT 1 OFFSET @offset
        """;

    /// <summary>
    /// The journal head as it stood when <paramref name="revision"/> was published (the publishing entry itself), shown in
    /// the record so that a copy of it outside the server pins the journal up to there.
    /// </summary>
    public async Task<Journal.JournalHead?> PublicationHeadAsync(Guid groupId, Guid meetingId, int revision, CancellationToken cancellationToken = default)
    {
        return await database.QuerySingleOrDefaultAsync<Journal.JournalHead>(SelectPublicationHead, new { groupId, meetingId, offset = Math.Max(revision, 1) - 1 }, cancellationToken);
    }
}
