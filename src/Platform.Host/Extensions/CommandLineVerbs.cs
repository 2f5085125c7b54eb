namespace Platform.Host.Extensions;

internal static class CommandLineVerbs
{
    /// <summary>Runs a verb such as <c>backup</c> instead of serving; returns true when one ran.</summary>
    public static Task<bool> RunCommandLineVerbAsync(this WebApplication app, string[] args)
    {
        _ = app;
        _ = args;
        return Task.FromResult(false);
    }
}
