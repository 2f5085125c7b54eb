using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Platform.Host.Tests.Incidents;

/// <summary>
/// Takes every message the host logs, at every level, with its scopes and exception: kept in memory and written to a
/// file inside the host's data folder, as an operator's log file would be.
/// </summary>
internal sealed class TraceCapture(string file) : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> lines = new();
    private readonly Lock writing = new();
    private IExternalScopeProvider? scopes;

    public string File { get; } = file;

    public IReadOnlyCollection<string> Lines => lines;

    public string All => string.Join('\n', lines);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private void Add(string line)
    {
        lines.Enqueue(line);
        lock (writing)
        {
            try
            {
                System.IO.File.AppendAllText(File, line + "\n");
            }
            catch (IOException)
            {
                // The host logs while it stops, after the test deleted its data folder: nothing left to check then.
            }
        }
    }

    private sealed class Logger(TraceCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner.scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scope = new List<string>();
            owner.scopes?.ForEachScope((s, list) => list.Add(s?.ToString() ?? ""), scope);
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            owner.Add($"{logLevel} {category}[{eventId.Id}] {formatter(state, exception)} {{{values}}} scopes: {string.Join(" => ", scope)} {exception}");
        }
    }
}
