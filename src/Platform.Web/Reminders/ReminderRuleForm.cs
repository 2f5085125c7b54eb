namespace Platform.Web.Reminders;

/// <summary>What the rule page posts: kept as typed, so a refused form shows the same text back.</summary>
public sealed class ReminderRuleForm
{
    public string? HoursBefore { get; set; }

    public string? DaysBefore { get; set; }

    public string? OverdueDays { get; set; }

    public string? StaleDays { get; set; }
}
