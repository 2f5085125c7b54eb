namespace Platform.Host.Jobs;

/// <summary>The "Jobs" section. Host tests set <c>Jobs:Enabled=false</c> and call the scans themselves.</summary>
internal sealed class JobOptions
{
    public const string Section = "Jobs";

    public bool Enabled { get; init; } = true;

    public TimeSpan ReminderInterval { get; init; } = TimeSpan.FromMinutes(1);

    public TimeSpan EscalationInterval { get; init; } = TimeSpan.FromMinutes(15);
}
