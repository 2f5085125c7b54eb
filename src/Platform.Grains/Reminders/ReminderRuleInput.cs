namespace Platform.Grains.Reminders;

/// <summary>
/// What a facilitator typed on the rule page, checked. Errors are resource-key suffixes per field
/// (<c>Reminder.Rules.Error.{code}</c>), so the page can say what is wrong in the reader's language.
/// </summary>
public static class ReminderRuleInput
{
    public const int MaxOffsets = 5;
    public const int MaxHoursBefore = 24 * 30;

    /// <summary>Checks every field; returns the rule when all are valid, else null and one error code per bad field.</summary>
    public static ReminderRule? Parse(string? hoursBefore, string? daysBefore, string? overdueDays, string? staleDays, IDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var offsets = ParseHours(hoursBefore, errors);
        var before = ParseDays(daysBefore, 0, 60, "DaysBefore", errors);
        var overdue = ParseDays(overdueDays, 1, 365, "OverdueDays", errors);
        var stale = ParseDays(staleDays, 1, 365, "StaleDays", errors);
        return errors.Count == 0 ? new ReminderRule(offsets, before, overdue, stale) : null;
    }

    /// <summary>How the page shows stored offsets: hours, largest first ("48, 2").</summary>
    public static string FormatHours(IEnumerable<int> offsetMinutes) =>
        string.Join(", ", offsetMinutes.OrderDescending().Select(m => (m / 60).ToString(CultureInfo.InvariantCulture)));

    private static List<int> ParseHours(string? text, IDictionary<string, string> errors)
    {
        var parts = (text ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            errors["HoursBefore"] = "HoursRequired";
            return [];
        }

        var hours = new List<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var h) || h < 1 || h > MaxHoursBefore)
            {
                errors["HoursBefore"] = "HoursInvalid";
                return [];
            }

            hours.Add(h);
        }

        var distinct = hours.Distinct().OrderDescending().ToList();
        if (distinct.Count > MaxOffsets)
        {
            errors["HoursBefore"] = "HoursTooMany";
            return [];
        }

        return [.. distinct.Select(h => h * 60)];
    }

    private static int ParseDays(string? text, int min, int max, string field, IDictionary<string, string> errors)
    {
        if (int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days >= min && days <= max)
        {
            return days;
        }

        errors[field] = field + "Invalid";
        return 0;
    }
}
