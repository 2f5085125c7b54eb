namespace Platform.Grains.Storage;

/// <summary>Opens configured connections. The one way any code reaches the database.</summary>
public sealed partial class Database
{
    public Database(StorageOptions options, string contentRoot)
    {
        StoredTypes.Register();
        var dataDirectory = Path.GetFullPath(options.DataDirectory, contentRoot);
        DataDirectory = dataDirectory;
        Dialect = SqlDialects.Named(options.Provider, options.Synchronous);
        ConnectionString = string.IsNullOrWhiteSpace(options.ConnectionString)
            ? Dialect.DefaultConnectionString(dataDirectory)
                ?? throw new ArgumentException($"Storage:Provider '{options.Provider}' needs Storage:ConnectionString.", nameof(options))
            : options.ConnectionString;
    }

    public string ConnectionString { get; }

    public string DataDirectory { get; }

    public ISqlDialect Dialect { get; }

    /// <summary>Where the server was looked for and why it did not answer, when <paramref name="error"/> says so; otherwise null.</summary>
    public string? Unreachable(Exception error) => Dialect.Unreachable(ConnectionString, error);

    // SQLite lets one connection write at a time; the rest poll its lock under busy_timeout, sleeping 1, 2, 5 … 25 ms
    // on a blocked thread-pool thread. Measured by tests/live-bench: hundreds of such sleeps per 15 s at 50 writes/s,
    // and server-wide stalls of 100–500 ms once sleeping writers starve the pool. Writers in this process queue here
    // instead, in order and without holding a thread: a one-slot channel is the turn (not disposable, unlike SemaphoreSlim).
    private readonly Channel<bool> writer = Channel.CreateBounded<bool>(1);

    private static readonly IDisposable NoTurn = new WriteTurn(Channel.CreateUnbounded<bool>().Reader);

    /// <summary>
    /// Waits, without blocking a thread, until no other write transaction of this process runs; dispose the result to
    /// let the next writer in. Take it before opening the connection that writes, and never while holding it already.
    /// </summary>
    /// On PostgreSQL (<see cref="ISqlDialect.SingleWriter"/> false) it returns at once: writers wait on row locks there.
    public async Task<IDisposable> WaitToWriteAsync(CancellationToken cancellationToken = default)
    {
        if (!Dialect.SingleWriter)
        {
            return NoTurn;
        }

        await writer.Writer.WriteAsync(true, cancellationToken);
        return new WriteTurn(writer.Reader);
    }

    /// <summary>Opens a connection with the dialect's per-connection settings applied. The caller disposes it.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = Dialect.CreateConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await Dialect.ConfigureAsync(connection, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}

/// <summary>One writer's turn; released once however often it is disposed.</summary>
internal sealed class WriteTurn(ChannelReader<bool> turns) : IDisposable
{
    private int released;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref released, 1) == 0)
        {
            turns.TryRead(out _);
        }
    }
}
