using System.Diagnostics;
using System.Net.Sockets;
using System.Net;
using Npgsql;
using Platform.Tests;
using Platform.Grains.Storage;

namespace Platform.Grains.Tests.Storage;

/// <summary>
/// One private PostgreSQL server for the whole test run: initdb + pg_ctl under a temporary folder, on a free loopback
/// port, as the <c>postgres</c> account when the tests run as root (the server refuses root). Stopped when the process
/// exits. Each test gets a fresh database, copied from a migrated template when it wants the schema.
/// </summary>
public static class TestPostgres
{
    /// <summary>The Debian server binaries (PG_BIN overrides), or null when PostgreSQL is not installed.</summary>
    public static string? BinDirectory { get; } =
        new[] { Environment.GetEnvironmentVariable("PG_BIN"), "/usr/lib/postgresql/15/bin" }
            .FirstOrDefault(d => !string.IsNullOrEmpty(d) && File.Exists(Path.Combine(d, "initdb")));

    private static readonly Lazy<Server> Instance = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private const string Template = "roundtable_template";

    private static int created;

    /// <summary>Creates an empty database (or a migrated one) and returns its connection string.</summary>
    public static string CreateDatabase(bool migrated)
    {
        var server = Instance.Value;
        var name = $"rt_{Environment.ProcessId}_{Interlocked.Increment(ref created)}";
        using var connection = new NpgsqlConnection(server.ConnectionString("postgres"));
        connection.Open();
        connection.Execute($"CREATE DATABASE {name} TEMPLATE {(migrated ? Template : "template0")}");
        return server.ConnectionString(name);
    }

    /// <summary>Drops a database made by <see cref="CreateDatabase"/>, closing whatever is still connected to it.</summary>
    public static void DropDatabase(string connectionString)
    {
        ClearPools(connectionString);

        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using var connection = new NpgsqlConnection(Instance.Value.ConnectionString("postgres"));
        connection.Open();
        connection.Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    /// <summary>Closes the idle connections to one database: those opened with its string and those the stores open.</summary>
    private static void ClearPools(string connectionString)
    {
        foreach (var pool in new[] { connectionString, Platform.Grains.Storage.Dialects.PostgresDialect.WithDefaults(connectionString) })
        {
            using var closing = new NpgsqlConnection(pool);
            NpgsqlConnection.ClearPool(closing);
        }
    }

    /// <summary>Restores a <c>pg_dump</c> file into a new empty database and returns its connection string.</summary>
    public static string Restore(string dumpPath)
    {
        var target = CreateDatabase(migrated: false);
        var settings = new NpgsqlConnectionStringBuilder(target);
        Run(Path.Combine(BinDirectory!, "pg_restore"), ["--no-owner", "--exit-on-error", "-h", settings.Host!, "-p", settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", "postgres", "-d", settings.Database!, dumpPath]);
        return target;
    }

    private static Server Start()
    {
        var bin = BinDirectory ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (apt-get install postgresql); set PG_BIN to another server's bin folder.");
        var asRoot = Environment.UserName == "root";

        // As root the server's account must reach the folder: /tmp may be root-only (it is on the shared build machine),
        // /var/tmp is world-writable with the sticky bit on Debian.
        var folder = asRoot ? Path.Combine("/var/tmp", $"roundtable-pg-{Guid.NewGuid():N}") : Directory.CreateTempSubdirectory("roundtable-pg-").FullName;
        if (asRoot)
        {
            Directory.CreateDirectory(folder);
            Run("chown", ["postgres:", folder]);
        }

        var data = Path.Combine(folder, "data");
        var port = TestPorts.Free();
        Run(bin, "initdb", asRoot, ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"]);
        var settings = $"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={folder} " +
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
        Run(bin, "pg_ctl", asRoot, ["start", "-w", "-D", data, "-l", Path.Combine(folder, "server.log"), "-o", settings]);
        var server = new Server(port);
        StopWhenTestsEnd(folder, asRoot ? $"runuser -u postgres -- {bin}/pg_ctl" : $"{bin}/pg_ctl", data);

        using (var connection = new NpgsqlConnection(server.ConnectionString("postgres")))
        {
            connection.Open();
            connection.Execute($"CREATE DATABASE {Template}");
        }

        var template = server.ConnectionString(Template);
        new Migrator(new Database(new StorageOptions { Provider = "postgresql", ConnectionString = template }, folder)).MigrateAsync().GetAwaiter().GetResult();
        ClearPools(template);

        return server;
    }

    // The test host may be killed as soon as the run ends (ProcessExit handlers then do not finish), so a detached shell
    // waits for this process to go, whatever way, then stops the server and deletes its folder.
    private static void StopWhenTestsEnd(string folder, string pgCtl, string data)
    {
        var script = $"exec </dev/null >/dev/null 2>&1; tail --pid={Environment.ProcessId} -f /dev/null; {pgCtl} stop -m immediate -D '{data}'; rm -rf '{folder}'";
        using var watcher = Process.Start(new ProcessStartInfo("setsid", ["sh", "-c", script]) { UseShellExecute = false })!;
    }

    private static void Run(string bin, string tool, bool asRoot, string[] arguments) =>
        Run(asRoot ? "runuser" : Path.Combine(bin, tool), asRoot ? ["-u", "postgres", "--", Path.Combine(bin, tool), .. arguments] : arguments);

    private static void Run(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {output.Result}{errors}");
        }
    }


    private sealed record Server(int Port)
    {
        public string ConnectionString(string database) =>
            new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Database = database, Username = "postgres", Pooling = true }.ToString();
    }
}
