namespace Platform.Grains.Calendar;

public sealed partial class CalendarQueries
{
    private const string SelectAgenda = """
        SELECT meeting_id AS MeetingId,
               title AS Title
        FROM agenda_item
        WHERE meeting_id IN @meetingIds
          AND general = FALSE
        ORDER BY meeting_id, position
        """;

    /// <summary>Adds each meeting's agenda titles to its description, so a calendar entry says what the meeting is for.</summary>
    private static async Task<IReadOnlyList<CalendarEvent>> WithAgendaAsync(DbConnection connection, IReadOnlyList<MeetingRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var items = await connection.QueryAsync<(string MeetingId, string Title)>(new CommandDefinition(
            SqlDialects.Of(connection).Lists(SelectAgenda), new { meetingIds = rows.Select(r => r.Id).ToList() }, cancellationToken: cancellationToken));
        var agendas = items.ToLookup(i => i.MeetingId, i => i.Title, StringComparer.Ordinal);
        return [.. rows.Select(r => r.ToEvent([.. agendas[r.Id]]))];
    }

    private sealed class MeetingRow
    {
        public string Id { get; init; } = "";

        public Guid GroupId { get; init; }

        public string GroupName { get; init; } = "";

        public string Title { get; init; } = "";

        public DateTimeOffset StartsUtc { get; init; }

        public DateTimeOffset EndsUtc { get; init; }

        public string TimeZone { get; init; } = "";

        public string? Place { get; init; }

        public string? OnlineLink { get; init; }

        public string Status { get; init; } = "";

        public long Sequence { get; init; }

        public string ModifiedAt { get; init; } = "";

        public CalendarEvent ToEvent(IReadOnlyList<string> agenda) => new(
            Guid.Parse(Id),
            GroupId,
            Title,
            StartsUtc,
            EndsUtc,
            TimeZone,
            Place,
            OnlineLink,
            Description(agenda),
            (int)Sequence,
            EnumText.Parse<MeetingStatus>(Status) == MeetingStatus.Cancelled,
            DateTimeOffset.Parse(ModifiedAt, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal));

        /// <summary>The group's name, then the agenda as a numbered list.</summary>
        private string Description(IReadOnlyList<string> agenda) =>
            agenda.Count == 0
                ? GroupName
                : GroupName + "\n\n" + string.Join('\n', agenda.Select((title, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {title}")));
    }
}
