namespace Platform.Grains.Reminders;

/// <summary>
/// A group's reminder and escalation settings. <paramref name="MeetingOffsets"/> are minutes before a meeting starts,
/// largest first; the other values are whole days.
/// </summary>
public sealed record ReminderRule(IReadOnlyList<int> MeetingOffsets, int ActionDaysBefore, int OverdueDays, int StaleDays)
{
    public const string DefaultOffsetsText = "2880,120";

    /// <summary>What a group without a reminder_rule row gets (the column defaults of migration 0010).</summary>
    public static ReminderRule Default { get; } = new([2880, 120], 3, 7, 14);

    /// <summary>Reads the stored comma-separated minutes; anything unreadable falls back to the defaults.</summary>
    public static IReadOnlyList<int> ParseOffsets(string? text)
    {
        var offsets = (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0)
            .Where(v => v > 0)
            .Distinct()
            .OrderDescending()
            .ToList();
        return offsets.Count == 0 ? Default.MeetingOffsets : offsets;
    }

    public static string WriteOffsets(IEnumerable<int> offsets) =>
        string.Join(',', offsets.Distinct().OrderDescending().Select(o => o.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The smallest offset whose reminder time has come, or null before the first one: the only one worth sending now.</summary>
    /// <remarks>After downtime both the 48-hour and the 2-hour reminder may be due; only the 2-hour one is still news.</remarks>
    public int? CurrentOffset(DateTimeOffset startsUtc, DateTimeOffset now)
    {
        int? current = null;
        foreach (var offset in MeetingOffsets)
        {
            if (startsUtc.AddMinutes(-offset) <= now && (current is null || offset < current))
            {
                current = offset;
            }
        }

        return current;
    }
}
