namespace Platform.Host.Incidents;

/// <summary>
/// Wraps the host's logger factory: while a public intake request runs (from "Request starting" to "Request finished",
/// whatever the configured level, Trace included), nothing below Error is logged by anyone, so no log line carries a
/// reporter's address, user agent, or the moment a report was made. Errors still reach the operator, without the request's
/// headers (no component logs those at Error).
/// </summary>
internal sealed class IntakeLogSilence(ILoggerFactory inner, IHttpContextAccessor http) : ILoggerFactory
{
    public const string Marker = "rt.intake";

    public static bool OnIntakePath(HttpContext context) =>
        context.Request.Path.StartsWithSegments(IntakeRateLimits.PathPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="context"/> is a public intake request (also while it re-executes as an error page).</summary>
    public static bool IsIntake(HttpContext context) => context.Items.ContainsKey(Marker) || OnIntakePath(context);

    private bool Silent => http.HttpContext is { } context && IsIntake(context);

    public ILogger CreateLogger(string categoryName) => new QuietLogger(inner.CreateLogger(categoryName), this);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    // The wrapped LoggerFactory is a container singleton of its own, disposed by the container.
    public void Dispose()
    {
    }

    private sealed class QuietLogger(ILogger inner, IntakeLogSilence owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => (logLevel >= LogLevel.Error || !owner.Silent) && inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error || !owner.Silent)
            {
                inner.Log(logLevel, eventId, state, exception, formatter);
            }
        }
    }
}
