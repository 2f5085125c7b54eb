namespace Platform.Web.Reminders;

/// <summary>What the rule page posts: kept as typed, so a refused form shows the same text back.</summary>
public sealed class ReminderRuleForm
{
    [Display(Name = "Reminder.Rules.HoursBefore")]
    public string? HoursBefore { get; set; }

    [Display(Name = "Reminder.Rules.DaysBefore")]
    public string? DaysBefore { get; set; }

    [Display(Name = "Reminder.Rules.OverdueDays")]
    public string? OverdueDays { get; set; }

    [Display(Name = "Reminder.Rules.StaleDays")]
    public string? StaleDays { get; set; }

    /// <summary>The rule's version the form showed (0 for the defaults), a hidden field.</summary>
    public long Version { get; set; }
}
