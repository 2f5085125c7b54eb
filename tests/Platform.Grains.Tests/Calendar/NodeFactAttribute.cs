namespace Platform.Grains.Tests.Calendar;

/// <summary>
/// A test that runs a node tool (ical.js, smtp-server). Without node the test is skipped on a developer's machine, but under CI=true it
/// runs and fails, so a missing parser can never pass silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (NodePackage.FindNode() is null && !IsCi)
        {
            Skip = "node is not on PATH (apt-get install nodejs npm); these tests check our output with tools we did not write (ical.js, smtp-server).";
        }
    }

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
