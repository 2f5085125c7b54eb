namespace Platform.Grains.Tests.Calendar;

/// <summary>
/// A test that runs ical.js in node. Without node the test is skipped on a developer's machine, but under CI=true it
/// runs and fails, so a missing parser can never pass silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (IcalJs.FindNode() is null && !IsCi)
        {
            Skip = "node is not on PATH (apt-get install nodejs npm); these tests check .ics files with ical.js.";
        }
    }

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
