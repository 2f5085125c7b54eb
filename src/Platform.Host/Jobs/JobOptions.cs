namespace Platform.Host.Jobs;

/// <summary>The "Jobs" section. Host tests set <c>Jobs:Enabled=false</c> and call the scans themselves.</summary>
internal sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>Whether this host runs a Hangfire server (the scans, mail delivery); the dashboard is there either way.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Cron (UTC) of the reminder scan: every minute.</summary>
    public string ReminderCron { get; init; } = "* * * * *";

    /// <summary>Cron (UTC) of the escalation scan: every 15 minutes.</summary>
    public string EscalationCron { get; init; } = "*/15 * * * *";
}
