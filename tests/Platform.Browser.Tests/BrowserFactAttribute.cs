namespace Platform.Browser.Tests;

/// <summary>
/// A test that needs Debian's Chromium. Without it the test is skipped on a developer's machine,
/// but under CI=true it runs and fails, so a missing browser can never pass silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(BrowserSession.ChromiumPath) && !IsCi)
        {
            Skip = $"Chromium is not installed at {BrowserSession.ChromiumPath} (apt-get install chromium).";
        }
    }

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
