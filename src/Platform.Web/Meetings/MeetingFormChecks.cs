using Platform.Grains.Time;

namespace Platform.Web.Meetings;

/// <summary>Turns meeting forms into commands, with each problem next to its field in the reader's language.</summary>
public static class MeetingFormChecks
{
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    /// <summary>The meeting typed (local times in the group's zone), or null with <paramref name="errors"/> filled.</summary>
    public static MeetingDetails? Details(MeetingInput input, FieldErrors errors, IStringLocalizer<Text> text)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        var date = DateOf(input.Date, "Input.Date", errors, text);
        var start = TimeOf(input.StartTime, "Input.StartTime", errors, text);
        var end = TimeOf(input.EndTime, "Input.EndTime", errors, text);

        // Every problem at once: a date or time that cannot be read still lets the title, place and link be checked
        // (on stand-in times, whose order is then not reported).
        var timesRead = date is not null && start is not null && end is not null;
        var day = date ?? new LocalDate(2000, 1, 1);
        var details = new MeetingDetails(input.Title ?? "", day + (start ?? LocalTime.Midnight), day + (end ?? LocalTime.Noon), input.Place, input.OnlineLink).Normalized();
        foreach (var (field, code) in details.Problems().Where(p => timesRead || p.Field != "Ends"))
        {
            errors.Add(FieldOf(field), Refusals.Message(text, code));
        }

        return errors.Any ? null : details;
    }

    /// <summary>The recurrence typed, or null for a single meeting; errors go next to the rule fields.</summary>
    /// <remarks>Without a readable <paramref name="firstDate"/> the rule is still checked, all but its end date's order.</remarks>
    public static SeriesPattern? Pattern(MeetingInput input, LocalDate? firstDate, FieldErrors errors, IStringLocalizer<Text> text)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        if (input.Repeat is null or "" or "once")
        {
            return null;
        }

        if (!EnumText.TryParse<RecurrenceRule>(input.Repeat, out var rule))
        {
            errors.Add("Input.Repeat", Refusals.Message(text, MeetingRule.RuleInvalid));
            return null;
        }

        var weekday = int.TryParse(input.Weekday, out var w) && w is >= 1 and <= 7 ? (IsoDayOfWeek)w : IsoDayOfWeek.None;
        int? week = int.TryParse(input.WeekOfMonth, out var n) ? n : null;
        LocalDate? until = string.IsNullOrWhiteSpace(input.Until) ? null : DateOf(input.Until, "Input.Until", errors, text);
        var pattern = new SeriesPattern(rule, weekday, rule == RecurrenceRule.Weekly ? null : week, firstDate ?? until ?? new LocalDate(2000, 1, 1), until);
        if (pattern.Problem() is { } problem)
        {
            errors.Add(problem switch { MeetingRule.WeekdayInvalid => "Input.Weekday", MeetingRule.UntilBeforeFirst => "Input.Until", _ => "Input.WeekOfMonth" }, Refusals.Message(text, problem));
        }

        return errors.Any ? null : pattern;
    }

    /// <summary>
    /// The instant planned invitations go out: a date and time on <paramref name="clock"/> (the facilitator's own), or
    /// null with <paramref name="errors"/> filled. Whether it is ahead and before the meeting is the grain's rule.
    /// </summary>
    public static DateTimeOffset? PlannedAt(InvitationPlanInput input, ViewerClock clock, FieldErrors errors, IStringLocalizer<Text> text)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(errors);
        var date = DateOf(input.Date, "Plan.Date", errors, text);
        var time = TimeOf(input.Time, "Plan.Time", errors, text);
        return date is { } day && time is { } at ? WallClock.ToOffset(WallClock.Resolve(day + at, clock.Zone)) : null;
    }

    /// <summary>The date typed, or null when it cannot be read (the message comes from <see cref="Details"/>).</summary>
    public static LocalDate? Date(string? value) => LocalDatePattern.Iso.Parse(value ?? "") is { Success: true } parsed ? parsed.Value : null;

    /// <summary>The form field a grain's field name belongs to.</summary>
    public static string FieldOf(string? grainField) => grainField switch
    {
        "Ends" or "Duration" => "Input.EndTime",
        "Rule" => "Input.Repeat",
        null => "",
        _ => $"Input.{grainField}",
    };


    private static LocalDate? DateOf(string? value, string field, FieldErrors errors, IStringLocalizer<Text> text)
    {
        var parsed = LocalDatePattern.Iso.Parse(value ?? "");
        if (parsed.Success)
        {
            return parsed.Value;
        }

        errors.Add(field, Refusals.Message(text, MeetingRule.DateInvalid));
        return null;
    }

    private static LocalTime? TimeOf(string? value, string field, FieldErrors errors, IStringLocalizer<Text> text)
    {
        // Browsers send "09:00"; some add seconds.
        var parsed = Time.Parse(value is { Length: > 5 } v ? v[..5] : value ?? "");
        if (parsed.Success)
        {
            return parsed.Value;
        }

        errors.Add(field, Refusals.Message(text, MeetingRule.TimeInvalid));
        return null;
    }
}
