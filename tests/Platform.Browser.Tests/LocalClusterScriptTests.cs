using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Platform.Grains.Tests.Storage;

namespace Platform.Browser.Tests;

/// <summary>
/// <c>infra/local-cluster.sh</c> run as a newcomer runs it: <c>up</c> starts its own PostgreSQL, the demo data and two hosts
/// and prints where they are and who can sign in; a cookie from one host is honoured by the other; <c>down</c> leaves
/// nothing running. On ports of its own (the script's variables) and in a temporary folder, so it never meets a
/// developer's cluster on 5081/5082.
/// </summary>
public sealed partial class LocalClusterScriptTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [PostgresFact]
    public async Task Up_StartsTwoHostsThatShareSignIns_AndDown_LeavesNothingRunning()
    {
        var folder = Directory.CreateTempSubdirectory("roundtable-cluster-test-").FullName;
        var hostBase = TestPorts.FreeRun(3);
        var environment = new Dictionary<string, string>
        {
            ["CLUSTER_DIR"] = folder,
            ["CLUSTER_PORT_BASE"] = Text(hostBase),
            ["CLUSTER_PG_PORT"] = Text(TestPorts.FreeRun(1)),
            ["CLUSTER_SILO_PORT_BASE"] = Text(TestPorts.FreeRun(3)),
            ["CLUSTER_GATEWAY_PORT_BASE"] = Text(TestPorts.FreeRun(3)),
        };
        var hosts = new[] { new Uri($"http://127.0.0.1:{hostBase + 1}"), new Uri($"http://127.0.0.1:{hostBase + 2}") };
        var pgPort = int.Parse(environment["CLUSTER_PG_PORT"], CultureInfo.InvariantCulture);
        try
        {
            // Minutes only if the script's "dotnet build" finds the host out of date (a fresh clone's first run); seconds otherwise.
            var up = await RunScriptAsync("up", environment, TimeSpan.FromMinutes(4));
            Assert.True(up.ExitCode == 0, $"up exited with {up.ExitCode}:\n{up.Output}");
            Assert.All(hosts, host => Assert.Contains(host.ToString().TrimEnd('/'), up.Output, StringComparison.Ordinal));
            var signIns = SignInLine().Matches(up.Output).ToDictionary(m => m.Groups["role"].Value, m => m.Groups["email"].Value);
            Assert.All(["administrator", "facilitator", "member", "donor"], role => Assert.True(signIns.ContainsKey(role), $"no {role} among the sign-ins:\n{up.Output}"));
            var password = PasswordLine().Match(up.Output);
            Assert.True(password.Success, $"no password printed:\n{up.Output}");
            var facilitatorGroup = FacilitatorGroup().Match(up.Output).Groups["group"].Value;

            using var anonymous = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            foreach (var host in hosts)
            {
                Assert.Equal("Healthy", await anonymous.GetStringAsync(new Uri(host, "/health")));
            }

            // Signed in on host 1; the same cookies on host 2 open the facilitator's home page there.
            var session = await FormFields.SignInAsync(hosts[0], signIns["facilitator"], password.Groups["password"].Value);
            Assert.DoesNotContain("/account/sign-out", await anonymous.GetStringAsync(hosts[1]), StringComparison.Ordinal);
            var cookies = new CookieContainer();
            foreach (Cookie cookie in session)
            {
                cookies.Add(hosts[1], new Cookie(cookie.Name, cookie.Value, "/"));
            }

            using var onHost2 = Writer.Client(cookies, hosts[1]);
            using var home = await onHost2.GetAsync(new Uri("/", UriKind.Relative));
            var page = WebUtility.HtmlDecode(await home.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            Assert.Contains("action=\"/account/sign-out\"", page, StringComparison.Ordinal);
            Assert.Contains(facilitatorGroup, page, StringComparison.Ordinal);

            var started = StartedProcesses(folder);
            var build = File.ReadLines(Path.Combine(folder, "build.log")).LastOrDefault(l => l.Contains("Time Elapsed", StringComparison.Ordinal));
            output.WriteLine($"up: {up.Elapsed.TotalSeconds:0.0} s (its build: {build?.Trim()}); processes: {string.Join(' ', started)}");
            var down = await RunScriptAsync("down", environment, TimeSpan.FromMinutes(2));
            output.WriteLine($"down: {down.Elapsed.TotalSeconds:0.0} s\n{down.Output}");
            Assert.True(down.ExitCode == 0, $"down exited with {down.ExitCode}:\n{down.Output}");
            Assert.All(hosts.Select(h => h.Port).Append(pgPort), port => Assert.False(LocalProcesses.Accepts(port), $"127.0.0.1:{port} still accepts connections after down"));
            Assert.All(started, pid => Assert.False(LocalProcesses.Running(pid), $"process {pid} ({LocalProcesses.CommandLine(pid)}) still runs after down"));
        }
        finally
        {
            // Whatever happened above: nothing left running, and the PostgreSQL data deleted.
            var purge = await RunScriptAsync("purge", environment, TimeSpan.FromMinutes(2));
            output.WriteLine($"purge exited with {purge.ExitCode}: {purge.Output}");
        }
    }

    /// <summary>
    /// A host whose PostgreSQL is not there stops at once with exit code non-zero (systemd's Restart=on-failure starts it
    /// again) after one line that says which server it could not reach, and never shows the connection string's password.
    /// </summary>
    /// <remarks>
    /// Three ways to be unreachable: nothing listens on the port; a peer accepts the connection and never answers (a
    /// firewall that drops packets, a hung server), which only the connection timeout ends; and the same through the
    /// <c>demo</c> verb an operator runs to try a cluster.
    /// </remarks>
    [Theory]
    [InlineData("", false)]
    [InlineData("", true)]
    [InlineData("demo", false)]
    public async Task Host_WhenPostgreSqlIsUnreachable_SaysWhereInOneLineAndExitsNonZero_WithoutThePassword(string verb, bool silentPeer)
    {
        using var silent = silentPeer ? new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0) : null;
        silent?.Start();
        var accepted = new List<System.Net.Sockets.TcpClient>();
        _ = silent is null ? Task.CompletedTask : Task.Run(async () =>
        {
            while (true)
            {
                accepted.Add(await silent.AcceptTcpClientAsync());
            }
        });
        var closedPort = silent is null ? TestPorts.FreeRun(1) : ((System.Net.IPEndPoint)silent.LocalEndpoint).Port;
        var secret = $"pw-{Guid.NewGuid():N}";
        var connection = $"Host=127.0.0.1;Port={closedPort};Database=roundtable;Username=roundtable;Password={secret};Timeout=3";
        var data = Directory.CreateTempSubdirectory("roundtable-unreachable-").FullName;
        try
        {
            var start = new ProcessStartInfo("dotnet", verb.Length == 0 ? [HostProcess.HostAssembly()] : [HostProcess.HostAssembly(), verb])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = Path.GetDirectoryName(HostProcess.HostAssembly())!,
            };
            start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
            start.Environment["Storage__DataDirectory"] = data;
            start.Environment["Storage__Provider"] = "postgresql";
            start.Environment["Storage__ConnectionString"] = connection;
            start.Environment["Orleans__Membership"] = "database";
            var result = await RunAsync(start, TimeSpan.FromSeconds(90));

            output.WriteLine(result.Output);
            Assert.NotEqual(0, result.ExitCode);
            var lines = result.Output.Split('\n').Where(l => l.Contains("Cannot reach the database server", StringComparison.Ordinal)).ToList();
            var line = Assert.Single(lines);
            Assert.Contains($"127.0.0.1:{closedPort}", line, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, result.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("Password=", result.Output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Unhandled exception", result.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("Now listening", result.Output, StringComparison.Ordinal);
            if (silentPeer)
            {
                Assert.Contains("no answer within the connection timeout", line, StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(data, recursive: true);
            accepted.ForEach(c => c.Dispose());
        }
    }

    private sealed record Run(int ExitCode, string Output, TimeSpan Elapsed);

    private static Task<Run> RunScriptAsync(string verb, Dictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot(), "infra", "local-cluster.sh"), verb])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot(),
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return RunAsync(start, timeout);
    }

    private static async Task<Run> RunAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
            await Task.WhenAll(standardOutput, standardError).WaitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish within {timeout.TotalSeconds:0} s");
        }

        return new Run(process.ExitCode, await standardOutput + await standardError, clock.Elapsed);
    }

    /// <summary>The hosts (from their pid files) and the PostgreSQL server with every process it forked.</summary>
    private static List<int> StartedProcesses(string folder)
    {
        var pids = new List<int>();
        foreach (var n in new[] { 1, 2 })
        {
            pids.Add(int.Parse(File.ReadAllText(Path.Combine(folder, $"host-{n}.pid")).Trim(), CultureInfo.InvariantCulture));
        }

        var pgFolder = File.ReadAllText(Path.Combine(folder, "pg-dir")).Trim();
        var postmaster = int.Parse(File.ReadLines(Path.Combine(pgFolder, "data", "postmaster.pid")).First().Trim(), CultureInfo.InvariantCulture);
        pids.Add(postmaster);
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(entry), out var pid) && LocalProcesses.Stat(pid) is { } stat && stat.Parent == postmaster)
            {
                pids.Add(pid);
            }
        }

        Assert.All(pids, pid => Assert.True(LocalProcesses.Running(pid), $"process {pid} is not running after up"));
        return pids;
    }

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Roundtable.slnx")))
        {
            root = root.Parent;
        }

        return root?.FullName ?? throw new InvalidOperationException("Roundtable.slnx not found above the test output.");
    }

    [GeneratedRegex(@"^\s+(?<role>administrator|facilitator|member|observer|donor)\s+(?<email>\S+@\S+)", RegexOptions.Multiline)]
    private static partial Regex SignInLine();

    [GeneratedRegex("password \"(?<password>[^\"]+)\"")]
    private static partial Regex PasswordLine();

    [GeneratedRegex(@"^\s+facilitator\s+\S+\s+\((?<group>[^)]+)\)", RegexOptions.Multiline)]
    private static partial Regex FacilitatorGroup();
}
